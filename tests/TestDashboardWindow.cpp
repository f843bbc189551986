#include "tests/DashboardJournal.h"
#include "tests/StoreTestData.h"

#include "core/base/Language.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "core/sync/SyncState.h"
#include "ui/complaints/ComplaintsWindow.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/office/AgeBandsModel.h"
#include "ui/office/BlanksOnHandModel.h"
#include "ui/office/ComplaintDeadlinesModel.h"
#include "ui/office/DashboardWindow.h"
#include "ui/office/OutcomesPerDayModel.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The supervisor's dashboard over a journal on disk with known contents
// (tests/DashboardJournal): the numbers in its models, a refresh after the journal changed, and
// each kind of bar opening the journal (or the complaints) with exactly the rows it counts.
class TestDashboardWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsHoldTheFigures();
    void chartsShowTheModels();
    void refreshesAfterTheJournalChanged();
    void dayBarOpensTheJournal();
    void ageBarsOpenTheJournal();
    void complaintBarOpensTheComplaints();
    void clerkHasNoDashboard();

private:
    DashboardWindow* openDashboard();
    QList<qint64> journalIds();
    QString journalPath() const { return m_dir.filePath("journal.sqlite"); }

    QTemporaryDir m_dir;
    DashboardJournal m_contents;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    Operator m_supervisor{1, "boss", "Әбенова Гүлнар", Role::Supervisor, "en", true};
    Operator m_clerk{2, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestDashboardWindow::initTestCase()
{
    Language::install("en");
    QVERIFY(m_dir.isValid());
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    QVERIFY(fillDashboardJournal(*db, QDateTime::currentDateTimeUtc(), &m_contents, false));
}

void TestDashboardWindow::init()
{
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
}

void TestDashboardWindow::cleanup()
{
    m_window.reset();
    m_journal.reset();
}

DashboardWindow* TestDashboardWindow::openDashboard()
{
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, m_supervisor);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    auto* action = m_window->findChild<QAction*>("dashboardAction");
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto* dashboard = m_window->findChild<DashboardWindow*>();
    if (!dashboard)
        return nullptr;
    // The same window the second time.
    action->trigger();
    if (m_window->findChildren<DashboardWindow*>().size() != 1)
        return nullptr;
    if (dashboard->loads() == 0) {
        QSignalSpy loaded(dashboard, &DashboardWindow::loaded);
        if (!loaded.wait(30000))
            return nullptr;
    }
    return dashboard;
}

QList<qint64> TestDashboardWindow::journalIds()
{
    JournalModel* model = m_window->journalPage()->model();
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestDashboardWindow::modelsHoldTheFigures()
{
    DashboardWindow* dashboard = openDashboard();
    QVERIFY(dashboard);
    // Every model checked by the tester through a reload.
    QAbstractItemModelTester t1(dashboard->outcomesModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(dashboard->outboxModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(dashboard->handoverModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(dashboard->blanksModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(dashboard->complaintsModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(dashboard, &DashboardWindow::loaded);
    dashboard->setDays(3);
    QVERIFY(loaded.wait(30000));

    OutcomesPerDayModel* outcomes = dashboard->outcomesModel();
    QCOMPARE(outcomes->rowCount(), 3);
    const QList<ApplicationStatus> order = DashboardFigures::outcomes();
    QCOMPARE(outcomes->columnCount(), order.size());
    for (int row = 0; row < 3; ++row) {
        const int back = 2 - row;
        QCOMPARE(outcomes->days().at(row).day, m_contents.today.addDays(-back));
        for (int column = 0; column < order.size(); ++column) {
            const QString key = QStringLiteral("day%1/%2")
                                    .arg(back)
                                    .arg(ApplicationStatuses::toString(order[column]));
            QCOMPARE(outcomes->index(row, column).data(Qt::EditRole).toLongLong(),
                     qint64(m_contents.ids.value(key).size()));
        }
    }
    QCOMPARE(outcomes->headerData(0, Qt::Horizontal).toString(), QString("Refused at intake"));

    const QStringList outboxKeys{"outbox/0-1", "outbox/1-4", "outbox/4-24", "outbox/24-"};
    AgeBandsModel* outbox = dashboard->outboxModel();
    QCOMPARE(outbox->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(outbox->index(row, 0).data(Qt::EditRole).toLongLong(),
                 qint64(m_contents.ids.value(outboxKeys[row]).size()));
    QCOMPARE(outbox->headerData(0, Qt::Vertical).toString(), QString("under 1 h"));
    QCOMPARE(outbox->headerData(2, Qt::Vertical).toString(), QString("4–24 h"));
    QVERIFY(!outbox->pastThreshold(1));
    QVERIFY(outbox->pastThreshold(2));

    const QStringList handoverKeys{"handover/0-2", "handover/3-7", "handover/8-10", "handover/11-"};
    AgeBandsModel* handover = dashboard->handoverModel();
    QCOMPARE(handover->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(handover->index(row, 0).data(Qt::EditRole).toLongLong(),
                 qint64(m_contents.ids.value(handoverKeys[row]).size()));
    QCOMPARE(handover->headerData(3, Qt::Vertical).toString(), QString("over 10 days"));
    QVERIFY(!handover->pastThreshold(2));
    QVERIFY(handover->pastThreshold(3));

    QCOMPARE(dashboard->blanksModel()
                 ->index(BlanksOnHandModel::OnHandRow, 0)
                 .data(Qt::EditRole)
                 .toLongLong(),
             20);
    QVERIFY(dashboard->blanksModel()->short_());

    // The complaints were registered in April 2026: today every first term has run out.
    ComplaintDeadlinesModel* complaints = dashboard->complaintsModel();
    QCOMPARE(complaints->count(ComplaintDeadline::Overdue), 5);
    QCOMPARE(complaints->count(ComplaintDeadline::Today), 0);
}

void TestDashboardWindow::chartsShowTheModels()
{
    DashboardWindow* dashboard = openDashboard();
    QVERIFY(dashboard);
    const QList<QBarSet*> perDay = dashboard->barSets(DashboardWindow::Chart::Outcomes);
    QCOMPARE(perDay.size(), DashboardFigures::outcomes().size());
    for (int column = 0; column < perDay.size(); ++column) {
        QCOMPARE(perDay[column]->label(),
                 dashboard->outcomesModel()->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < dashboard->outcomesModel()->rowCount(); ++row)
            QCOMPARE(
                qint64(perDay[column]->at(row)),
                dashboard->outcomesModel()->index(row, column).data(Qt::EditRole).toLongLong());
    }
    const QList<QBarSet*> outbox = dashboard->barSets(DashboardWindow::Chart::Outbox);
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox[0]->count(), 4);
    // Past the threshold marked: the bands of 4-24 h and over 24 h.
    QList<int> selected = outbox[0]->selectedBars();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QList<int>{2, 3}));
    for (DashboardWindow::Chart chart :
         {DashboardWindow::Chart::Outcomes, DashboardWindow::Chart::Outbox,
          DashboardWindow::Chart::Handover, DashboardWindow::Chart::Blanks,
          DashboardWindow::Chart::Complaints}) {
        QVERIFY(!dashboard->chartView(chart)->chart()->title().isEmpty());
        QCOMPARE(dashboard->chartView(chart)->accessibleName(),
                 dashboard->chartView(chart)->chart()->title());
    }
}

void TestDashboardWindow::refreshesAfterTheJournalChanged()
{
    DashboardWindow* dashboard = openDashboard();
    QVERIFY(dashboard);
    const int last = dashboard->outcomesModel()->rowCount() - 1;
    const int registered = int(DashboardFigures::outcomes().indexOf(ApplicationStatus::Registered));
    const qint64 before =
        dashboard->outcomesModel()->index(last, registered).data(Qt::EditRole).toLongLong();
    {
        // Another desk's application through the test's own connection.
        auto db = openOrFail(journalPath());
        Journal journal(*db);
        QVERIFY(journal.registerApplication(sampleIntake(90), sampleDesk()));
    }
    const int loads = dashboard->loads();
    // The sync worker's news that the outbox changed.
    SyncState state;
    state.pending = 99;
    m_window->setSyncState(state);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->loads() > loads, 30000);
    QCOMPARE(dashboard->outcomesModel()->index(last, registered).data(Qt::EditRole).toLongLong(),
             before + 1);
    QCOMPARE(dashboard->outboxModel()->index(0, 0).data(Qt::EditRole).toLongLong(), 2);
    // Undo for the other tests: the new one is cancelled before it was sent.
    auto db = openOrFail(journalPath());
    QVERIFY(execSql(*db, "DELETE FROM outbox WHERE application_id = (SELECT max(id) FROM"
                         " applications)"));
    QVERIFY(execSql(*db, "UPDATE applications SET status = 'draft' WHERE id = (SELECT max(id)"
                         " FROM applications)"));
}

void TestDashboardWindow::dayBarOpensTheJournal()
{
    DashboardWindow* dashboard = openDashboard();
    QVERIFY(dashboard);
    const QList<QBarSet*> sets = dashboard->barSets(DashboardWindow::Chart::Outcomes);
    const QList<ApplicationStatus> order = DashboardFigures::outcomes();
    const int last = dashboard->outcomesModel()->rowCount() - 1;
    for (const auto& [status, back] :
         QList<std::pair<ApplicationStatus, int>>{{ApplicationStatus::RefusedAtIntake, 0},
                                                  {ApplicationStatus::Sent, 2},
                                                  {ApplicationStatus::IinAssigned, 1}}) {
        QSignalSpy refreshed(m_window->journalPage()->model(), &JournalModel::refreshed);
        emit sets[order.indexOf(status)]->clicked(last - back);
        const QList<qint64> expected = m_contents.ids.value(
            QStringLiteral("day%1/%2").arg(back).arg(ApplicationStatuses::toString(status)));
        QTRY_COMPARE_WITH_TIMEOUT(journalIds(), expected, 30000);
        QVERIFY(!m_window->journalPage()->dashboardFilter().isEmpty());
    }
    // "Show all" drops the filter.
    m_window->journalPage()->clearDashboardFilter();
    QVERIFY(m_window->journalPage()->dashboardFilter().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(journalIds().size() > 3, 30000);
}

void TestDashboardWindow::ageBarsOpenTheJournal()
{
    DashboardWindow* dashboard = openDashboard();
    QVERIFY(dashboard);
    const QStringList outboxKeys{"outbox/0-1", "outbox/1-4", "outbox/4-24", "outbox/24-"};
    QBarSet* outbox = dashboard->barSets(DashboardWindow::Chart::Outbox).value(0);
    QVERIFY(outbox);
    for (int row = 0; row < 4; ++row) {
        emit outbox->clicked(row);
        QTRY_COMPARE_WITH_TIMEOUT(journalIds(), m_contents.ids.value(outboxKeys[row]), 30000);
    }
    const QStringList handoverKeys{"handover/0-2", "handover/3-7", "handover/8-10", "handover/11-"};
    QBarSet* handover = dashboard->barSets(DashboardWindow::Chart::Handover).value(0);
    QVERIFY(handover);
    for (int row = 0; row < 4; ++row) {
        emit handover->clicked(row);
        QTRY_COMPARE_WITH_TIMEOUT(journalIds(), m_contents.ids.value(handoverKeys[row]), 30000);
        QCOMPARE(m_window->journalPage()->dashboardFilter(),
                 dashboard->handoverModel()->describe(row));
    }
}

void TestDashboardWindow::complaintBarOpensTheComplaints()
{
    DashboardWindow* dashboard = openDashboard();
    QVERIFY(dashboard);
    QBarSet* set = dashboard->barSets(DashboardWindow::Chart::Complaints).value(0);
    QVERIFY(set);
    // Bars across, the most urgent on top: the last bar of the set.
    emit set->clicked(set->count() - 1); // overdue
    auto* complaints = m_window->findChild<ComplaintsWindow*>();
    QVERIFY(complaints);
    QCOMPARE(complaints->deadline(), ComplaintDeadline::Overdue);
    QTRY_COMPARE_WITH_TIMEOUT(complaints->complaintCount(), 5, 30000);
    emit set->clicked(set->count() - 2); // due today: none
    QCOMPARE(complaints->deadline(), ComplaintDeadline::Today);
    QTRY_COMPARE_WITH_TIMEOUT(complaints->complaintCount(), 0, 30000);
}

void TestDashboardWindow::clerkHasNoDashboard()
{
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, m_clerk);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    auto* action = m_window->findChild<QAction*>("dashboardAction");
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(!m_window->showDashboard());
}

QTEST_MAIN(TestDashboardWindow)
#include "TestDashboardWindow.moc"

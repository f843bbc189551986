#include "tests/ShiftedClock.h"
#include "tests/StoreTestData.h"

#include "core/base/CsvText.h"
#include "core/base/Language.h"
#include "core/blanks/BlankLedger.h"
#include "core/journal/Journal.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/journal/ApplicationView.h"
#include "ui/office/AttentionWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;
using namespace std::chrono_literals;

// The supervisor's needs-attention list at the desk (docs/office.md): told at sign-in, the list
// opened with Ctrl+Shift+A, filtered, an application opened from it, the export for the
// registry's help desk; a clerk kept out.
class TestDeskAttention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void supervisorIsToldAndWorksTheList();
    void clerkHasNoAccess();

private:
    void openDesk(const Operator& op);
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    QString m_number;
    Operator m_supervisor{1, "boss", "Әбенова Гүлнар", Role::Supervisor, "en", true};
    Operator m_clerk{2, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestDeskAttention::initTestCase()
{
    Language::install("en");
}

void TestDeskAttention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openOrFail(journalPath());
    QVERIFY(db);
    Journal journal(*db);
    const Result<Registration> r = journal.registerApplication(sampleIntake(), sampleDesk());
    QVERIFY2(r, qPrintable(r.errorMessage()));
    m_number = r->registrationNumber;
    STORE_VERIFY(BlankLedger::receive(db->sql(), "boss", "KZ", 1, 10));
    // The office's thresholds as the administrator left them in the settings.
    OfficeThresholds t;
    t.outboxStuckHours = 2;
    t.blanksBelow = 20;
    QSettings settings;
    t.save(settings);
    settings.sync();
}

void TestDeskAttention::cleanup()
{
    m_window.reset();
    m_journal.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestDeskAttention::openDesk(const Operator& op)
{
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, op);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDeskAttention::supervisorIsToldAndWorksTheList()
{
    // Three hours after the request was queued, with the registry out of reach all along.
    auto [clock, installed] = ShiftedClock::install();
    clock->shift(3h);
    openDesk(m_supervisor);
    QTRY_VERIFY(m_window->messageBar()->text().contains("stuck in the outbox past 2 h"));
    QVERIFY(m_window->messageBar()->text().contains("Blanks on hand: fewer than 20."));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Warning);

    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto* window = m_window->findChild<AttentionWindow*>();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE(window->list().items.size(), 2);
    auto* table = window->findChild<QTableWidget*>("itemsTableWidget");
    QCOMPARE(table->rowCount(), 2);

    // Only the stuck requests: the one application, by its registration number.
    window->setKindFilter(OfficeException::Kind::OutboxStuck);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), m_number);
    QCOMPARE(table->item(0, 4)->text(), "3 hour(s)");

    // Enter on the row opens the application in the desk.
    table->setFocus();
    table->selectRow(0);
    QSignalSpy opened(window, &AttentionWindow::openRequested);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QTRY_VERIFY(m_window->findChild<ApplicationView*>());

    // The export for the help desk carries every kind, whatever the filter shows.
    const QString file = m_dir->filePath("help-desk.csv");
    FileDialog::setNextSaveFileName(file);
    QSignalSpy exported(window, &AttentionWindow::exported);
    window->findChild<QPushButton*>("exportButton")->click();
    QVERIFY(exported.wait(10000));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvText::parse(in.readAll());
    QCOMPARE(rows.size(), 3);
    QVERIFY(window->messageBar()->text().contains("recorded in the audit trail"));
    auto db = openOrFail(journalPath());
    QCOMPARE(scalar(*db, "SELECT COUNT(*) FROM audit_log WHERE action = "
                         "'office.attention_exported' AND operator = 'boss'")
                 .toInt(),
             1);

    // New thresholds in the settings count at once in the open list.
    OfficeThresholds t;
    t.outboxStuckHours = 4;
    t.blanksBelow = 20;
    QSettings settings;
    t.save(settings);
    settings.sync();
    QSignalSpy refreshed(window, &AttentionWindow::refreshed);
    emit m_window->settingsChanged();
    QVERIFY(refreshed.wait());
    window->setKindFilter(std::nullopt);
    QCOMPARE(window->list().items.size(), 1);
    QCOMPARE(window->list().items.at(0).kind, OfficeException::Kind::BlanksLow);
}

void TestDeskAttention::clerkHasNoAccess()
{
    openDesk(m_clerk);
    QVERIFY(!m_window->findChild<QAction*>("attentionAction")->isEnabled());
    QVERIFY(!m_window->showAttention());
    QVERIFY(!m_window->messageBar()->text().contains("Needs attention"));
}

QTEST_MAIN(TestDeskAttention)
#include "TestDeskAttention.moc"

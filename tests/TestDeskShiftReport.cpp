#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/blanks/BlankLedger.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/office/OfficeThresholds.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/office/ShiftReportDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// Supervision › End-of-shift report… at the desk (docs/office.md): the report loaded on the
// journal's thread, its counts and exceptions shown, saved as PDF and CSV; a clerk sees their own
// work only.
class TestDeskShiftReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void supervisorSeesTheDayAndSavesIt();
    void clerkSeesOwnWorkOnly();
    void openedFromTheSupervisionMenu();

private:
    static QString countOf(const ShiftReportDialog& dialog, const QString& key);

    QTemporaryDir m_dir;
    std::unique_ptr<StoreThread> m_journal;
    const Operator m_supervisor{2, "supervisor.dana", "Dana", Role::Supervisor, "en", true};
    const Operator m_clerk{3, "clerk.b", "B", Role::Clerk, "en", true};
};

void TestDeskShiftReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings().clear();
    const QString path = m_dir.filePath("journal.sqlite");
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        QVERIFY(BlankLedger::receive(db->sql(), "supervisor.dana", "KZ", 1, 20));
        Journal journal(*db);
        DeskContext a = sampleDesk();
        a.operatorId = "clerk.a";
        DeskContext b = sampleDesk();
        b.operatorId = "clerk.b";
        QVERIFY(journal.registerApplication(sampleIntake(0), a));
        QVERIFY(journal.registerApplication(sampleIntake(1), a));
        QVERIFY(journal.registerApplication(sampleIntake(2), b));
        Outbox outbox(*db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 10, "sync");
        QVERIFY(due && due->size() == 3);
        QVERIFY(outbox.recordAnswer(due->first().id, formedAnswer(due->first(), "800101300016"),
                                    now, "sync"));
    }
    m_journal = std::make_unique<StoreThread>(path, Database::OpenCheck::Full, "journal");
}

void TestDeskShiftReport::cleanupTestCase()
{
    m_journal.reset();
    QSettings().clear();
}

QString TestDeskShiftReport::countOf(const ShiftReportDialog& dialog, const QString& key)
{
    auto* table = dialog.findChild<QTableWidget*>("countsTableWidget");
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* value = table->item(row, 1);
        if (value && value->data(Qt::UserRole).toString() == key)
            return value->text();
    }
    return {};
}

void TestDeskShiftReport::supervisorSeesTheDayAndSavesIt()
{
    ShiftReportDialog dialog(m_journal.get(), m_supervisor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 30000);
    QCOMPARE(countOf(dialog, "registered"), "3");
    QCOMPARE(countOf(dialog, "received"), "3");
    QCOMPARE(countOf(dialog, "sent"), "3");
    QCOMPARE(countOf(dialog, "iin_assigned"), "1");
    QCOMPARE(countOf(dialog, "on_hand"), "20");
    // Twenty blanks, fewer than the default fifty: said among the exceptions.
    auto* exceptions = dialog.findChild<QTableWidget*>("exceptionsTableWidget");
    QCOMPARE(exceptions->rowCount(), 1);
    QCOMPARE(exceptions->item(0, 4)->text(), "20");

    // The operators arrive from the journal; choosing one and showing again narrows the counts.
    auto* combo = dialog.findChild<QComboBox*>("operatorComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() >= 1, 30000);
    QCOMPARE(combo->itemData(0).toString(), QString()); // all operators
    QVERIFY(dialog.findChild<QPushButton*>("savePdfButton")->isEnabled());

    // Saved as CSV and as PDF, each written on the journal's thread.
    QSignalSpy saved(&dialog, &ShiftReportDialog::fileSaved);
    const QString csv = m_dir.filePath("day.csv");
    FileDialog::setNextSaveFileName(csv);
    QTest::mouseClick(dialog.findChild<QPushButton*>("saveCsvButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("registered;Registered;3\r\n"));
    if (!QStandardPaths::findExecutable("pdftotext").isEmpty()) {
        const QString pdf = m_dir.filePath("day.pdf");
        FileDialog::setNextSaveFileName(pdf);
        QTest::mouseClick(dialog.findChild<QPushButton*>("savePdfButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 60000);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QString::fromUtf8("Отчет за смену")), qPrintable(text));
        QVERIFY(text.contains(QString::fromUtf8("Ауысым соңындағы есеп")));
    }
    QVERIFY2(dialog.message().contains("saved"), qPrintable(dialog.message()));
    // Each report made is recorded.
    auto db = openOrFail(m_dir.filePath("journal.sqlite"));
    QVERIFY(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'report.shift'"
                        " AND operator = 'supervisor.dana'")
                .toInt() >= 2);
}

void TestDeskShiftReport::clerkSeesOwnWorkOnly()
{
    ShiftReportDialog dialog(m_journal.get(), m_clerk);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 30000);
    auto* combo = dialog.findChild<QComboBox*>("operatorComboBox");
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemData(0).toString(), "clerk.b");
    QCOMPARE(countOf(dialog, "registered"), "1");
    QCOMPARE(dialog.report()->operatorId, "clerk.b");
}

void TestDeskShiftReport::openedFromTheSupervisionMenu()
{
    MainWindow window(nullptr, nullptr, m_supervisor);
    window.setJournal(m_journal.get(), "ALM01", "02");
    QAction* action = window.findChild<QAction*>("shiftReportAction");
    QVERIFY(action && action->isEnabled());
    action->trigger();
    ShiftReportDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = window.findChild<ShiftReportDialog*>()) && dialog->isLoaded(), 30000);
    dialog->close();
    MainWindow admin(nullptr, nullptr, {1, "admin", "Admin", Role::Administrator, "en", true});
    QVERIFY(admin.findChild<QAction*>("shiftReportAction")->isEnabled());
}

QTEST_MAIN(TestDeskShiftReport)
#include "TestDeskShiftReport.moc"

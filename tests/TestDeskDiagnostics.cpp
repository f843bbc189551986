#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/base/Language.h"
#include "core/desk/DeskSettings.h"
#include "core/journal/Journal.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// Help › Diagnostics for support in the desk (docs/diagnostics.md): a supervisor saves the same
// bundle as `iin-desk-cli diagnostics`, written on the journal's store thread; a clerk has no
// such menu entry.
class TestDeskDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install("en"); }
    void supervisorSavesTheBundle();
    void clerkHasNoDiagnostics();

private:
    void openDesk(const Operator& op);

    QTemporaryDir m_dir;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
};

void TestDeskDiagnostics::openDesk(const Operator& op)
{
    const QString path = m_dir.filePath("journal.sqlite");
    if (!QFile::exists(path)) {
        auto db = openOrFail(path);
        QVERIFY(db);
        const Result<Registration> r =
            Journal(*db).registerApplication(sampleIntake(), sampleDesk());
        QVERIFY2(r, qPrintable(r.errorMessage()));
    }
    m_window.reset();
    m_journal = std::make_unique<StoreThread>(path, Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, op);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDeskDiagnostics::supervisorSavesTheBundle()
{
    {
        QSettings settings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
        DeskSettings desk;
        desk.registryUrl = "https://registry.example.kz";
        desk.deskId = "desk7";
        desk.deskToken = "desk7:s3cr3t-T0ken";
        QVERIFY(desk.save(settings));
    }
    openDesk({1, "boss", "Әбенова Гүлнар", Role::Supervisor, "en", true});
    auto* action = m_window->findChild<QAction*>("diagnosticsAction");
    QVERIFY(action);
    QVERIFY(action->isVisible());
    const QString bundle = m_dir.filePath("support.zip");
    FileDialog::setNextSaveFileName(bundle);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains("written to"), 30000);
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Positive);

    const ProcessResult unzipped = runProcess("unzip", {"-p", bundle});
    QCOMPARE(unzipped.exitCode, 0);
    const QString text = QString::fromUtf8(unzipped.out);
    const Application a = sampleApplication(0);
    QVERIFY2(!text.contains(a.nameLatin.surname, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(!text.contains(a.nameCyrillic.surname, Qt::CaseInsensitive));
    QVERIFY(!text.contains("s3cr3t"));
    QVERIFY(text.contains("registry/deskToken = ***"));
    QVERIFY(text.contains("\"pending\": 1"));
    QVERIFY(text.contains(QString("qt: %1").arg(QString::fromLatin1(qVersion()))));
    m_window.reset();
    m_journal.reset();
    auto db = openOrFail(m_dir.filePath("journal.sqlite"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'diagnostics.exported'"
                         " AND operator = 'boss'")
                 .toInt(),
             1);
}

void TestDeskDiagnostics::clerkHasNoDiagnostics()
{
    openDesk({2, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true});
    auto* action = m_window->findChild<QAction*>("diagnosticsAction");
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    QVERIFY(!action->isEnabled());
    m_window.reset();
    m_journal.reset();
}

QTEST_MAIN(TestDeskDiagnostics)
#include "TestDeskDiagnostics.moc"

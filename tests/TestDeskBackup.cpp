#include "tests/ShiftedClock.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/backup/BackupFolder.h"
#include "core/backup/BackupSettings.h"
#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/base/Language.h"
#include "core/journal/Journal.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/shell/EndOfDayBackup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The desk's own end-of-day backup (docs/backup.md): made when the clerk signs out or quits
// after the hour, encrypted to the office's recovery key, the last N kept; the supervisor warned
// at sign-in when the last good backup is older than a day; the settings checked naming the
// field and the last backup's time shown.
class TestDeskBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signingOutAfterTheHourMakesTheBackup();
    void quittingAfterTheHourMakesTheBackupThenCloses();
    void beforeTheHourNothingIsMade();
    void supervisorIsWarnedWithoutARecentBackup();
    void settingsAreCheckedAndShowTheLastBackup();

private:
    void openDesk(const Operator& op);
    void configure(QTime at, int keep = 14);
    // The journal's thread runs its jobs in order and their answers come in order: once a job
    // queued now has answered, the sign-in's reminder has been shown (or found nothing to say).
    void waitForJournal();
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }
    QString folder() const { return m_dir->filePath("backups"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    QString m_keyFile;
    Operator m_supervisor{1, "boss", "Әбенова Гүлнар", Role::Supervisor, "en", true};
    Operator m_clerk{2, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestDeskBackup::initTestCase()
{
    Language::install("en");
}

void TestDeskBackup::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(fillJournal(journalPath(), 3));
    QVERIFY(QDir().mkpath(folder()));
    const Result<RecoveryKey> key = RecoveryKey::generate();
    STORE_VERIFY(key);
    STORE_VERIFY(key->publicKey().save(m_dir->filePath("office.pub")));
    m_keyFile = m_dir->filePath("office.key");
    STORE_VERIFY(key->save(m_keyFile));
}

void TestDeskBackup::cleanup()
{
    m_window.reset();
    m_journal.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestDeskBackup::configure(QTime at, int keep)
{
    BackupSettings b;
    b.folder = folder();
    b.publicKeyFile = m_dir->filePath("office.pub");
    b.keep = keep;
    b.at = at;
    QSettings settings;
    b.save(settings);
    settings.sync();
}

void TestDeskBackup::waitForJournal()
{
    bool answered = false;
    m_journal->run(
        this, [](StoreContext&) { return Result<int>(0); },
        [&answered](Result<int>) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
}

void TestDeskBackup::openDesk(const Operator& op)
{
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, op);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDeskBackup::signingOutAfterTheHourMakesTheBackup()
{
    // Midnight: every moment of today is after the hour, until today's backup is made.
    configure(QTime(0, 0), 2);
    // Older backups of this desk, and another desk's, in the folder.
    for (const QString& name : {QString("iin-desk-ALM01-02-20200101T000000Z.iinbak"),
                                QString("iin-desk-ALM01-02-20200102T000000Z.iinbak"),
                                QString("iin-desk-ALM01-03-20200101T000000Z.iinbak")}) {
        QFile f(QDir(folder()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    openDesk(m_clerk);
    QSignalSpy signedOut(m_window.get(), &MainWindow::signOutRequested);
    QSignalSpy finished(m_window->endOfDayBackup(), &EndOfDayBackup::finished);
    m_window->findChild<QAction*>("signOutAction")->trigger();
    // The sign-out waits for the backup, then goes on.
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 60000);
    QCOMPARE(finished.size(), 1);
    const QStringList mine = BackupFolder::backupsOf(folder(), "ALM01", "02");
    QCOMPARE(mine.size(), 2); // the new one and the newest old one: keep 2
    QCOMPARE(mine.first(), QString("iin-desk-ALM01-02-20200102T000000Z.iinbak"));
    QVERIFY(QFile::exists(QDir(folder()).filePath("iin-desk-ALM01-03-20200101T000000Z.iinbak")));
    const QString made = QDir(folder()).filePath(mine.last());
    QVERIFY(EncryptedBackup::isEncrypted(made));
    QVERIFY(m_window->messageBar()->text().contains("end-of-day backup is written"));
    // It restores with the office's key.
    const ProcessResult r = runCli({"restore", "--from", made, "--db",
                                    m_dir->filePath("restored.sqlite"), "--key", m_keyFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Signing out again the same evening: made already, the sign-out goes at once.
    m_window->findChild<QAction*>("signOutAction")->trigger();
    QCOMPARE(signedOut.size(), 2);
    QCOMPARE(BackupFolder::backupsOf(folder(), "ALM01", "02").size(), 2);
}

void TestDeskBackup::quittingAfterTheHourMakesTheBackupThenCloses()
{
    configure(QTime(0, 0));
    openDesk(m_supervisor);
    QSignalSpy finished(m_window->endOfDayBackup(), &EndOfDayBackup::finished);
    m_window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 60000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(BackupFolder::backupsOf(folder(), "ALM01", "02").size(), 1);
}

void TestDeskBackup::beforeTheHourNothingIsMade()
{
    // The clock moved to 10:00 this morning; the end of the day is 18:00.
    auto [clock, installed] = ShiftedClock::install();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime morning = QDateTime(now.toLocalTime().date(), QTime(10, 0), Qt::LocalTime);
    clock->shift(std::chrono::milliseconds(now.msecsTo(morning)));
    configure(QTime(18, 0));
    openDesk(m_clerk);
    QSignalSpy signedOut(m_window.get(), &MainWindow::signOutRequested);
    QSignalSpy started(m_window->endOfDayBackup(), &EndOfDayBackup::started);
    m_window->findChild<QAction*>("signOutAction")->trigger();
    QCOMPARE(signedOut.size(), 1); // at once
    QCOMPARE(started.size(), 0);
    QVERIFY(BackupFolder::backupsOf(folder(), "ALM01", "02").isEmpty());
    m_window.reset();

    // At 18:05 the same sign-out makes it first.
    clock->shift(std::chrono::milliseconds(now.msecsTo(morning.addSecs(8 * 3600 + 5 * 60))));
    openDesk(m_clerk);
    QSignalSpy signedOutLater(m_window.get(), &MainWindow::signOutRequested);
    m_window->findChild<QAction*>("signOutAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(signedOutLater.size(), 1, 60000);
    QCOMPARE(BackupFolder::backupsOf(folder(), "ALM01", "02").size(), 1);
}

void TestDeskBackup::supervisorIsWarnedWithoutARecentBackup()
{
    // None yet: told at sign-in, beside what else needs attention.
    openDesk(m_supervisor);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->messageBar()->text().contains("No backup of the journal has been made yet"),
        60000);
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Warning);
    m_window.reset();
    m_journal.reset();

    // A backup from three days ago: said with its time.
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY(MainWindow::backupReminderText(old).contains("more than a day old"));
    QVERIFY(MainWindow::backupReminderText(old).contains(
        QLocale().toString(old.toLocalTime(), QLocale::ShortFormat)));

    // A backup made now: nothing said of backups.
    QCOMPARE(
        runCli({"backup", "--db", journalPath(), "--to", m_dir->filePath("b.sqlite")}).exitCode, 0);
    openDesk(m_supervisor);
    waitForJournal();
    QVERIFY2(!m_window->messageBar()->text().contains("backup"),
             qPrintable(m_window->messageBar()->text()));
    m_window.reset();
    m_journal.reset();

    // A clerk is not told.
    QFile::remove(m_dir->filePath("b.sqlite"));
    openDesk(m_clerk);
    waitForJournal();
    QVERIFY(!m_window->messageBar()->text().contains("backup"));
}

void TestDeskBackup::settingsAreCheckedAndShowTheLastBackup()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.findChild<QSpinBox*>("backupKeepSpinBox")->value(), 14);
    QCOMPARE(dialog.findChild<QTimeEdit*>("backupTimeEdit")->time(), QTime(18, 0));
    dialog.findChild<QLineEdit*>("backupFolderLineEdit")->setText(m_dir->filePath("nowhere"));
    dialog.findChild<QLineEdit*>("backupPublicKeyFileLineEdit")->setText(m_keyFile); // private!
    dialog.findChild<QDialogButtonBox*>("settingsButtonBox")->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains("Backup folder:") &&
                 dialog.message().contains("Recovery public key:"),
             qPrintable(dialog.message()));
    QVERIFY(dialog.findChild<QLineEdit*>("backupFolderLineEdit")->property("invalid").toBool());
    QVERIFY(
        dialog.findChild<QLineEdit*>("backupPublicKeyFileLineEdit")->property("invalid").toBool());

    dialog.findChild<QLineEdit*>("backupFolderLineEdit")->setText(folder());
    dialog.findChild<QLineEdit*>("backupPublicKeyFileLineEdit")
        ->setText(m_dir->filePath("office.pub"));
    dialog.findChild<QLineEdit*>("officeCodeLineEdit")->setText("ALM01");
    dialog.findChild<QLineEdit*>("deskCodeLineEdit")->setText("02");
    dialog.findChild<QSpinBox*>("backupKeepSpinBox")->setValue(30);
    dialog.findChild<QTimeEdit*>("backupTimeEdit")->setTime(QTime(19, 30));
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.findChild<QDialogButtonBox*>("settingsButtonBox")->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(saved.size() == 1, qPrintable(dialog.message()));
    const QJsonObject changes = saved.first().at(1).toJsonObject();
    QVERIFY(changes.contains("backup_folder") && changes.contains("backup_keep"));
    const BackupSettings stored = BackupSettings::load(QSettings());
    QCOMPARE(stored.folder, folder());
    QCOMPARE(stored.keep, 30);
    QCOMPARE(stored.at, QTime(19, 30));

    // The last backup's time, as the main window reads it from the journal.
    SettingsDialog again;
    again.setLastBackup(QDateTime());
    QCOMPARE(again.findChild<QLabel*>("lastBackupValueLabel")->text(), QString("none yet"));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    again.setLastBackup(at);
    QCOMPARE(again.findChild<QLabel*>("lastBackupValueLabel")->text(),
             QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

QTEST_MAIN(TestDeskBackup)
#include "TestDeskBackup.moc"

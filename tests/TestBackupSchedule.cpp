#include "tests/ShiftedClock.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/backup/BackupFolder.h"
#include "core/backup/BackupSchedule.h"
#include "core/backup/BackupSettings.h"
#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/base/Clock.h"
#include "core/store/Database.h"
#include "core/usecases/DailyBackup.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace std::chrono_literals;

// The desk's own end-of-day backup: when it is due (a moved clock), where it goes (a USB stick
// before the configured folder), that it is encrypted and recorded, and that only the newest N
// of this desk's backups are kept. Real files and a real journal (the tests run with
// TZ=Asia/Almaty).
class TestBackupSchedule : public QObject
{
    Q_OBJECT

private slots:
    void dueAfterTheHourUntilABackupIsMade();
    void nextCheckIsTheNextEndOfDay();
    void staleAfterADay();
    void settingsAreCheckedNamingTheField();
    void stickBeforeTheConfiguredFolder();
    void dailyBackupIsEncryptedRecordedAndPruned();
    void notDueOrNotConfiguredMakesNothing();

private:
    static QDateTime localAt(QDate day, QTime time)
    {
        return QDateTime(day, time, Qt::LocalTime).toUTC();
    }
};

void TestBackupSchedule::dueAfterTheHourUntilABackupIsMade()
{
    auto [clock, installed] = ShiftedClock::install();
    const BackupSchedule schedule(QTime(18, 0));
    // The clock moved to 17:59 local today, then past 18:00.
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    const QDateTime target = localAt(realNow.toLocalTime().date(), QTime(17, 59));
    clock->shift(std::chrono::milliseconds(realNow.msecsTo(target)));
    const QDateTime yesterdayEvening =
        localAt(target.toLocalTime().date().addDays(-1), QTime(19, 0));
    QVERIFY(!schedule.isDue(Clock::currentDateTimeUtc(), yesterdayEvening));
    QVERIFY(!schedule.isDue(Clock::currentDateTimeUtc(), QDateTime()));
    clock->shift(std::chrono::milliseconds(realNow.msecsTo(target)) + 2min);
    QVERIFY(schedule.isDue(Clock::currentDateTimeUtc(), yesterdayEvening));
    QVERIFY(schedule.isDue(Clock::currentDateTimeUtc(), QDateTime())); // never one
    // A backup made after 18:00 today: not due again until tomorrow's 18:00.
    const QDateTime tonight = Clock::currentDateTimeUtc();
    QVERIFY(!schedule.isDue(tonight.addSecs(3600), tonight));
    QVERIFY(!schedule.isDue(tonight.addSecs(4 * 3600), tonight)); // past midnight
    clock->shift(std::chrono::milliseconds(realNow.msecsTo(target)) + 24h + 2min);
    QVERIFY(schedule.isDue(Clock::currentDateTimeUtc(), tonight));
    // One made earlier today (say at noon, by hand) does not count for tonight.
    const QDateTime noon = localAt(Clock::currentDateTimeUtc().toLocalTime().date(), QTime(12, 0));
    QVERIFY(schedule.isDue(Clock::currentDateTimeUtc(), noon));
}

void TestBackupSchedule::nextCheckIsTheNextEndOfDay()
{
    const BackupSchedule schedule(QTime(18, 30));
    const QDate day(2026, 12, 7);
    QCOMPARE(schedule.nextCheck(localAt(day, QTime(9, 0))), localAt(day, QTime(18, 30)));
    QCOMPARE(schedule.nextCheck(localAt(day, QTime(18, 30))),
             localAt(day.addDays(1), QTime(18, 30)));
    QCOMPARE(schedule.nextCheck(localAt(day, QTime(23, 0))),
             localAt(day.addDays(1), QTime(18, 30)));
    // Asia/Almaty is UTC+5: 18:30 there is 13:30 UTC.
    QCOMPARE(schedule.endOfDay(localAt(day, QTime(9, 0))).time(), QTime(13, 30));
}

void TestBackupSchedule::staleAfterADay()
{
    auto [clock, installed] = ShiftedClock::install();
    const QDateTime made = QDateTime::currentDateTimeUtc();
    QVERIFY(BackupSchedule::isStale(Clock::currentDateTimeUtc(), QDateTime()));
    QVERIFY(!BackupSchedule::isStale(Clock::currentDateTimeUtc(), made));
    clock->shift(23h);
    QVERIFY(!BackupSchedule::isStale(Clock::currentDateTimeUtc(), made));
    clock->shift(24h + 1min);
    QVERIFY(BackupSchedule::isStale(Clock::currentDateTimeUtc(), made));
}

void TestBackupSchedule::settingsAreCheckedNamingTheField()
{
    QTemporaryDir dir;
    BackupSettings s;
    QVERIFY(s.validate().isEmpty()); // off by default
    QVERIFY(!s.enabled());
    QCOMPARE(s.keep, 14);
    QCOMPARE(s.at, QTime(18, 0));
    s.folder = dir.filePath("nowhere");
    s.publicKeyFile = dir.filePath("none.pub");
    s.keep = 0;
    s.at = QTime();
    const Problems problems = s.validate();
    QStringList fields;
    for (const Problem& p : problems)
        fields << p.field;
    QCOMPARE(fields,
             QStringList({"backupFolder", "backupPublicKeyFile", "backupKeep", "backupTime"}));
    QVERIFY(problems[0].message.startsWith("Backup folder:"));
    QVERIFY(problems[1].message.startsWith("Recovery public key:"));
    QVERIFY(problems[2].message.startsWith("Backups to keep:"));
    // A folder without a key: backups are written only encrypted.
    s = {};
    s.folder = dir.path();
    QCOMPARE(s.validate().size(), 1);
    QCOMPARE(s.validate().first().field, QString("backupPublicKeyFile"));
    // Stored and read back.
    const Result<RecoveryKey> key = RecoveryKey::generate();
    STORE_VERIFY(key);
    STORE_VERIFY(key->publicKey().save(dir.filePath("office.pub")));
    s.publicKeyFile = dir.filePath("office.pub");
    s.keep = 7;
    s.at = QTime(19, 15);
    QVERIFY(s.validate().isEmpty());
    QSettings stored(dir.filePath("desk.conf"), QSettings::IniFormat);
    s.save(stored);
    stored.sync();
    QCOMPARE(BackupSettings::load(QSettings(dir.filePath("desk.conf"), QSettings::IniFormat)), s);
    QCOMPARE(
        s.changesFrom(BackupSettings{}).keys(),
        QStringList({"backup_folder", "backup_keep", "backup_public_key_file", "backup_time"}));
}

void TestBackupSchedule::stickBeforeTheConfiguredFolder()
{
    QTemporaryDir dir;
    const QString configured = dir.filePath("office-share");
    const QString media = dir.filePath("media/clerk");
    QVERIFY(QDir().mkpath(configured));
    QVERIFY(QDir().mkpath(media + "/CAMERA")); // a volume without the folder: not ours
    QCOMPARE(*BackupFolder::resolve(configured, {media, dir.filePath("run/media/clerk")}),
             QFileInfo(configured).absoluteFilePath());
    QVERIFY(QDir().mkpath(media + "/STICK/iin-desk-backups"));
    QCOMPARE(*BackupFolder::resolve(configured, {dir.filePath("run/media/clerk"), media}),
             QFileInfo(media + "/STICK/iin-desk-backups").absoluteFilePath());
    QVERIFY(QDir(media + "/STICK/iin-desk-backups").removeRecursively());
    QCOMPARE(BackupFolder::resolve(QString(), {media}).error().code, QString("backup.no_folder"));
    QCOMPARE(BackupFolder::resolve(dir.filePath("gone"), {media}).error().code,
             QString("backup.no_folder"));
}

void TestBackupSchedule::dailyBackupIsEncryptedRecordedAndPruned()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(journal, 5));
    const QString folder = dir.filePath("backups");
    QVERIFY(QDir().mkpath(folder));
    const Result<RecoveryKey> key = RecoveryKey::generate();
    STORE_VERIFY(key);
    STORE_VERIFY(key->publicKey().save(dir.filePath("office.pub")));
    // Files that are not this desk's backups are never touched.
    const QStringList foreign{"iin-desk-ALM01-2-20200101T000000Z.iinbak", "notes.txt",
                              "iin-desk-ALM01-1-old.iinbak"};
    for (const QString& name : foreign) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    DailyBackupPlan plan;
    plan.settings.folder = folder;
    plan.settings.publicKeyFile = dir.filePath("office.pub");
    plan.settings.keep = 2;
    plan.settings.at = QTime(0, 0); // due at any time today until a backup is made
    plan.officeCode = "ALM01";
    plan.deskCode = "1";
    plan.mediaRoots = {dir.filePath("media")};
    auto db = openOrFail(journal);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QDateTime> before = DailyBackup::lastGoodBackup(*db);
    STORE_VERIFY(before);
    QVERIFY(!before->isValid());

    Result<DailyBackupOutcome> first = DailyBackup::runIfDue(*db, "", plan, now);
    STORE_VERIFY(first);
    QVERIFY(first->made);
    QCOMPARE(QFileInfo(first->file).fileName(), BackupFolder::fileName("ALM01", "1", now));
    QVERIFY(first->lastGood.isValid());
    QCOMPARE(first->keyId, key->publicKey().id());
    QVERIFY(EncryptedBackup::isEncrypted(first->file));
    QCOMPARE(QDir(dir.path()).entryList({".backup-*"}, QDir::AllEntries | QDir::Hidden).size(), 0);
    const QJsonObject details =
        QJsonDocument::fromJson(scalar(*db, "SELECT details FROM audit_log WHERE action = "
                                            "'database.backup' ORDER BY seq DESC LIMIT 1")
                                    .toByteArray())
            .object();
    QCOMPARE(details.value(u"encrypted").toBool(), true);
    QCOMPARE(details.value(u"key_id").toString(), key->publicKey().id());

    // Made: no longer due today.
    Result<DailyBackupOutcome> again = DailyBackup::runIfDue(*db, "", plan, now.addSecs(60));
    STORE_VERIFY(again);
    QVERIFY(!again->made);
    QCOMPARE(again->lastGood, first->lastGood);

    // Three more days' backups: only the newest two of this desk stay.
    QStringList made{QFileInfo(first->file).fileName()};
    for (int day = 1; day <= 3; ++day) {
        Result<DailyBackupOutcome> next = DailyBackup::run(*db, "", plan, now.addDays(day));
        STORE_VERIFY(next);
        made << QFileInfo(next->file).fileName();
    }
    QCOMPARE(BackupFolder::backupsOf(folder, "ALM01", "1"), made.mid(2));
    for (const QString& name : foreign)
        QVERIFY2(QFile::exists(QDir(folder).filePath(name)), qPrintable(name));
    // And the newest restores with the office's key.
    const QString keyFile = dir.filePath("office.key");
    STORE_VERIFY(key->save(keyFile));
    const ProcessResult r = runCli({"restore", "--from", QDir(folder).filePath(made.last()), "--db",
                                    dir.filePath("restored.sqlite"), "--key", keyFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestBackupSchedule::notDueOrNotConfiguredMakesNothing()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(journal, 1));
    auto db = openOrFail(journal);
    DailyBackupPlan plan;
    plan.settings.folder = dir.path();
    plan.officeCode = "TRAIN";
    plan.deskCode = "1";
    const QDateTime evening = localAt(QDate::currentDate(), QTime(20, 0));
    // No recovery key: the desk makes no backups of its own.
    Result<DailyBackupOutcome> outcome = DailyBackup::runIfDue(*db, "", plan, evening);
    STORE_VERIFY(outcome);
    QVERIFY(!outcome->made);
    const Result<RecoveryKey> key = RecoveryKey::generate();
    STORE_VERIFY(key);
    STORE_VERIFY(key->publicKey().save(dir.filePath("office.pub")));
    plan.settings.publicKeyFile = dir.filePath("office.pub");
    // Before the hour.
    outcome = DailyBackup::runIfDue(*db, "", plan, localAt(QDate::currentDate(), QTime(17, 0)));
    STORE_VERIFY(outcome);
    QVERIFY(!outcome->made);
    QVERIFY(BackupFolder::backupsOf(dir.path(), "TRAIN", "1").isEmpty());
    // No folder and no stick: said so.
    plan.settings.folder = dir.filePath("gone");
    outcome = DailyBackup::runIfDue(*db, "", plan, evening);
    QCOMPARE(outcome.error().code, QString("backup.no_folder"));
}

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "TestBackupSchedule.moc"

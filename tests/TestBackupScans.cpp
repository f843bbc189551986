// Encrypted backups carry the journal's scans (docs/backup.md, format version 2): through the
// real `iin-desk-cli`, a journal with registered scans is backed up, restored elsewhere with the
// office's recovery key and every scan exported equals the original; the backup shows none of
// their plaintext; a wrong key, a flipped or cut scans part and a hostile container are refused
// with nothing written at the new journal's place; a version-1 backup still restores; a scan key
// with no recovery copy is said to need the original machine's key.
#include "core/atrest/ScanKeys.h"
#include "core/backup/BackupContainer.h"
#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/store/AttachmentStore.h"
#include "core/store/Database.h"
#include "tests/ScanTestData.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace iin;
using namespace iin::test;

namespace {

// One container record, as docs/backup.md describes it.
QByteArray record(char type, const QByteArray& name, const QByteArray& bytes)
{
    QByteArray r(1, type);
    char n[2], l[8];
    qToBigEndian(quint16(name.size()), n);
    qToBigEndian(quint64(bytes.size()), l);
    r.append(n, 2).append(name).append(l, 8).append(bytes);
    return r;
}

} // namespace

class TestBackupScans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void restoreBringsEveryScanBack();
    void backupRevealsNoPlaintext();
    void wrongKeyIsRefused();
    void damagedScansPartIsRefused_data();
    void damagedScansPartIsRefused();
    void hostileEntryNamesAreRefused_data();
    void hostileEntryNamesAreRefused();
    void versionOneBackupStillRestores();
    void scanKeyWithoutRecoveryCopyIsExplained();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    ProcessResult submit(const QString& journal, const QList<QByteArray>& scans);
    // Restoring `file` fails with `exitCode` and a message matching `message`; nothing lies at
    // the new journal's place, its scans' folder or its scan key's.
    void expectRefused(const QString& file, int exitCode, const QString& message);

    QTemporaryDir m_dir;
    QString m_journal, m_backup, m_key, m_pub, m_strangerKey;
    QList<QByteArray> m_scans;
};

ProcessResult TestBackupScans::submit(const QString& journal, const QList<QByteArray>& scans)
{
    const QString folder = path("package");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QFile::copy(sourcePath("examples/counter-complete.json"), folder + "/application.json");
    writeFile(folder + "/application.pdf", scans.value(0));
    writeFile(folder + "/passport.pdf", scans.value(1));
    return runCli({"submit", folder + "/application.json", "--db", journal, "--office", "ALM01",
                   "--desk", "02", "--operator", "clerk.aigerim"});
}

void TestBackupScans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The machine that made the journal keeps its scan key in a file of its own.
    qputenv("IIN_DESK_SCAN_KEEPER", "file");
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-a/scan-keys").toUtf8());
    const Result<RecoveryKey> office = RecoveryKey::generate();
    const Result<RecoveryKey> stranger = RecoveryKey::generate();
    QVERIFY(office && stranger);
    m_key = path("office.key");
    m_pub = path("office.pub");
    m_strangerKey = path("stranger.key");
    QVERIFY(office->save(m_key) && office->publicKey().save(m_pub) &&
            stranger->save(m_strangerKey));

    m_journal = path("journal.sqlite");
    // Two scans of several 64 KiB chunks and one of a few bytes.
    m_scans = {scanContent(1, 300 * 1024), scanContent(2, 150 * 1024)};
    ProcessResult r = submit(m_journal, m_scans);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({"scans", "encrypt", "--db", m_journal, "--recovery-public-key", m_pub});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(BackupContainer::scanKeyPathOf(m_journal), ScanKeys::metaPathOf(m_journal));
    // A plain scan an older release left (never encrypted in place yet) is carried as it is.
    const QByteArray old = scanContent(3, 5000);
    const QString oldDigest = AttachmentStore::sha256Of(old);
    QVERIFY(QDir().mkpath(m_journal + ".attachments/" + oldDigest.left(2)));
    QVERIFY(writeFile(m_journal + ".attachments/" + oldDigest.left(2) + "/" + oldDigest, old));
    QCOMPARE(BackupContainer::scanNames(m_journal + ".attachments").size(), 3);

    m_backup = path("backup.iinbak");
    r = runCli({"backup", "--db", m_journal, "--to", m_backup, "--encrypt-to", m_pub});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(m_backup).size() > 450 * 1024);
    QCOMPARE(quint8(readFile(m_backup).at(EncryptedBackup::MagicBytes)), quint8(2));
}

void TestBackupScans::cleanupTestCase()
{
    qunsetenv("IIN_DESK_SCAN_KEEPER");
    qunsetenv("IIN_DESK_SCAN_KEY_FOLDER");
}

void TestBackupScans::restoreBringsEveryScanBack()
{
    // Another machine: its own (empty) key folder; the scan key comes from the recovery copy.
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-b/scan-keys").toUtf8());
    const QString restored = path("b/journal.sqlite");
    QVERIFY(QDir().mkpath(path("b")));
    ProcessResult r = runCli({"restore", "--from", m_backup, "--db", restored, "--key", m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value("scans").toInt(), 3);
    QCOMPARE(answer.value("scan_key").toString(), QString("recovered"));
    QCOMPARE(answer.value("format_version").toInt(), 2);
    QCOMPARE(QDir(path("machine-b/scan-keys")).entryList(QDir::Files).size(), 1);
    // The files as they were on disk, byte for byte (still encrypted; the old one plain).
    QCOMPARE(BackupContainer::scanNames(restored + ".attachments"),
             BackupContainer::scanNames(m_journal + ".attachments"));
    for (const QString& name : BackupContainer::scanNames(m_journal + ".attachments"))
        QCOMPARE(readFile(restored + ".attachments/" + name),
                 readFile(m_journal + ".attachments/" + name));

    for (const QByteArray& content : m_scans) {
        const QString digest = AttachmentStore::sha256Of(content);
        const QString out = path("b/" + digest + ".pdf");
        r = runCli({"scans", "export", "--db", restored, "--application", "1", "--sha256", digest,
                    "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(out), content);
    }
    r = runCli({"scans", "status", "--json", "--db", restored});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("key_available").toBool(), true);
    r = runCli({"audit", "verify", "--db", restored});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-a/scan-keys").toUtf8());
}

void TestBackupScans::backupRevealsNoPlaintext()
{
    const QByteArray bytes = readFile(m_backup);
    QVERIFY(!bytes.contains(ScanMarker));
    QVERIFY(!bytes.contains("%PDF"));
    QVERIFY(!bytes.contains("IINSCAN1")); // not even the scans' own encrypted files
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("iin-desk-scan-key"));
    for (const QByteArray& content : m_scans)
        QVERIFY(!bytes.contains(AttachmentStore::sha256Of(content).toLatin1()));
}

void TestBackupScans::expectRefused(const QString& file, int exitCode, const QString& message)
{
    QTemporaryDir dir;
    const QString target = dir.filePath("new.sqlite");
    const ProcessResult r = runCli({"restore", "--from", file, "--db", target, "--key", m_key});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(QRegularExpression(message)), r.err.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestBackupScans::wrongKeyIsRefused()
{
    QTemporaryDir dir;
    const QString target = dir.filePath("new.sqlite");
    const ProcessResult r =
        runCli({"restore", "--from", m_backup, "--db", target, "--key", m_strangerKey});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("another recovery key"), r.err.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestBackupScans::damagedScansPartIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<qint64>("offset");
    const qint64 size = QFileInfo(m_backup).size();
    // The scans follow the database: the last 400 KiB of the file are scans.
    QTest::newRow("flipped in the scans") << "flip" << size - 300 * 1024;
    QTest::newRow("flipped in the last scan") << "flip" << size - 100;
    QTest::newRow("cut in the scans") << "cut" << size - 300 * 1024;
    QTest::newRow("cut before the end record") << "cut" << size - 10;
}

void TestBackupScans::damagedScansPartIsRefused()
{
    QFETCH(QString, damage);
    QFETCH(qint64, offset);
    QByteArray bytes = readFile(m_backup);
    if (damage == u"flip")
        bytes[offset] = char(bytes[offset] ^ 0x01);
    else
        bytes.truncate(offset);
    const QString changed = path("changed.iinbak");
    QVERIFY(writeFile(changed, bytes));
    expectRefused(changed, 3,
                  damage == u"flip" ? QStringLiteral("changed or damaged")
                                    : QStringLiteral("cut short"));
}

void TestBackupScans::hostileEntryNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("name");
    const QByteArray digest(64, 'a');
    QTest::newRow("parent folder") << QByteArray("S") << QByteArray("../x");
    QTest::newRow("folder and parent") << QByteArray("S") << QByteArray("aa/../../x");
    QTest::newRow("absolute") << QByteArray("S") << QByteArray("/tmp/" + digest);
    QTest::newRow("not a digest") << QByteArray("S") << QByteArray("aa/passport.pdf");
    QTest::newRow("wrong folder") << QByteArray("S") << QByteArray("ab/" + digest);
    QTest::newRow("upper case") << QByteArray("S") << QByteArray("AA/" + digest.toUpper());
    QTest::newRow("no folder") << QByteArray("S") << digest;
    QTest::newRow("scan key elsewhere") << QByteArray("K") << QByteArray("../scankey");
    QTest::newRow("unknown type") << QByteArray("X") << QByteArray("aa/" + digest);
    // A scan key file whose contents are no key file (its key id would become a file name).
    QTest::newRow("scan key not a key file") << QByteArray("K") << QByteArray("scankey");
}

void TestBackupScans::hostileEntryNamesAreRefused()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, name);
    // A real database, then the crafted record, then a proper end: only the name is wrong.
    const QString journal = path("hostile-source.sqlite");
    if (!QFileInfo::exists(journal))
        QVERIFY(fillJournal(journal, 2));
    QByteArray container = record('D', "journal.sqlite", readFile(journal));
    container += record(type[0], name, "hostile bytes");
    container += record('E', "", "");
    const Result<RecoveryKey> key = RecoveryKey::load(m_key);
    QVERIFY(key);
    QBuffer in(&container), sealed;
    QVERIFY(in.open(QIODevice::ReadOnly) && sealed.open(QIODevice::WriteOnly));
    STORE_VERIFY(EncryptedBackup::encrypt(in, sealed, key->publicKey()));
    const QString file = path("hostile.iinbak");
    QVERIFY(writeFile(file, sealed.data()));

    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("new")));
    const QString target = dir.filePath("new/journal.sqlite");
    const Result<EncryptedBackup::Restored> r =
        EncryptedBackup::restore(file, target, *key, 1000, QString());
    QVERIFY(!r);
    QCOMPARE(r.error().code, QString("backup.container"));
    QStringList left;
    QDirIterator it(dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        left << it.next();
    QCOMPARE(left, QStringList{dir.filePath("new")});
    QVERIFY(!QFileInfo::exists(path("x")));
    QVERIFY(!QFileInfo::exists(path("scankey")));
}

void TestBackupScans::versionOneBackupStillRestores()
{
    // A version-1 file is the encrypted database alone: made from a plain backup by the same
    // function with the old version byte.
    const QString plain = path("plain.sqlite");
    ProcessResult r = runCli({"backup", "--db", m_journal, "--to", plain});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Result<RecoveryKey> key = RecoveryKey::load(m_key);
    QVERIFY(key);
    QFile in(plain);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString v1 = path("v1.iinbak");
    {
        QFile out(v1);
        QVERIFY(out.open(QIODevice::WriteOnly));
        STORE_VERIFY(EncryptedBackup::encrypt(in, out, key->publicKey(), 1));
    }
    const QString restored = path("v1/journal.sqlite");
    QVERIFY(QDir().mkpath(path("v1")));
    r = runCli({"restore", "--from", v1, "--db", restored, "--key", m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value("format_version").toInt(), 1);
    QCOMPARE(answer.value("scans").toInt(), 0);
    QVERIFY(!QFileInfo::exists(restored + ".attachments"));
    auto db = openOrFail(restored);
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM applications").toInt(), 1);
}

void TestBackupScans::scanKeyWithoutRecoveryCopyIsExplained()
{
    // A journal whose key was made with no office recovery key configured.
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-c/scan-keys").toUtf8());
    const QString journal = path("c/journal.sqlite");
    QVERIFY(QDir().mkpath(path("c")));
    const QList<QByteArray> scans{scanContent(7, 20 * 1024), scanContent(8, 30 * 1024)};
    ProcessResult r = submit(journal, scans);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(ScanKeys::state(journal).recoveryCopy, false);
    const QString backup = path("c.iinbak");
    r = runCli({"backup", "--db", journal, "--to", backup, "--encrypt-to", m_pub});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Restored on a machine that never held that key.
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-d/scan-keys").toUtf8());
    const QString restored = path("d/journal.sqlite");
    QVERIFY(QDir().mkpath(path("d")));
    r = runCli({"restore", "--from", backup, "--db", restored, "--key", m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("original machine's key"), r.err.constData());
    QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value("scans").toInt(), 2);
    QCOMPARE(answer.value("scan_key").toString(), QString("unavailable"));
    r = runCli({"scans", "status", "--json", "--db", restored});
    QCOMPARE(r.exitCode, 1);
    answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value("key_available").toBool(), false);
    QCOMPARE(answer.value("recovery_copy").toBool(), false);
    QCOMPARE(answer.value("encrypted").toInt(), 2);

    // With the original machine's key (its key folder) the restored scans read back.
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-c/scan-keys").toUtf8());
    const QString digest = AttachmentStore::sha256Of(scans[1]);
    r = runCli({"scans", "export", "--db", restored, "--application", "1", "--sha256", digest,
                "--out", path("d/back.pdf")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readFile(path("d/back.pdf")), scans[1]);
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", path("machine-a/scan-keys").toUtf8());
}

QTEST_GUILESS_MAIN(TestBackupScans)
#include "TestBackupScans.moc"

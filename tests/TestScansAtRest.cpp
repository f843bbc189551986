// Scans at rest (docs/at-rest.md): registered through the real `iin-desk-cli submit` and through
// the journal, the files on disk hold no plaintext, do not open under another key, and read back
// identically through the journal, `scans export` and the desk's store thread; a changed or cut
// file is refused naming the scan; both keepers; recovery with the office's recovery key; the
// plain scans of an older release encrypted in place, completely, idempotently and safely.
#include "core/atrest/ScanCipher.h"
#include "core/atrest/ScanFolder.h"
#include "core/atrest/ScanKeys.h"
#include "core/atrest/SystemdCreds.h"
#include "core/backup/BackupSettings.h"
#include "core/backup/RecoveryKey.h"
#include "core/journal/Journal.h"
#include "core/services/StoreContext.h"
#include "core/store/AttachmentStore.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "tests/ScanTestData.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace iin;
using namespace iin::test;

namespace {

bool systemdCredsWorks(QString* why)
{
    const Result<QByteArray> sealed = SystemdCreds::encrypt("probe", ScanKeys::CredentialName);
    if (!sealed) {
        *why = sealed.errorMessage();
        return false;
    }
    const Result<QByteArray> back = SystemdCreds::decrypt(*sealed, ScanKeys::CredentialName);
    if (!back || *back != "probe") {
        *why = back ? QStringLiteral("gave back another secret") : back.errorMessage();
        return false;
    }
    return true;
}

} // namespace

class TestScansAtRest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void submittedScansAreEncrypted_data();
    void submittedScansAreEncrypted();
    void changedOrCutScanIsRefusedByName();
    void recoveryKeyRestoresTheScanKey();
    void deskSettingsRecoveryKeyGetsACopy();
    void plainScansOfAnOlderReleaseAreEncrypted();
    void interruptedEncryptionLeavesEveryScanReadable();

private:
    QString journal() const { return m_dir->filePath("journal.sqlite"); }
    void useKeeper(const QString& keeper);
    // Registers one application with two scans through the journal; returns its id.
    qint64 registerThroughJournal(const QList<QByteArray>& scans);
    ProcessResult submitPackage(const QList<QByteArray>& scans);
    QJsonObject status();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScansAtRest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The file keeper's keys: per test, inside the test's folder.
    qputenv("IIN_DESK_SCAN_KEY_FOLDER", m_dir->filePath("config/scan-keys").toUtf8());
    useKeeper(QStringLiteral("file"));
}

void TestScansAtRest::cleanup()
{
    ScanKeys::forget(journal());
    qunsetenv("IIN_DESK_SCAN_KEEPER");
    qunsetenv("IIN_DESK_SCAN_KEY_FOLDER");
    m_dir.reset();
}

void TestScansAtRest::useKeeper(const QString& keeper)
{
    // Read by this process and by the iin-desk-cli it starts.
    qputenv("IIN_DESK_SCAN_KEEPER", keeper.toUtf8());
}

qint64 TestScansAtRest::registerThroughJournal(const QList<QByteArray>& scans)
{
    auto db = openOrFail(journal());
    if (!db)
        return 0;
    Journal j(*db);
    Intake intake = sampleIntake(0);
    intake.attachmentContents = scans;
    const Result<Registration> r = j.registerApplication(intake, sampleDesk());
    if (!r)
        qWarning("%s", qPrintable(r.errorMessage()));
    return r ? r->applicationId : 0;
}

ProcessResult TestScansAtRest::submitPackage(const QList<QByteArray>& scans)
{
    const QString folder = m_dir->filePath("package");
    QDir().mkpath(folder);
    QFile::copy(sourcePath("examples/counter-complete.json"), folder + "/application.json");
    writeFile(folder + "/application.pdf", scans.value(0));
    writeFile(folder + "/passport.pdf", scans.value(1));
    return runCli({"submit", folder + "/application.json", "--db", journal(), "--office", "ALM01",
                   "--desk", "02", "--operator", "clerk.aigerim"});
}

QJsonObject TestScansAtRest::status()
{
    const ProcessResult r = runCli({"scans", "status", "--json", "--db", journal()});
    return QJsonDocument::fromJson(r.out).object();
}

void TestScansAtRest::submittedScansAreEncrypted_data()
{
    QTest::addColumn<QString>("keeper");
    QTest::newRow("systemd-creds") << QStringLiteral("systemd-creds");
    QTest::newRow("file (forced fallback)") << QStringLiteral("file");
}

void TestScansAtRest::submittedScansAreEncrypted()
{
    QFETCH(QString, keeper);
    if (keeper == u"systemd-creds") {
        QString why;
        if (!systemdCredsWorks(&why))
            QSKIP(qPrintable("systemd-creds does not work here: " + why));
    }
    useKeeper(keeper);
    const QList<QByteArray> scans{scanContent(1, 300 * 1024), scanContent(2, 150 * 1024)};
    const ProcessResult r = submitPackage(scans);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Kept as asked, beside the journal or in the key folder.
    const QJsonObject s = status();
    QCOMPARE(s.value("keeper").toString(), keeper);
    QCOMPARE(s.value("key_available").toBool(), true);
    QCOMPARE(s.value("encrypted").toInt(), 2);
    QCOMPARE(s.value("plain").toInt(), 0);
    QCOMPARE(QFile::exists(ScanKeys::credentialPathOf(journal())), keeper == u"systemd-creds");
    QCOMPARE(QDir(m_dir->filePath("config/scan-keys")).entryList(QDir::Files).size(),
             keeper == u"file" ? 1 : 0);

    auto db = openOrFail(journal());
    const StreamKey wrongKey;
    const ScanCipher wrong(wrongKey);
    for (const QByteArray& content : scans) {
        const QString digest = AttachmentStore::sha256Of(content);
        // The file keeps the plain content's digest as its name, but none of its bytes.
        const QByteArray raw = readFile(AttachmentStore(db->attachmentsPath()).pathOf(digest));
        QVERIFY(!raw.isEmpty());
        QVERIFY(raw.startsWith("IINSCAN1"));
        QVERIFY(!raw.contains(ScanMarker));
        QVERIFY(!raw.contains("%PDF"));
        QVERIFY(!raw.contains(content.mid(200, 64)));
        // Another key opens nothing; without a key the store refuses.
        const Result<QByteArray> other = wrong.decrypt(raw, digest);
        QVERIFY(!other);
        QCOMPARE(other.error().code, "scans.other_key");
        QCOMPARE(AttachmentStore(db->attachmentsPath()).get(digest).error().code,
                 "store.scan_key_missing");

        // Read back through the command line: `scans export` writes the scan in clear.
        const QString out = m_dir->filePath(digest + ".pdf");
        const ProcessResult e = runCli({"scans", "export", "--db", journal(), "--application", "1",
                                        "--sha256", digest, "--out", out});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QCOMPARE(readFile(out), content);
    }
    // And through the journal, as the desk's scan preview asks for it.
    ScanKeys::forget(journal());
    Journal j(*db);
    for (const QByteArray& content : scans) {
        const Result<QByteArray> back =
            j.openScan(1, AttachmentStore::sha256Of(content), QStringLiteral("clerk.aigerim"));
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(*back, content);
    }
    // One key made, recorded once.
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE action = 'scans.key_created'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestScansAtRest::changedOrCutScanIsRefusedByName()
{
    const QList<QByteArray> scans{scanContent(3, 200 * 1024), scanContent(4, 10 * 1024)};
    const qint64 id = registerThroughJournal(scans);
    QVERIFY(id > 0);
    auto db = openOrFail(journal());
    Journal j(*db);
    const QString flipped = AttachmentStore::sha256Of(scans[0]);
    const QString cut = AttachmentStore::sha256Of(scans[1]);
    const AttachmentStore files(db->attachmentsPath());

    QByteArray raw = readFile(files.pathOf(flipped));
    raw[raw.size() / 2] = char(raw[raw.size() / 2] ^ 0x01);
    QVERIFY(writeFile(files.pathOf(flipped), raw));
    Result<QByteArray> back = j.openScan(id, flipped, "clerk");
    QVERIFY(!back);
    QCOMPARE(back.error().code, "scans.damaged");
    QVERIFY2(back.errorMessage().contains(flipped), qPrintable(back.errorMessage()));

    raw = readFile(files.pathOf(cut));
    QVERIFY(writeFile(files.pathOf(cut), raw.left(raw.size() - 40)));
    back = j.openScan(id, cut, "clerk");
    QVERIFY(!back);
    QCOMPARE(back.error().code, "scans.damaged");
    QVERIFY2(back.errorMessage().contains(cut), qPrintable(back.errorMessage()));

    // The command line says the same, naming the scan.
    const ProcessResult e =
        runCli({"scans", "export", "--db", journal(), "--application", QString::number(id),
                "--sha256", cut, "--out", m_dir->filePath("cut.pdf")});
    QCOMPARE(e.exitCode, 3);
    QVERIFY2(e.err.contains(cut.toLatin1()), e.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath("cut.pdf")));
}

void TestScansAtRest::recoveryKeyRestoresTheScanKey()
{
    const Result<RecoveryKey> office = RecoveryKey::generate();
    const Result<RecoveryKey> stranger = RecoveryKey::generate();
    QVERIFY(office && stranger);
    const QString privateKey = m_dir->filePath("office.key");
    const QString publicKey = m_dir->filePath("office.pub");
    const QString strangerKey = m_dir->filePath("stranger.key");
    QVERIFY(office->save(privateKey));
    QVERIFY(office->publicKey().save(publicKey));
    QVERIFY(stranger->save(strangerKey));

    const QList<QByteArray> scans{scanContent(5, 100 * 1024), scanContent(6, 70 * 1024)};
    QCOMPARE(submitPackage(scans).exitCode, 0);
    ProcessResult r =
        runCli({"scans", "encrypt", "--db", journal(), "--recovery-public-key", publicKey});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject s = status();
    QCOMPARE(s.value("recovery_copy").toBool(), true);
    QCOMPARE(s.value("recovery_key_id").toString(), office->publicKey().id());

    // The machine's copy is lost (a new disk, a wiped home folder).
    const QString keyFolder = m_dir->filePath("config/scan-keys");
    for (const QString& f : QDir(keyFolder).entryList(QDir::Files))
        QVERIFY(QFile::remove(keyFolder + u'/' + f));
    const QString digest = AttachmentStore::sha256Of(scans[0]);
    const QString out = m_dir->filePath("back.pdf");
    const QStringList exportArgs{"scans", "export",   "--db", journal(), "--application",
                                 "1",     "--sha256", digest, "--out",   out};
    r = runCli(exportArgs);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("scans recover --key"), r.err.constData());
    s = status();
    QCOMPARE(s.value("key_available").toBool(), false);

    // Another office's key is refused and changes nothing.
    r = runCli({"scans", "recover", "--db", journal(), "--key", strangerKey});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QDir(keyFolder).entryList(QDir::Files).isEmpty());

    r = runCli({"scans", "recover", "--db", journal(), "--key", privateKey});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(exportArgs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readFile(out), scans[0]);

    auto db = openOrFail(journal());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE action = 'scans.key_recovered'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// The office's recovery public key configured in the desk's settings (the encrypted backups'
// key): a key made afterwards gets its copy at once, one made before at the next opening.
void TestScansAtRest::deskSettingsRecoveryKeyGetsACopy()
{
    const Result<RecoveryKey> office = RecoveryKey::generate();
    QVERIFY(office);
    const QString publicKey = m_dir->filePath("office.pub");
    QVERIFY(office->publicKey().save(publicKey));

    QVERIFY(registerThroughJournal({scanContent(11, 3000), scanContent(12, 4000)}) > 0);
    QCOMPARE(ScanKeys::state(journal()).recoveryCopy, false);
    {
        QSettings desk(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
        BackupSettings backup = BackupSettings::load(desk);
        backup.publicKeyFile = publicKey;
        backup.save(desk);
        desk.sync();
    }
    ScanKeys::forget(journal()); // as the next start of the program
    const QJsonObject s = status();
    QCOMPARE(s.value("recovery_copy").toBool(), true);
    QCOMPARE(s.value("recovery_key_id").toString(), office->publicKey().id());
    {
        QSettings desk(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
        desk.remove(QStringLiteral("backup"));
    }
}

void TestScansAtRest::plainScansOfAnOlderReleaseAreEncrypted()
{
    // An older release's journal: the same files in clear, and no scan key.
    const QList<QByteArray> first{scanContent(7, 120 * 1024), scanContent(8, 5 * 1024)};
    const QList<QByteArray> second{scanContent(9, 80 * 1024), scanContent(10, 64 * 1024)};
    const qint64 a = registerThroughJournal(first);
    const qint64 b = registerThroughJournal(second);
    QVERIFY(a > 0 && b > 0);
    {
        auto db = openOrFail(journal());
        const AttachmentStore files(db->attachmentsPath());
        for (const QByteArray& content : first + second)
            QVERIFY(writeFile(files.pathOf(AttachmentStore::sha256Of(content)), content));
    }
    const QString keyFolder = m_dir->filePath("config/scan-keys");
    QVERIFY(QDir(keyFolder).removeRecursively());
    QVERIFY(QFile::remove(ScanKeys::metaPathOf(journal())));
    ScanKeys::forget(journal());
    QCOMPARE(status().value("plain").toInt(), 4);
    QCOMPARE(status().value("key").toBool(), false);
    {
        // Still readable before the new release encrypts them.
        auto db = openOrFail(journal());
        const Result<QByteArray> back =
            Journal(*db).openScan(a, AttachmentStore::sha256Of(first[0]), "clerk");
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(*back, first[0]);
    }

    // The desk opens the journal on its store thread's context: that encrypts them.
    {
        StoreContext context(journal(), Database::OpenCheck::Full);
        QVERIFY(context.open());
    }
    QJsonObject s = status();
    QCOMPARE(s.value("encrypted").toInt(), 4);
    QCOMPARE(s.value("plain").toInt(), 0);
    // A second run has nothing to do and records nothing.
    ProcessResult r = runCli({"scans", "encrypt", "--db", journal()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("encrypted_now").toInt(), 0);

    auto db = openOrFail(journal());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT details FROM audit_log WHERE action = 'scans.encrypted'"));
    QVERIFY(q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toByteArray()).object().value("encrypted").toInt(),
             4);
    QVERIFY(!q.next());
    Journal j(*db);
    for (const auto& [id, contents] : {std::pair{a, first}, std::pair{b, second}}) {
        for (const QByteArray& content : contents) {
            const QString digest = AttachmentStore::sha256Of(content);
            QVERIFY(!readFile(AttachmentStore(db->attachmentsPath()).pathOf(digest))
                         .contains(ScanMarker));
            const Result<QByteArray> back = j.openScan(id, digest, "clerk");
            QVERIFY2(back, qPrintable(back.errorMessage()));
            QCOMPARE(*back, content);
        }
    }
}

void TestScansAtRest::interruptedEncryptionLeavesEveryScanReadable()
{
    QList<QByteArray> scans;
    for (int i = 0; i < 3; ++i)
        scans << scanContent(20 + 2 * i, 40 * 1024) << scanContent(21 + 2 * i, 90 * 1024);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << registerThroughJournal(scans.mid(2 * i, 2));
    auto db = openOrFail(journal());
    const Result<ScanKeys::Access> key = ScanKeys::open(journal(), false);
    QVERIFY(key);
    const AttachmentStore plainFiles(db->attachmentsPath());
    for (const QByteArray& content : scans)
        QVERIFY(writeFile(plainFiles.pathOf(AttachmentStore::sha256Of(content)), content));

    // A run stopped half way: two files done, and the temporary file of a third left behind
    // by a power cut before its rename.
    const AttachmentStore files(db->attachmentsPath(), key->cipher);
    QVERIFY(files.encryptInPlace(AttachmentStore::sha256Of(scans[0])));
    QVERIFY(files.encryptInPlace(AttachmentStore::sha256Of(scans[3])));
    const QString third = files.pathOf(AttachmentStore::sha256Of(scans[4]));
    QVERIFY(writeFile(third + ".XYZ123", key->cipher->encrypt(scans[4])->left(1000)));

    Journal j(*db);
    const auto everyScanReads = [&] {
        for (int i = 0; i < scans.size(); ++i) {
            const Result<QByteArray> back =
                j.openScan(ids[i / 2], AttachmentStore::sha256Of(scans[i]), "clerk");
            if (!back || *back != scans[i])
                return false;
        }
        return true;
    };
    QVERIFY(everyScanReads());
    const ScanFolder::Count half = ScanFolder::count(db->attachmentsPath());
    QCOMPARE(half.encrypted, 2);
    QCOMPARE(half.plain, 4);

    const Result<ScanFolder::Run> run = ScanFolder::encryptPlain(*db, "supervisor");
    QVERIFY2(run, qPrintable(run.errorMessage()));
    QCOMPARE(run->encrypted, 4);
    QCOMPARE(run->already, 2);
    QVERIFY(run->failed.isEmpty());
    QVERIFY(everyScanReads());
    QCOMPARE(ScanFolder::count(db->attachmentsPath()).plain, 0);
}

QTEST_GUILESS_MAIN(TestScansAtRest)
#include "TestScansAtRest.moc"

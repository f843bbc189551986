#include "tests/RegistryTestSupport.h"
#include "tests/TestSupport.h"

#include "core/documents/CertificateData.h"
#include "core/documents/CertificateLayout.h"
#include "core/documents/CertificateVerifier.h"
#include "core/documents/DocumentPdf.h"
#include "core/signing/RegistryAttestation.h"
#include "core/signing/SigningKey.h"
#include "core/signing/TrustStore.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace iin;
using namespace iin::test;

// Certificates no desk can forge, end to end: a real iin-registryd with its signing key, a desk
// that syncs (and so gets its own key certified and the registry's attestations), a certificate
// printed from the journal and verified with the registry's trust file; every key file the desk
// holds fails to make a certificate that verifies; a revoked desk key fails.
class TestCertificateTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void registryKeygenNeverOverwrites();
    void deskCertificateVerifiesAndNoDeskKeyForges();

private:
    QString trustFile(const QString& name, const QString& key = "registry.key",
                      const QStringList& extra = {});
    QJsonObject verify(const QString& pdf, const QString& trust, int* exitCode);

    QTemporaryDir m_dir;
    RegistryBackend m_backend;
};

namespace {

QSettings& cliSettings()
{
    static QSettings settings("IIN Desk", "iin-desk-cli");
    return settings;
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// The person of examples/counter-complete.json with other names and IIN: what a forger would
// print.
CertificateData madeUpPerson(bool training = false)
{
    CertificateData d;
    d.iin = "900412300008";
    d.certificateNumber = "ALM01-02-2026-000099";
    d.nameCyrillic = {"ЖАЛҒАН", "АДАМ", ""};
    d.nameLatin = {"ZHALGAN", "ADAM", ""};
    d.birthDate = QDate(1990, 4, 12);
    d.issueDate = QDate::currentDate();
    d.citizenship = "UZB";
    d.training = training;
    return d;
}

} // namespace

void TestCertificateTrust::initTestCase()
{
    if (QStandardPaths::findExecutable("pdftoppm").isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    m_backend.args = {"--db", m_dir.filePath("registry.sqlite")};
}

void TestCertificateTrust::cleanup()
{
    cliSettings().clear();
    cliSettings().sync();
}

QString TestCertificateTrust::trustFile(const QString& name, const QString& key,
                                        const QStringList& extra)
{
    QByteArray out;
    if (!runRegistryd(QStringList{"trust-file", "--signing-key", m_dir.filePath(key)} +
                          m_backend.args + extra,
                      &out))
        return {};
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
        return {};
    return path;
}

QJsonObject TestCertificateTrust::verify(const QString& pdf, const QString& trust, int* exitCode)
{
    const ProcessResult r = runCli({"certificate", "verify", pdf, "--trust", trust});
    *exitCode = r.exitCode;
    return QJsonDocument::fromJson(r.out).object();
}

void TestCertificateTrust::registryKeygenNeverOverwrites()
{
    const QString key = m_dir.filePath("registry.key");
    QByteArray out;
    QVERIFY(runRegistryd(
        {"keygen", "--out", key, "--id", "MP-TEST-1", "--issuer", "Test migration police registry"},
        &out));
    QCOMPARE(QJsonDocument::fromJson(out).object()["key_id"].toString(), "MP-TEST-1");
    QCOMPARE(modeOf(key), 0600);
    QFile f(key);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QVERIFY(!runRegistryd({"keygen", "--out", key, "--id", "MP-TEST-2"}));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();

    // The desk's tool refuses the same, for the key and for --public.
    const QString trust = m_dir.filePath("public.json");
    QFile existing(trust);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("{\"keys\": []}");
    existing.close();
    const ProcessResult overKey = runCli({"certificate", "keygen", "--out", key});
    QCOMPARE(overKey.exitCode, 2);
    const QString fresh = m_dir.filePath("fresh.key");
    const ProcessResult overTrust =
        runCli({"certificate", "keygen", "--out", fresh, "--public", trust});
    QCOMPARE(overTrust.exitCode, 2);
    QVERIFY(!QFile::exists(fresh)); // nothing made when the public file is refused
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("{\"keys\": []}"));
}

void TestCertificateTrust::deskCertificateVerifiesAndNoDeskKeyForges()
{
    const QString registryKey = m_dir.filePath("registry.key");
    if (!QFile::exists(registryKey)) // made by registryKeygenNeverOverwrites unless run alone
        QVERIFY(runRegistryd({"keygen", "--out", registryKey, "--id", "MP-TEST-1"}));
    const QString token = addDesk(m_backend, "ALM-01");
    QVERIFY(!token.isEmpty());
    RegistryProcess registry;
    QString why;
    QVERIFY2(registry.start(m_backend, {"--signing-key", registryKey}, &why), qPrintable(why));
    const QString url = QString("http://127.0.0.1:%1").arg(registry.port());

    // The desk: its own folder, a journal, one application.
    const QString deskDir = m_dir.filePath("desk");
    QVERIFY(QDir().mkpath(deskDir));
    const QString journal = deskDir + "/journal.sqlite";
    const ProcessResult submitted =
        runCli({"submit", sourcePath("examples/counter-complete.json"), "--db", journal, "--office",
                "ALM01", "--desk", "02", "--operator", "clerk.aigerim"});
    QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
    const qint64 id = QJsonDocument::fromJson(submitted.out).object()["application_id"].toInteger();

    // First sync with the real registry (the desk's own sync worker, in this process, so that
    // the token travels as the desk keeps it): the IIN with its attestation, the desk key
    // certified.
    {
        SyncWorker::Options options;
        options.databasePath = journal;
        options.endpoint.baseUrl = QUrl(url);
        options.endpoint.deskToken = token;
        options.pollInterval = std::chrono::milliseconds(200);
        SyncWorker worker(options);
        worker.start();
        QElapsedTimer waited;
        waited.start();
        bool certified = false;
        while (waited.elapsed() < 30000 && !(worker.state().formed == 1 && certified)) {
            QTest::qWait(100);
            auto db = Database::open(journal);
            QSqlQuery q((*db)->sql());
            certified =
                q.exec("SELECT count(*) FROM desk_keys") && q.next() && q.value(0).toInt() == 1;
        }
        worker.stop();
        QVERIFY2(certified && worker.state().formed == 1, qPrintable(worker.state().lastError));
    }
    const QString deskKey = deskDir + "/desk-signing.key";
    QVERIFY(QFile::exists(deskKey));
    QCOMPARE(modeOf(deskKey), 0600);
    {
        auto db = Database::open(journal);
        QVERIFY(db);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QString("SELECT registry_attestation, iin FROM applications WHERE id = %1")
                           .arg(id)) &&
                q.next());
        const auto attestation = RegistryAttestation::parse(q.value(0).toByteArray());
        QVERIFY2(attestation, q.value(0).toByteArray().constData());
        QCOMPARE(attestation->iin, q.value(1).toString());
        QCOMPARE(attestation->keyId, "MP-TEST-1");
        QVERIFY(q.exec("SELECT count(*) FROM desk_keys") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A real print from the journal, verified with the registry's trust file.
    cliSettings().setValue("registry/url", url);
    cliSettings().sync();
    const QString pdf = m_dir.filePath("real.pdf");
    // A real print consumes a security-paper blank the office received (docs/office.md).
    const ProcessResult received = runCli({"blanks", "receive", "--first", "1", "--last", "5",
                                           "--db", journal, "--operator", "supervisor.dana"});
    QVERIFY2(received.exitCode == 0, received.err.constData());
    const ProcessResult printed = runCli({"certificate", QString::number(id), "--db", journal,
                                          "--pdf", pdf, "--operator", "officer.nurlan"});
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    const QJsonObject print = QJsonDocument::fromJson(printed.out).object();
    QCOMPARE(print["training"].toBool(), false);
    QCOMPARE(print["key_id"].toString(), "MP-TEST-1");
    const QString trust = trustFile("trust.json");
    QVERIFY(!trust.isEmpty());
    int exit = -1;
    QJsonObject v = verify(pdf, trust, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(v["verdict"].toString(), "genuine");
    QCOMPARE(v["desk_id"].toString(), "ALM-01");
    QCOMPARE(v["certificate_number"].toString(), print["certificate_number"].toString());
    // Without the trust file the same certificate proves nothing.
    QCOMPARE(runCli({"certificate", "verify", pdf}).exitCode, 1);

    // Every key file the desk holds, and the training keys every desk has: none makes a
    // certificate for a made-up person that verifies.
    QList<SigningKey> held{SigningKey::training(), SigningKey::trainingDesk()};
    const QStringList files = QDir(deskDir).entryList(QDir::Files);
    for (const QString& file : files) {
        const Result<SigningKey> key = SigningKey::load(deskDir + "/" + file);
        if (key)
            held.append(*key);
    }
    QCOMPARE(held.size(), 3);
    TrustStore store;
    QVERIFY(store.loadFile(trust));
    int forgeries = 0;
    for (const SigningKey& key : held) {
        for (const SigningKey& desk : held) {
            // The key passed as the registry's: under its own id and under the registry's.
            for (const QString& registryId : {key.keyId(), QString("MP-TEST-1")}) {
                for (bool training : {false, true}) {
                    auto payload = CertificatePayload::fromCertificate(madeUpPerson(training));
                    QVERIFY(payload);
                    auto a = RegistryAttestation::make(payload->iin, payload->nameCyrillic,
                                                       payload->nameLatin, payload->birthDate,
                                                       QDate::currentDate(), key);
                    QVERIFY(a);
                    a->keyId = registryId;
                    a->training = training;
                    a->signature = key.sign(a->signedPart());
                    payload->version = 2;
                    payload->keyId = a->keyId;
                    payload->attestedOn = a->attestedOn;
                    payload->signature = a->signature;
                    payload->deskKeyId = desk.keyId();
                    payload->deskSignature = desk.sign(payload->signedPart());
                    const Verification forged =
                        CertificateVerifier::verify(payload->encode(), store);
                    QVERIFY2(!forged.genuine(), qPrintable(forged.reason));
                    // Version 1 under the registry's id.
                    CertificatePayload v1 = *payload;
                    v1.version = 1;
                    v1.keyId = registryId;
                    v1.signature = key.sign(v1.signedPart());
                    QVERIFY(!CertificateVerifier::verify(v1.encode(), store).genuine());
                    forgeries += 2;
                }
            }
        }
    }
    QCOMPARE(forgeries, 72);
    // One forgery as paper, through the command line: not genuine.
    {
        auto payload = CertificatePayload::fromCertificate(madeUpPerson());
        const SigningKey& desk = held.last();
        auto a = RegistryAttestation::make(payload->iin, payload->nameCyrillic, payload->nameLatin,
                                           payload->birthDate, QDate::currentDate(), desk);
        a->keyId = "MP-TEST-1";
        a->signature = desk.sign(a->signedPart());
        QVERIFY(payload->sign(*a, desk));
        const QString forged = m_dir.filePath("forged.pdf");
        QVERIFY(DocumentPdf::write(forged, "forged", [&](QPagedPaintDevice* device) {
            return CertificateLayout::paintSigned(madeUpPerson(), *payload, device);
        }));
        QCOMPARE(verify(forged, trust, &exit)["verdict"].toString(), "not_genuine");
        QCOMPARE(exit, 1);
    }
    // render signs nothing with a real key: previews and training prints only.
    QFile::copy(sourcePath("examples/documents/certificate.json"), m_dir.filePath("c.json"));
    for (const QString& file : files) {
        if (!SigningKey::load(deskDir + "/" + file))
            continue;
        const ProcessResult rendered = runCli(
            {"certificate", "render", "--json", sourcePath("examples/documents/certificate.json"),
             "--pdf", m_dir.filePath("render.pdf"), "--key", deskDir + "/" + file});
        QCOMPARE(rendered.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath("render.pdf")));
    }

    // A reprint is a duplicate with the same number and date: as genuine as the original.
    const QString reprint = m_dir.filePath("reprint.pdf");
    const ProcessResult again = runCli({"certificate", QString::number(id), "--db", journal,
                                        "--pdf", reprint, "--operator", "officer.nurlan"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).object()["duplicate"].toBool(), true);
    v = verify(reprint, trust, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(v["certificate_number"].toString(), print["certificate_number"].toString());

    // The registry's key rotates: the new trust file keeps the old registry key (for the
    // attestations it made) and certifies the desk keys again with the new one.
    QVERIFY(
        runRegistryd({"keygen", "--out", m_dir.filePath("registry-2.key"), "--id", "MP-TEST-2"}));
    const QString rotated =
        trustFile("trust-rotated.json", "registry-2.key", {"--previous", trust});
    QVERIFY(!rotated.isEmpty());
    v = verify(pdf, rotated, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(v["key_id"].toString(), "MP-TEST-1");
    // Without the old key's entry the attestation is from an unknown key.
    QCOMPARE(verify(pdf, trustFile("trust-new-only.json", "registry-2.key"), &exit)["verdict"]
                 .toString(),
             "unknown_key");

    // The registry revokes the desk's key: the certificate it signed no longer verifies.
    QByteArray out;
    QVERIFY(
        runRegistryd(QStringList{"revoke-desk-key", "--desk", "ALM-01"} + m_backend.args, &out));
    QCOMPARE(QJsonDocument::fromJson(out).object()["revoked"].toArray().size(), 1);
    const QString revoked = trustFile("trust-revoked.json");
    v = verify(pdf, revoked, &exit);
    QCOMPARE(exit, 1);
    QCOMPARE(v["verdict"].toString(), "not_genuine");
    QVERIFY(v["reason"].toString().contains("revoked"));
    // The old trust file still says genuine: verifiers must load the newest one.
    QCOMPARE(verify(pdf, trust, &exit)["verdict"].toString(), "genuine");
    registry.stop();
}

QTEST_MAIN(TestCertificateTrust)
#include "TestCertificateTrust.moc"

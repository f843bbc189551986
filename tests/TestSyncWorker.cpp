// The sync worker in-process: against the embedded training registry (the real server code on
// loopback), and against a fake upstream (tests/FakeUpstream) that answers badly —
// malformed, oversized, slow, wrongly typed, or with an IIN that does not fit the applicant.
#include "core/journal/Outbox.h"
#include "core/person/Iin.h"
#include "core/registry/RegistryConnection.h"
#include "core/registry/RegistryRequest.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"
#include "server/TrainingRegistry.h"
#include "tests/FakeUpstream.h"
#include "tests/StoreTestData.h"
#include "tests/SyncTestSupport.h"
#include "tests/TestSupport.h"

#include "core/registry/DeskKeyStore.h"
#include "core/signing/RegistryAttestation.h"
#include "core/signing/SigningKey.h"
#include "server/DeskCredentials.h"
#include "server/RegistryHttpServer.h"
#include "server/RegistryService.h"
#include "server/RegistryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

namespace {

// The shared fake upstream, answering each request as the current mode says.
class SyncUpstream : public FakeUpstream
{
public:
    enum class Mode
    {
        Good,          // a correct answer, formed
        Malformed,     // not JSON
        Oversized,     // 5 MiB of JSON
        Slow,          // never answers
        WrongType,     // "iin" as a number
        MismatchedIin, // a valid IIN with another birth date
        Unavailable,   // 503 with a protocol error and Retry-After: 1
        BadGateway,    // 502 without a protocol error (a proxy whose registry is away)
    };

    SyncUpstream()
    {
        onRequest([this](QTcpSocket* s, const QByteArray& head, const QByteArray& body) {
            handle(s, head, body);
        });
    }
    Mode mode = Mode::Good;

private:
    // A correct answer for one request: an IIN of the applicant's birth date and sex.
    static QJsonObject answerFor(const QJsonObject& request, bool mismatch)
    {
        const Result<RegistryRequest> r = RegistryRequest::fromJson(request);
        QDate birth = r->birthDate;
        if (mismatch)
            birth = birth.addDays(1);
        static int serial = 1;
        std::optional<Iin> iin;
        while (!iin)
            iin = Iin::fromPrefix(*Iin::prefixFor(birth, r->sex, serial++));
        return QJsonObject{{"idempotency_key", request.value("idempotency_key")},
                           {"state", "formed"},
                           {"iin", iin->toString()},
                           {"answered_at", "2026-11-24T10:00:00Z"}};
    }

    void handle(QTcpSocket* s, const QByteArray& head, const QByteArray& body)
    {
        const bool isGet = head.startsWith("GET ");
        switch (mode) {
        case Mode::Slow:
            return;
        case Mode::Malformed:
            return reply(s, 200, "{\"results\": [ not json");
        case Mode::Oversized:
            return reply(s, 200, "{\"x\":\"" + QByteArray(5 * 1024 * 1024, 'a') + "\"}");
        case Mode::Unavailable:
            return reply(
                s, 503,
                R"({"error":{"code":"registry_unavailable","message":"down","retryable":true}})",
                "Retry-After: 1\r\n");
        case Mode::BadGateway:
            return reply(s, 502, "<html>Bad gateway</html>");
        case Mode::Good:
        case Mode::WrongType:
        case Mode::MismatchedIin:
            break;
        }
        if (isGet) // "do you have this key?" — never, here
            return reply(s, 404,
                         R"({"error":{"code":"unknown_key","message":"no","retryable":false}})");
        const QJsonArray requests =
            QJsonDocument::fromJson(body).object().value("requests").toArray();
        QJsonArray results;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QJsonObject answer = answerFor(requests[i].toObject(), mode == Mode::MismatchedIin);
            if (mode == Mode::WrongType)
                answer.insert("iin", 123456789012.0);
            results.append(QJsonObject{{"index", int(i)}, {"status", 200}, {"answer", answer}});
        }
        reply(s, 200,
              QJsonDocument(QJsonObject{{"results", results}}).toJson(QJsonDocument::Compact));
    }
};

SyncWorker::Options fastOptions(const QString& db, const RegistryEndpoint& endpoint)
{
    SyncWorker::Options o;
    o.databasePath = db;
    o.endpoint = endpoint;
    o.backoff.initial = std::chrono::seconds(1);
    o.backoff.maximum = std::chrono::seconds(1);
    o.pollInterval = std::chrono::milliseconds(200);
    return o;
}

} // namespace

class TestSyncWorker : public QObject
{
    Q_OBJECT

private slots:
    void drainsToTrainingRegistry();
    void settingsChooseTheRegistry();
    void badAnswersAreRecordedAndRetried_data();
    void badAnswersAreRecordedAndRetried();
    void mismatchedIinIsNeverWritten();
    void pauseGuardHoldsTheQueue();
    void overdueRequestsAreCounted();
    void waitingEntriesComeForwardWhenTheRegistryReturns();
    void unavailableRegistryIsTriedAgainSoon();
    void deskKeyCertifiedAndAttestationsKeptAtFirstSync();
};

void TestSyncWorker::drainsToTrainingRegistry()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 150));

    Result<RegistryLink> link =
        RegistryLink::open(RegistrySettings{}, db, &server::TrainingRegistry::start);
    QVERIFY2(link.ok(), qPrintable(link.errorMessage()));
    QVERIFY(link->connection.isTraining());
    QCOMPARE(link->training->databaseFile(), dir.filePath("training-registry.sqlite"));
    // A second program on the same journal (the CLI beside the desk) shares the credential,
    // which only the owner may read.
    {
        Result<RegistryLink> other =
            RegistryLink::open(RegistrySettings{}, db, &server::TrainingRegistry::start);
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        QCOMPARE(other->connection.endpoint().deskToken, link->connection.endpoint().deskToken);
        QVERIFY(other->connection.endpoint().baseUrl != link->connection.endpoint().baseUrl);
        const auto perms = QFile::permissions(dir.filePath("training-registry.sqlite.token"));
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    SyncWorker::Options o = fastOptions(db, link->connection.endpoint());
    o.training = true;
    SyncWorker worker(o);
    QSignalSpy changed(&worker, &SyncWorker::stateChanged);
    worker.start();
    QVERIFY(QTest::qWaitFor(
        [&] { return worker.state().formed == 150 && worker.state().pending == 0; }, 60000));
    const SyncState s = worker.state();
    QVERIFY(s.training);
    QVERIFY(s.online);
    QVERIFY(s.lastSync.isValid());
    QCOMPARE(s.sent, 150); // two batches of 100 and 50, nothing sent twice
    QVERIFY(!changed.isEmpty());
    worker.stop();

    // Training IINs come with the training registry's attestation; no desk key is made.
    {
        std::unique_ptr<Database> journal = openOrFail(db);
        const auto a = RegistryAttestation::parse(
            scalar(*journal, "SELECT registry_attestation FROM applications LIMIT 1")
                .toByteArray());
        QVERIFY(a && a->training && a->verify(SigningKey::training().publicKey()));
        QCOMPARE(scalar(*journal, "SELECT count(*) FROM desk_keys").toInt(), 0);
        QVERIFY(!QFile::exists(DeskKeyStore::defaultKeyFile(db)));
    }
    const QString registryFile = link->training->databaseFile();
    link = Error{}; // stops the training registry
    const SyncInvariants inv = checkSyncInvariants(db, registryFile, "TRAINING", 150);
    QVERIFY2(inv.ok, qPrintable(inv.why));
    QString why;
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncWorker::settingsChooseTheRegistry()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    QVERIFY(RegistryConnection::fromSettings(RegistrySettings::load(settings))->isTraining());

    settings.setValue("registry/url", "https://registry.example:8443");
    settings.setValue("registry/deskId", "ALM-01");
    settings.setValue("registry/deskToken", "secret");
    Result<RegistryConnection> c =
        RegistryConnection::fromSettings(RegistrySettings::load(settings));
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QVERIFY(!c->isTraining());
    QCOMPARE(c->endpoint().deskToken, QString("ALM-01:secret"));
    QCOMPARE(c->endpoint().baseUrl, QUrl("https://registry.example:8443"));

    settings.setValue("registry/caFile", dir.filePath("missing.pem"));
    c = RegistryConnection::fromSettings(RegistrySettings::load(settings));
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QString("registry.ca_file"));

    QCOMPARE(RegistryConnection::fromSettings({"ftp://x", "a:b", {}}).error().code,
             QString("registry.url"));
    QCOMPARE(RegistryConnection::fromSettings({"https://x", "", {}}).error().code,
             QString("registry.credential"));
    // Plain http only to this computer: elsewhere the credential would cross the network in
    // clear text.
    for (const char* url : {"http://registry.example:8443", "http://10.0.0.5",
                            "http://[fe80::1]:8443", "http://127.0.0.1.example.com"})
        QCOMPARE(
            RegistryConnection::fromSettings({QString::fromLatin1(url), "a:b", {}}).error().code,
            QString("registry.plain_http"));
    for (const char* url :
         {"http://localhost:8443", "http://LOCALHOST", "http://127.0.0.1:1", "http://127.8.9.10",
          "http://[::1]:8443", "https://registry.example:8443"})
        QVERIFY2(RegistryConnection::fromSettings({QString::fromLatin1(url), "a:b", {}}).ok(), url);
}

void TestSyncWorker::badAnswersAreRecordedAndRetried_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << int(SyncUpstream::Mode::Malformed) << "malformed_answer";
    QTest::newRow("oversized") << int(SyncUpstream::Mode::Oversized) << "answer_too_large";
    QTest::newRow("slow") << int(SyncUpstream::Mode::Slow) << "timeout";
    QTest::newRow("wrong type") << int(SyncUpstream::Mode::WrongType) << "malformed_answer";
    QTest::newRow("unavailable") << int(SyncUpstream::Mode::Unavailable) << "registry_unavailable";
}

void TestSyncWorker::badAnswersAreRecordedAndRetried()
{
    QFETCH(int, mode);
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 3));
    SyncUpstream fake;
    fake.mode = SyncUpstream::Mode(mode);
    RegistryEndpoint endpoint{QUrl("http://127.0.0.1:" + QString::number(fake.port())), "D:s"};
    endpoint.timeout = std::chrono::milliseconds(700);
    SyncWorker worker(fastOptions(db, endpoint));
    worker.start();

    std::unique_ptr<Database> journal = openOrFail(db);
    Outbox outbox(*journal);
    // The failure is recorded on the entry, with its code, and the entry stays queued.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto e = outbox.entryForApplication(1);
            return e.ok() && *e && (*e)->attempts >= 1 && (*e)->lastError.startsWith(code + ":");
        },
        20000));
    const auto e = *outbox.entryForApplication(1);
    QCOMPARE(e->state == OutboxState::Pending || e->state == OutboxState::InFlight, true);
    QVERIFY(scalar(*journal, "SELECT count(*) FROM applications WHERE iin IS NOT NULL").toInt() ==
            0);
    QVERIFY(QTest::qWaitFor([&] { return !worker.state().lastError.isEmpty(); }, 5000));

    // The upstream recovers: the same entries go through, nothing lost.
    fake.mode = SyncUpstream::Mode::Good;
    QVERIFY(QTest::qWaitFor(
        [&] { return worker.state().pending == 0 && worker.state().formed == 3; }, 20000));
    QCOMPARE(scalar(*journal, "SELECT count(*) FROM applications WHERE status = 'iin_assigned'"
                              " AND iin IS NOT NULL")
                 .toInt(),
             3);
    worker.stop();
    QString why;
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncWorker::mismatchedIinIsNeverWritten()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 2));
    SyncUpstream fake;
    fake.mode = SyncUpstream::Mode::MismatchedIin;
    SyncWorker::Options o = fastOptions(
        db, RegistryEndpoint{QUrl("http://127.0.0.1:" + QString::number(fake.port())), "D:s"});
    o.backoff.maximum = std::chrono::hours(1);
    SyncWorker worker(o);
    worker.start();
    QVERIFY(QTest::qWaitFor([&] { return worker.state().attention == 2; }, 20000));
    std::unique_ptr<Database> journal = openOrFail(db);
    QCOMPARE(scalar(*journal, "SELECT count(*) FROM applications WHERE iin IS NOT NULL").toInt(),
             0);
    QCOMPARE(scalar(*journal, "SELECT count(*) FROM outbox WHERE state = 'pending'"
                              " AND last_error LIKE 'answer_mismatch:%'")
                 .toInt(),
             2);
    // Held for a person: the longest delay, not the next second.
    const auto e = *Outbox(*journal).entryForApplication(1);
    QVERIFY(e->nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(30 * 60));
    QCOMPARE(worker.state().formed, 0);
    worker.stop();
}

void TestSyncWorker::pauseGuardHoldsTheQueue()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 5));
    SyncUpstream fake;
    SyncWorker worker(fastOptions(
        db, RegistryEndpoint{QUrl("http://127.0.0.1:" + QString::number(fake.port())), "D:s"}));
    {
        SyncWorker::PauseGuard guard = worker.pause();
        QVERIFY(worker.isPaused());
        worker.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return worker.state().paused && worker.state().pending == 5; }, 10000));
        QTest::qWait(500);
        QCOMPARE(fake.requests, 0);
        SyncWorker::PauseGuard moved = std::move(guard); // still one pause
        QTest::qWait(300);
        QCOMPARE(fake.requests, 0);
    }
    QVERIFY(!worker.isPaused());
    QVERIFY(QTest::qWaitFor([&] { return worker.state().pending == 0; }, 20000));
    QVERIFY(!worker.state().paused);
    QCOMPARE(worker.state().formed, 5);
}

void TestSyncWorker::overdueRequestsAreCounted()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 3));
    {
        std::unique_ptr<Database> journal = openOrFail(db);
        // Two requests were queued yesterday.
        QVERIFY(execSql(*journal, "UPDATE outbox SET created_at = '2026-01-01T00:00:00.000Z'"
                                  " WHERE id <= 2"));
        const auto overdue =
            Outbox(*journal).overdue(QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(overdue.ok());
        QCOMPARE(overdue->size(), 2);
    }
    SyncUpstream fake;
    fake.mode = SyncUpstream::Mode::Slow; // stalls: nothing ever comes back
    RegistryEndpoint endpoint{QUrl("http://127.0.0.1:" + QString::number(fake.port())), "D:s"};
    endpoint.timeout = std::chrono::milliseconds(500);
    SyncWorker worker(fastOptions(db, endpoint));
    worker.start();
    QVERIFY(QTest::qWaitFor([&] { return worker.state().overdue == 2 && worker.state().sent > 0; },
                            10000));
    QVERIFY(!worker.state().online);
    fake.mode = SyncUpstream::Mode::Good;
    QVERIFY(QTest::qWaitFor([&] { return worker.state().pending == 0; }, 20000));
    QCOMPARE(worker.state().overdue, 0);
}

void TestSyncWorker::waitingEntriesComeForwardWhenTheRegistryReturns()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 1));
    SyncUpstream fake;
    fake.mode = SyncUpstream::Mode::BadGateway;
    SyncWorker::Options o = fastOptions(
        db, RegistryEndpoint{QUrl("http://127.0.0.1:" + QString::number(fake.port())), "D:s"});
    o.backoff.initial = std::chrono::hours(1); // without help, the entry would wait an hour
    o.backoff.maximum = std::chrono::hours(1);
    SyncWorker worker(o);
    worker.start();
    std::unique_ptr<Database> journal = openOrFail(db);
    Outbox outbox(*journal);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto e = outbox.entryForApplication(1);
            return e.ok() && *e && (*e)->attempts == 1 && (*e)->state == OutboxState::Pending;
        },
        10000));
    QVERIFY((*outbox.entryForApplication(1))->nextAttemptAt >
            QDateTime::currentDateTimeUtc().addSecs(30 * 60));

    // The registry is back; a new registration goes through and finds it.
    fake.mode = SyncUpstream::Mode::Good;
    QVERIFY(fillJournal(db, 1, 1));
    worker.wake();
    QVERIFY(QTest::qWaitFor([&] { return worker.state().pending == 0; }, 10000));
    QCOMPARE(worker.state().formed, 2);
}

// The registry says it is temporarily unavailable (its database restarts): the desk tries again
// at its Retry-After, not after the growing delay, and tells the clerk so, not a credential error.
void TestSyncWorker::unavailableRegistryIsTriedAgainSoon()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 2));
    SyncUpstream fake;
    fake.mode = SyncUpstream::Mode::Unavailable;
    SyncWorker::Options o = fastOptions(
        db, RegistryEndpoint{QUrl("http://127.0.0.1:" + QString::number(fake.port())), "D:s"});
    o.backoff.initial = std::chrono::hours(1); // a growing delay would hold the entries an hour
    o.backoff.maximum = std::chrono::hours(1);
    SyncWorker worker(o);
    worker.start();
    std::unique_ptr<Database> journal = openOrFail(db);
    Outbox outbox(*journal);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto e = outbox.entryForApplication(1);
            return e.ok() && *e && (*e)->attempts >= 1 &&
                   (*e)->lastError.startsWith("registry_unavailable:");
        },
        10000));
    const OutboxEntry e = **outbox.entryForApplication(1);
    // Retry-After: 1, spread by the jitter; well within a minute in any case.
    if (e.state == OutboxState::Pending)
        QVERIFY(e.nextAttemptAt < QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(!e.uncertain);
    QVERIFY(QTest::qWaitFor([&] { return !worker.state().lastError.isEmpty(); }, 5000));
    QCOMPARE(worker.state().lastError,
             RegistryClient::protocolErrorText("registry_unavailable", QString()));
    QVERIFY(worker.state().online);
    QCOMPARE(worker.state().attention, 0);

    // The registry answers again: the entries go through by themselves, no wake-up needed.
    fake.mode = SyncUpstream::Mode::Good;
    QVERIFY(QTest::qWaitFor([&] { return worker.state().formed == 2; }, 30000));
    QCOMPARE(worker.state().pending, 0);
}

// A real registry (the server's own code, in-process on loopback) with a signing key: the first
// sync makes the desk's key beside the journal and gets it certified, and every IIN is kept with
// the registry's attestation; a second start asks for nothing again.
void TestSyncWorker::deskKeyCertifiedAndAttestationsKeptAtFirstSync()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 4));
    auto store = server::RegistryStore::openSqlite(dir.filePath("registry.sqlite"));
    QVERIFY(store);
    server::DeskCredentials credentials(**store);
    const Result<QString> token = credentials.addDesk("ALM-01");
    QVERIFY(token);
    auto registryKey = SigningKey::generate("MP-TEST-1", "Test registry");
    QVERIFY(registryKey);
    server::RegistryService service(**store);
    service.setSigningKey(*registryKey);
    server::RegistryHttpServer http(service, credentials);
    QVERIFY(http.listen({}));
    const RegistryEndpoint endpoint{QUrl("http://127.0.0.1:" + QString::number(http.port())),
                                    *token};

    for (int run = 0; run < 2; ++run) {
        SyncWorker worker(fastOptions(db, endpoint));
        worker.start();
        std::unique_ptr<Database> journal = openOrFail(db);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return worker.state().pending == 0 &&
                       scalar(*journal, "SELECT count(*) FROM desk_keys").toInt() == 1;
            },
            20000));
        worker.stop();
    }
    const QString keyFile = DeskKeyStore::defaultKeyFile(db);
    const auto deskKey = SigningKey::load(keyFile);
    QVERIFY2(deskKey, qPrintable(deskKey.errorMessage()));
    QVERIFY(!(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    std::unique_ptr<Database> journal = openOrFail(db);
    const auto certified = DeskKeyStore::find(journal->sql(), deskKey->keyId());
    QVERIFY(certified && *certified);
    QCOMPARE((*certified)->certificate.deskId, "ALM-01");
    QVERIFY((*certified)->certificate.verify(registryKey->publicKey()));
    QVERIFY((*certified)->certificate.covers(QDate::currentDate()));
    // One certification at the registry, though the worker started twice.
    QSqlQuery q = (*store)->newQuery();
    QVERIFY(q.exec("SELECT count(*) FROM desk_keys") && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    QSqlQuery rows(journal->sql());
    QVERIFY(rows.exec("SELECT iin, registry_attestation FROM applications"));
    int attested = 0;
    while (rows.next()) {
        const auto a = RegistryAttestation::parse(rows.value(1).toByteArray());
        QVERIFY2(a, rows.value(1).toByteArray().constData());
        QCOMPARE(a->iin, rows.value(0).toString());
        QVERIFY(a->verify(registryKey->publicKey()));
        ++attested;
    }
    QCOMPARE(attested, 4);
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "TestSyncWorker.moc"

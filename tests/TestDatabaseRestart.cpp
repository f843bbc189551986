// The registry over a private PostgreSQL cluster that is stopped and started again under it
// (issue 13; security review finding 4): while the database is away requests get 503
// registry_unavailable with Retry-After, never 401, /v1/ready says so and /v1/health does not;
// the registry re-opens its connection when the database is back, and a desk that drains its
// queue through the restart gets every application answered once, soon, with no credential error.
#include "core/registry/RegistryClient.h"
#include "core/registry/RegistryProtocol.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"
#include "tests/RegistryTestSupport.h"
#include "tests/SyncTestSupport.h"
#include "tests/TestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iin;
using namespace iin::test;

namespace {

const QString DeskId = "ALM-01";

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()["error"].toObject()["code"].toString(); }
    bool retryable() const { return json()["error"].toObject()["retryable"].toBool(); }
};

Reply http(quint16 port, const QByteArray& method, const QString& path, const QString& token = {},
           const QByteArray& body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QString("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

QByteArray submitBody(int n)
{
    RegistryRequest r = samplePerson(n);
    r.idempotencyKey = QUuid::createUuid();
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDatabaseRestart : public QObject
{
    Q_OBJECT

private:
    RegistryBackend newBackend(const QString& name) { return freshBackend(m_pg.get(), {}, name); }

    std::unique_ptr<PostgresCluster> m_pg;

private slots:
    void initTestCase() { IIN_START_POSTGRES(m_pg); }

    void unavailableWhileTheDatabaseIsStopped()
    {
        const RegistryBackend backend = newBackend("stopped");
        const QString token = addDesk(backend, DeskId);
        QVERIFY(!token.isEmpty());
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {}, &why), qPrintable(why));
        const quint16 port = server.port();

        const QByteArray first = submitBody(1);
        const Reply formed = http(port, "POST", "/v1/iin-requests", token, first);
        QCOMPARE(formed.status, 200);
        QCOMPARE(http(port, "GET", "/v1/ready").status, 200);
        QCOMPARE(http(port, "GET", "/v1/ready").json()["status"].toString(), QString("ready"));

        QVERIFY2(m_pg->stop(&why), qPrintable(why));
        auto restart = qScopeGuard([&] { m_pg->resume(nullptr); });

        // Liveness without the database; readiness and every desk request: 503, retryable.
        QCOMPARE(http(port, "GET", "/v1/health").status, 200);
        const Reply notReady = http(port, "GET", "/v1/ready");
        QCOMPARE(notReady.status, 503);
        QCOMPARE(notReady.errorCode(), QString("registry_unavailable"));
        const QByteArray second = submitBody(2);
        for (int i = 0; i < 3; ++i) {
            const Reply r = http(port, "POST", "/v1/iin-requests", token, second);
            QCOMPARE(r.status, 503);
            QCOMPARE(r.errorCode(), QString("registry_unavailable"));
            QVERIFY(r.retryable());
            bool number = false;
            const int seconds = r.retryAfter.toInt(&number);
            QVERIFY2(number && seconds >= 1 && seconds <= 5, r.retryAfter.constData());
        }
        // The same through the desk's client: try again soon, at the registry's word.
        RegistryClient client(
            RegistryEndpoint{QUrl(QString("http://127.0.0.1:%1").arg(port)), token});
        const RegistryResult viaClient = submitAndWait(client, samplePerson(3));
        QCOMPARE(viaClient.error.code, QString("registry_unavailable"));
        QCOMPARE(viaClient.httpStatus, 503);
        QVERIFY(viaClient.retryable);
        QVERIFY(!viaClient.ambiguous);
        QVERIFY(viaClient.retryAfter.has_value());
        QCOMPARE(viaClient.error.message,
                 RegistryClient::protocolErrorText("registry_unavailable", QString()));
        // A batch and a query alike; a wrong secret cannot be told apart now, and is not
        // called wrong.
        const Reply batch = http(port, "POST", "/v1/iin-requests/batch", token,
                                 "{\"requests\":[" + submitBody(4) + "]}");
        QCOMPARE(batch.status, 503);
        QCOMPARE(batch.errorCode(), QString("registry_unavailable"));
        const Reply query =
            http(port, "GET",
                 "/v1/iin-requests/" + QUuid::createUuid().toString(QUuid::WithoutBraces), token);
        QCOMPARE(query.status, 503);
        QCOMPARE(http(port, "POST", "/v1/iin-requests", DeskId + ":wrong-secret", second).status,
                 503);

        restart.dismiss();
        QVERIFY2(m_pg->resume(&why), qPrintable(why));
        QVERIFY2(
            QTest::qWaitFor([&] { return http(port, "GET", "/v1/ready").status == 200; }, 60000),
            "the registry did not become ready after the database started");
        // The request refused while the database was away is answered normally now, once.
        const Reply later = http(port, "POST", "/v1/iin-requests", token, second);
        QCOMPARE(later.status, 200);
        QCOMPARE(later.json()["state"].toString(), QString("formed"));
        const Reply again = http(port, "POST", "/v1/iin-requests", token, second);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()["iin"].toString(), later.json()["iin"].toString());
        const Reply replay = http(port, "POST", "/v1/iin-requests", token, first);
        QCOMPARE(replay.json()["iin"].toString(), formed.json()["iin"].toString());
        // Credentials are judged again: a wrong secret is wrong.
        QCOMPARE(http(port, "POST", "/v1/iin-requests", DeskId + ":wrong-secret", second).status,
                 401);

        server.stop();
        const QByteArray log = server.log();
        QVERIFY2(log.contains("database connection lost"), log.constData());
        QVERIFY2(log.contains("database connection re-opened"), log.constData());
        // The one wrong secret after the restart, and no other.
        QVERIFY2(log.count("-> 401") == 1, log.constData());
    }

    void drainThroughARestart()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath("journal.sqlite");
        const RegistryBackend backend = newBackend("drain");
        const QString token = addDesk(backend, DeskId);
        QVERIFY(!token.isEmpty());
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {}, &why), qPrintable(why));

        // The desk's own defaults for its backoff (30 s growing to an hour): a desk that
        // treated the outage as anything but "try again soon" would not finish in the wait.
        SyncWorker::Options o;
        o.databasePath = journal;
        o.endpoint =
            RegistryEndpoint{QUrl(QString("http://127.0.0.1:%1").arg(server.port())), token};
        o.endpoint.timeout = std::chrono::seconds(30);
        o.pollInterval = std::chrono::milliseconds(200);
        o.batchSize = 3;
        SyncWorker worker(o);
        QStringList errorsSeen;
        connect(&worker, &SyncWorker::stateChanged, this, [&](const SyncState& s) {
            if (!s.lastError.isEmpty() && !errorsSeen.contains(s.lastError))
                errorsSeen << s.lastError;
        });

        // Some applications are answered before the restart...
        QVERIFY(fillJournal(journal, 10));
        worker.start();
        QVERIFY(QTest::qWaitFor([&] { return worker.state().formed == 10; }, 60000));

        // ...the rest are queued and the desk drains them while the database stops...
        std::unique_ptr<Database> db = openOrFail(journal);
        QVERIFY(db);
        {
            SyncWorker::PauseGuard paused = worker.pause();
            QVERIFY(fillJournal(journal, 20, 10));
            QVERIFY2(m_pg->stop(&why), qPrintable(why));
        }
        worker.wake();
        auto restart = qScopeGuard([&] { m_pg->resume(nullptr); });
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return scalar(*db, "SELECT count(*) FROM outbox WHERE last_error LIKE "
                                            "'registry_unavailable:%'")
                                    .toInt() >= 3;
                     },
                     60000),
                 "the desk did not see the registry unavailable");
        QTest::qWait(1500);
        // Waiting to try again soon: nothing is held for long, nothing is a credential error.
        const QDateTime horizon = QDateTime::currentDateTimeUtc().addSecs(6 * 60);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM outbox WHERE state = 'pending' AND "
                             "next_attempt_at > '" +
                                 horizon.toString(Qt::ISODateWithMs) + "'")
                     .toInt(),
                 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM outbox WHERE last_error LIKE "
                             "'unauthenticated:%' OR last_error LIKE 'desk_disabled:%'")
                     .toInt(),
                 0);

        // ...and starts again: every application is answered, within the test's wait.
        restart.dismiss();
        QVERIFY2(m_pg->resume(&why), qPrintable(why));
        QVERIFY2(QTest::qWaitFor([&] { return worker.state().formed == 30; }, 180000),
                 qPrintable(QString("formed %1, pending %2, last error: %3")
                                .arg(worker.state().formed)
                                .arg(worker.state().pending)
                                .arg(worker.state().lastError)));
        QVERIFY(QTest::qWaitFor([&] { return worker.state().pending == 0; }, 60000));
        worker.stop();
        QCOMPARE(scalar(*db, "SELECT count(*) FROM outbox WHERE last_error LIKE "
                             "'unauthenticated:%' OR last_error LIKE 'desk_disabled:%'")
                     .toInt(),
                 0);
        db.reset();
        const QString credentialText =
            RegistryClient::protocolErrorText("unauthenticated", QString());
        QVERIFY2(!errorsSeen.contains(credentialText), qPrintable(errorsSeen.join('\n')));
        QVERIFY2(errorsSeen.contains(
                     RegistryClient::protocolErrorText("registry_unavailable", QString())),
                 qPrintable(errorsSeen.join('\n')));

        server.stop();
        const QByteArray log = server.log();
        QVERIFY2(log.contains("database connection re-opened"), log.constData());
        QVERIFY2(!log.contains("-> 401"), log.constData());

        // Exactly one IIN per application, the registry and the journal agreeing, no IIN twice.
        const SyncInvariants inv = checkSyncInvariants(journal, backend, DeskId, 30);
        QVERIFY2(inv.ok, qPrintable(inv.why));
        QVERIFY2(auditVerifies(journal, &why), qPrintable(why));
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_MAIN(TestDatabaseRestart)
#include "TestDatabaseRestart.moc"

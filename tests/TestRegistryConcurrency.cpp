// iin-registryd's worker threads (docs/registry.md, "Threads") as a process on loopback: many
// desks at once, the same person from two desks at the same moment, a transaction held open
// while other requests go on, and a graceful stop (SIGTERM) in the middle of a load. Built twice:
// against SQLite (TestRegistryConcurrencySqlite) and a private PostgreSQL cluster
// (TestRegistryConcurrencyPostgres, IIN_REGISTRY_POSTGRES).
#include "core/registry/RegistryClient.h"
#include "core/registry/RegistryProtocol.h"
#include "tests/RegistryTestSupport.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iin;
using namespace iin::test;

namespace {

// Runs the event loop until `done` holds or two minutes have passed (a loaded machine).
bool waitUntil(const std::function<bool()>& done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

class TestRegistryConcurrency : public QObject
{
    Q_OBJECT

private:
    RegistryEndpoint endpoint(quint16 port, const QString& token) const
    {
        return loopbackEndpoint(port, token, std::chrono::seconds(120));
    }

    RegistryBackend newBackend(const QString& name)
    {
        return freshBackend(m_pg.get(), m_dir.path(), name);
    }

    QStringList addDesks(const RegistryBackend& backend, int count)
    {
        QStringList tokens;
        for (int i = 0; i < count; ++i)
            tokens << addDesk(backend, QString("DESK-%1").arg(i + 1));
        return tokens;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_pg;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef IIN_REGISTRY_POSTGRES
        IIN_START_POSTGRES(m_pg);
#endif
    }

    // Sixteen desks, each person sent by two desks at the same moment under keys of their own:
    // every request is answered, every person has one IIN, no IIN is anyone else's.
    void manyDesksNeverShareAnIin()
    {
        const RegistryBackend backend = newBackend("many");
        constexpr int Desks = 16;
        constexpr int PerDesk = 12;
        const QStringList tokens = addDesks(backend, Desks);
        QVERIFY(!tokens.contains(QString()));
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {"--workers", "6"}, &why), qPrintable(why));

        std::vector<std::unique_ptr<RegistryClient>> clients;
        for (const QString& token : tokens)
            clients.push_back(std::make_unique<RegistryClient>(endpoint(server.port(), token)));
        // Person p goes to desks p % Desks and (p + 1) % Desks; half of them on one busy birth
        // date, so that the serial counter of its prefix is fought over too.
        constexpr int People = Desks * PerDesk / 2;
        struct Sent
        {
            int person;
            RegistryResult result;
            bool done = false;
        };
        QList<Sent> sent;
        QList<std::pair<int, RegistryRequest>> perDesk[Desks];
        for (int p = 0; p < People; ++p) {
            const RegistryRequest person =
                samplePerson(7000 + p, p % 2 ? QDate(1990, 1, 1) : QDate(1980, 1, 1).addDays(p),
                             p % 4 < 2 ? Sex::Male : Sex::Female);
            for (int twice = 0; twice < 2; ++twice) {
                RegistryRequest r = person;
                r.idempotencyKey = QUuid::createUuid();
                perDesk[(p + twice) % Desks].append({int(sent.size()), r});
                sent.append(Sent{p, {}, false});
            }
        }
        int pending = int(sent.size());
        for (int d = 0; d < Desks; ++d) {
            for (const auto& [index, request] : perDesk[d]) {
                clients[size_t(d)]->submit(request, [&, index = index](const RegistryResult& r) {
                    sent[index].result = r;
                    sent[index].done = true;
                    --pending;
                });
            }
        }
        QVERIFY(waitUntil([&] { return pending == 0; }));

        QHash<int, QString> iinOf;
        QHash<QString, int> personOf;
        for (const Sent& s : std::as_const(sent)) {
            QVERIFY2(s.result.ok(),
                     qPrintable(s.result.error.code + ": " + s.result.error.message));
            const QString iin = s.result.answer.iin;
            // Not pending_review: the person's document, sent by another desk at the same
            // moment, must be found, not only their name.
            QVERIFY2(s.result.answer.state == RegistryAnswer::State::Formed ||
                         s.result.answer.state == RegistryAnswer::State::Existing,
                     qPrintable(RegistryAnswer::stateToString(s.result.answer.state)));
            QVERIFY(!iin.isEmpty());
            if (iinOf.contains(s.person))
                QCOMPARE(iin, iinOf[s.person]); // one person, one IIN
            if (personOf.contains(iin))
                QCOMPARE(personOf[iin], s.person); // one IIN, one person
            iinOf[s.person] = iin;
            personOf[iin] = s.person;
        }
        QCOMPARE(iinOf.size(), People);
        QVariant count;
        QVERIFY(execSql(backend, "SELECT count(*) FROM persons", nullptr, &count));
        QCOMPARE(count.toInt(), People);
        QVERIFY(execSql(backend, "SELECT count(*) FROM answers", nullptr, &count));
        QCOMPARE(count.toInt(), int(sent.size()));
    }

    // While another connection holds the lock a submit needs, the submit waits in its worker and
    // the registry goes on: health (never the database) and a desk's query (another worker; on
    // SQLite a reader beside the blocked writer) are answered before the submit is.
    void aHeldLockBlocksOnlyTheRequestThatNeedsIt()
    {
        const RegistryBackend backend = newBackend("held");
        const QStringList tokens = addDesks(backend, 2);
        QVERIFY(!tokens.contains(QString()));
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {"--workers", "3"}, &why), qPrintable(why));
        RegistryClient deskA(endpoint(server.port(), tokens[0]));
        RegistryClient deskB(endpoint(server.port(), tokens[1]));
        const RegistryRequest known = samplePerson(8000);
        QCOMPARE(submitAndWait(deskB, known).answer.state, RegistryAnswer::State::Formed);

        const QString connection = "held-lock";
        {
            QSqlDatabase db = openDatabase(backend, connection, &why);
            QVERIFY2(db.isOpen(), qPrintable(why));
            QSqlQuery q(db);
            // PostgreSQL: forming an IIN locks its serial counter's row (FOR UPDATE), which an
            // EXCLUSIVE table lock holds back while reads go on. SQLite: the one write lock.
            QVERIFY2(q.exec(backend.postgres ? QStringLiteral("BEGIN")
                                             : QStringLiteral("BEGIN IMMEDIATE")),
                     qPrintable(q.lastError().text()));
            if (backend.postgres)
                QVERIFY2(q.exec("LOCK TABLE serial_counters IN EXCLUSIVE MODE"),
                         qPrintable(q.lastError().text()));

            std::optional<RegistryResult> blocked;
            deskA.submit(samplePerson(8001, QDate(1985, 5, 5)),
                         [&](const RegistryResult& r) { blocked = r; });
            // The submit has reached its worker: the server logs a request only when answered,
            // so wait for the database to show the waiting statement instead.
            if (backend.postgres) {
                QVERIFY(waitUntil([&] {
                    QVariant waiting;
                    return execSql(backend,
                                   "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type "
                                   "= 'Lock' AND datname = current_database()",
                                   nullptr, &waiting) &&
                           waiting.toInt() > 0;
                }));
            }

            QNetworkAccessManager network;
            QNetworkReply* health = network.get(
                QNetworkRequest(QUrl(QString("http://127.0.0.1:%1/v1/health").arg(server.port()))));
            QVERIFY(waitUntil([&] { return health->isFinished(); }));
            QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete health;
            const RegistryResult asked = queryAndWait(deskB, known);
            QVERIFY2(asked.ok(), qPrintable(asked.error.message));
            QCOMPARE(asked.answer.state, RegistryAnswer::State::Formed);
            // Behaviour, not timing: the submit cannot have finished while the lock is held.
            QVERIFY(!blocked);

            QVERIFY(q.exec("ROLLBACK"));
            QVERIFY(waitUntil([&] { return blocked.has_value(); }));
            QVERIFY2(blocked->ok(), qPrintable(blocked->error.message));
            QCOMPARE(blocked->answer.state, RegistryAnswer::State::Formed);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // One worker held up by a lock and more requests than its queue holds: the ones that do not
    // fit are told at once to retry (503 registry_unavailable, retryable), the others are formed
    // once the lock is gone, and so are the refused ones when sent again.
    void aFullQueueIsToldToRetry()
    {
        const RegistryBackend backend = newBackend("fullqueue");
        const QStringList tokens = addDesks(backend, 1);
        QVERIFY(!tokens.contains(QString()));
        RegistryProcess server;
        QString why;
        // All 400 from one address, more than the default per-address limit of connections:
        // the queue is what this test fills, not the connection slots.
        QVERIFY2(server.start(backend, {"--workers", "1", "--max-connections-per-address", "1024"},
                              &why),
                 qPrintable(why));

        const QString connection = "full-queue";
        constexpr int Requests = 400; // the queue holds 256, the worker takes at most 64
        QList<RegistryRequest> requests;
        for (int i = 0; i < Requests; ++i)
            requests << samplePerson(11000 + i, QDate(1966, 6, 6));
        QList<RegistryResult> results(Requests);
        int finished = 0;
        int refused = 0;
        {
            QSqlDatabase db = openDatabase(backend, connection, &why);
            QVERIFY2(db.isOpen(), qPrintable(why));
            QSqlQuery q(db);
            QVERIFY(q.exec(backend.postgres ? QStringLiteral("BEGIN")
                                            : QStringLiteral("BEGIN IMMEDIATE")));
            if (backend.postgres)
                QVERIFY(q.exec("LOCK TABLE serial_counters IN EXCLUSIVE MODE"));
            // A network access manager opens six connections to a host: enough of them for
            // every request to be at the server at once.
            std::vector<std::unique_ptr<RegistryClient>> clients;
            for (int c = 0; c < Requests / 6 + 1; ++c)
                clients.push_back(
                    std::make_unique<RegistryClient>(endpoint(server.port(), tokens[0])));
            for (int i = 0; i < Requests; ++i) {
                clients[size_t(i / 6)]->submit(requests[i], [&, i](const RegistryResult& r) {
                    results[i] = r;
                    ++finished;
                    refused += !r.ok() && r.httpStatus == 503;
                });
            }
            QVERIFY(waitUntil([&] { return refused >= Requests - 256 - 64; }));
            QVERIFY(q.exec("ROLLBACK"));
            QVERIFY(waitUntil([&] { return finished == Requests; }));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);

        RegistryClient again(endpoint(server.port(), tokens[0]));
        QSet<QString> iins;
        for (int i = 0; i < Requests; ++i) {
            RegistryResult r = results[i];
            if (!r.ok()) {
                QCOMPARE(r.httpStatus, 503);
                QCOMPARE(r.error.code, QString("registry_unavailable"));
                QVERIFY(r.retryable);
                r = submitAndWait(again, requests[i]);
            }
            QVERIFY2(r.ok(), qPrintable(r.error.code + ": " + r.error.message));
            QCOMPARE(r.answer.state, RegistryAnswer::State::Formed);
            iins.insert(r.answer.iin);
        }
        QCOMPARE(iins.size(), Requests);
    }

    // A client may send its next request before the answer to the last (HTTP/1.1 pipelining):
    // the answers leave in the order the requests came, though health is answered at once and
    // the submit by a worker later.
    void answersPipelinedRequestsInOrder()
    {
        const RegistryBackend backend = newBackend("pipelined");
        const QStringList tokens = addDesks(backend, 1);
        QVERIFY(!tokens.contains(QString()));
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {}, &why), qPrintable(why));

        const QByteArray body =
            QJsonDocument(samplePerson(8500).toJson()).toJson(QJsonDocument::Compact);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(30000));
        socket.write("POST /v1/iin-requests HTTP/1.1\r\nHost: registry\r\nAuthorization: Bearer " +
                     tokens[0].toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body +
                     "GET /v1/health HTTP/1.1\r\nHost: registry\r\n\r\n");
        QByteArray received;
        QVERIFY(waitUntil([&] {
            socket.waitForReadyRead(10);
            received += socket.readAll();
            return received.count("HTTP/1.1 ") == 2 && received.endsWith("}");
        }));
        const qsizetype second = received.indexOf("HTTP/1.1 ", 1);
        const QByteArray first = received.left(second);
        QVERIFY2(first.contains("\"state\":\"formed\""), first.constData());
        QVERIFY2(received.mid(second).contains("\"status\":\"ok\""), received.constData());
    }

    // SIGTERM while eight desks send: the registry stops accepting, answers what it had taken,
    // exits 0. Every answer a desk got is recorded; the others, sent again by key to a restarted
    // registry, are formed then; no IIN twice.
    void stopsGracefullyLosingNothing()
    {
        const RegistryBackend backend = newBackend("stop");
        const QStringList tokens = addDesks(backend, 8);
        QVERIFY(!tokens.contains(QString()));
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(backend, {"--workers", "4"}, &why), qPrintable(why));

        QList<RegistryRequest> requests;
        for (int i = 0; i < 320; ++i)
            requests << samplePerson(9000 + i, QDate(1977, 3, 3), i % 2 ? Sex::Male : Sex::Female);
        std::vector<std::unique_ptr<RegistryClient>> clients;
        for (const QString& token : tokens)
            clients.push_back(std::make_unique<RegistryClient>(endpoint(server.port(), token)));
        QList<RegistryResult> before(requests.size());
        int finished = 0;
        int answered = 0;
        // Each desk sends its next request when the last is answered, as a sync worker does.
        std::function<void(int, int)> next = [&](int desk, int i) {
            if (i >= requests.size())
                return;
            clients[size_t(desk)]->submit(requests[i], [&, desk, i](const RegistryResult& r) {
                before[i] = r;
                ++finished;
                if (r.ok() && ++answered == 80)
                    server.signalStop();
                next(desk, i + int(clients.size()));
            });
        };
        for (int d = 0; d < int(clients.size()); ++d)
            next(d, d);
        QVERIFY(waitUntil([&] { return finished == requests.size(); }));
        QVERIFY2(server.waitForCleanExit(60000, &why), qPrintable(why + "\n" + server.log()));
        const QByteArray log = server.log();
        QVERIFY2(log.contains("stopping:"), log.constData());
        QVERIFY2(log.contains("stopped:"), log.constData());
        QVERIFY(answered >= 80);
        for (const RegistryResult& r : std::as_const(before)) {
            if (!r.ok())
                QVERIFY2(r.retryable, qPrintable(r.error.code + ": " + r.error.message));
        }

        RegistryProcess restarted;
        QVERIFY2(restarted.start(backend, {}, &why), qPrintable(why));
        QSet<QString> iins;
        int replayed = 0;
        for (int i = 0; i < requests.size(); ++i) {
            RegistryClient desk(endpoint(restarted.port(), tokens[i % tokens.size()]));
            const RegistryResult after = submitAndWait(desk, requests[i]);
            QVERIFY2(after.ok(), qPrintable(after.error.message));
            QCOMPARE(after.answer.state, RegistryAnswer::State::Formed);
            if (before[i].ok()) {
                QCOMPARE(after.answer, before[i].answer); // answered before the stop: recorded
                QVERIFY(after.replayed);
                ++replayed;
            }
            iins.insert(after.answer.iin);
        }
        QCOMPARE(replayed, answered);
        QCOMPARE(iins.size(), requests.size());
        QVariant count;
        QVERIFY(execSql(backend, "SELECT count(*) FROM persons", nullptr, &count));
        QCOMPARE(count.toInt(), requests.size());
    }

    void cleanupTestCase()
    {
        m_pg.reset();
    }
};

QTEST_GUILESS_MAIN(TestRegistryConcurrency)
#include "TestRegistryConcurrency.moc"

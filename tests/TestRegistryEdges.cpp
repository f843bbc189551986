// The registry's edges as a process on loopback: floods of idle connections under a small
// open-files limit, the connection caps, idle and request timeouts, header and media-type
// limits, and /v1/metrics. Raw sockets where the exact bytes matter.
#include "core/registry/RegistryClient.h"
#include "tests/RegistryTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace iin;
using namespace iin::test;

namespace {

struct RawReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()["error"].toObject()["code"].toString(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Reads one answer from a socket: the head, then Content-Length bytes of body.
RawReply readReply(QTcpSocket& socket, int timeoutMs = 30000)
{
    QByteArray data;
    QElapsedTimer t;
    t.start();
    RawReply r;
    while (t.elapsed() < timeoutMs) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            r.head = data.left(end);
            const qsizetype length = RawReply{0, r.head, {}}.header("Content-Length").toLongLong();
            if (data.size() >= end + 4 + length) {
                r.body = data.mid(end + 4, length);
                r.status = r.head.split(' ').value(1).toInt();
                return r;
            }
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200) &&
            socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
    }
    return r;
}

// Sends `request` as it is on a new connection and reads the answer.
RawReply exchange(quint16 port, const QByteArray& request,
                  const QHostAddress& host = QHostAddress::LocalHost)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(request);
    return readReply(socket);
}

QByteArray submitRequest(const QByteArray& token, const QByteArray& body,
                         const QList<QByteArray>& extraHeaders = {})
{
    QByteArray r = "POST /v1/iin-requests HTTP/1.1\r\nHost: registry\r\nAuthorization: Bearer " +
                   token + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray& h : extraHeaders)
        r += h + "\r\n";
    return r + "Connection: close\r\n\r\n" + body;
}

QByteArray getRequest(const QByteArray& path, const QByteArray& extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: registry\r\n" + extra + "Connection: close\r\n\r\n";
}

// A process's CPU time so far (user + system), in clock ticks, from /proc/PID/stat.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QString("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The fields after the command (which is in parentheses and may hold spaces).
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

// Whether the registry has read everything the client at `clientPort` sent to `serverPort`:
// the kernel's receive queue of the server's end is empty (/proc/net/tcp, rx_queue).
bool serverHasRead(quint16 serverPort, quint16 clientPort)
{
    QFile f("/proc/net/tcp");
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5)
            continue;
        // "0100007F:1F90" (address:port), and "tx_queue:rx_queue", in hexadecimal.
        const quint16 local = fields[1].split(':').value(1).toUShort(nullptr, 16);
        const quint16 remote = fields[2].split(':').value(1).toUShort(nullptr, 16);
        if (local == serverPort && remote == clientPort)
            return fields[4].split(':').value(1).toULongLong(nullptr, 16) == 0;
    }
    return false;
}

// The samples of a Prometheus text exposition: "name{labels}" -> value. Fails (empty) on a
// line that is not a comment, a blank or a sample.
QHash<QString, double> parseMetrics(const QByteArray& text, QString* bad)
{
    static const QRegularExpression sample(
        "^([a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"[^\"\\\\]*\",?)*\\})?) "
        "([0-9.eE+-]+|\\+Inf|NaN)$");
    static const QRegularExpression comment("^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$");
    QHash<QString, double> values;
    for (const QString& line : QString::fromUtf8(text).split('\n')) {
        if (line.isEmpty() || comment.match(line).hasMatch())
            continue;
        const QRegularExpressionMatch m = sample.match(line);
        if (!m.hasMatch()) {
            *bad = line;
            return {};
        }
        values.insert(m.captured(1), m.captured(4).toDouble());
    }
    return values;
}

} // namespace

class TestRegistryEdges : public QObject
{
    Q_OBJECT

private:
    RegistryEndpoint endpoint(quint16 port) const
    {
        return loopbackEndpoint(port, QString::fromUtf8(m_token));
    }

    // The metrics of the registry at `port`, read from loopback.
    QHash<QString, double> metrics(quint16 port)
    {
        const RawReply r = exchange(port, getRequest("/v1/metrics"));
        QString bad;
        const QHash<QString, double> values = parseMetrics(r.body, &bad);
        if (r.status != 200 || !bad.isEmpty())
            qWarning() << "metrics:" << r.status << bad;
        return values;
    }

    QByteArray personBody(int n) const
    {
        return QJsonDocument(samplePerson(n).toJson()).toJson(QJsonDocument::Compact);
    }

    QTemporaryDir m_dir;
    RegistryBackend m_backend;
    QByteArray m_token;
    int m_person = 9000;
    std::unique_ptr<RegistryProcess> m_jsonServer; // one server for the media-type rows

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_backend.args = {"--db", m_dir.filePath("edges.sqlite")};
        m_token = addDesk(m_backend, "ALM-01").toUtf8();
        QVERIFY(m_token.startsWith("ALM-01:"));
        // The flood holds more descriptors than the server under test may have.
        rlimit limit{};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        if (limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
    }

    // Review finding 1: with an open-files limit of 128, 300 idle connections once took every
    // descriptor and the server spun at full speed answering nobody. Now idle connections are
    // closed to make room, health and a submit are answered while the flood holds and after,
    // and the server stays quiet while the connections are held.
    void floodOfIdleConnectionsLeavesRoom()
    {
        RegistryProcess server;
        server.setChildProcessModifier([] {
            const rlimit low{128, 128};
            ::setrlimit(RLIMIT_NOFILE, &low);
        });
        QString why;
        QVERIFY2(server.start(m_backend, {}, &why), qPrintable(why));
        const quint16 port = server.port();

        constexpr int Flood = 300;
        rlimit own{};
        ::getrlimit(RLIMIT_NOFILE, &own);
        if (own.rlim_cur < Flood + 200)
            QSKIP("the test process may not open enough descriptors for the flood");
        std::vector<int> flood;
        const auto closeFlood = qScopeGuard([&] {
            for (int fd : flood)
                ::close(fd);
        });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (int i = 0; i < Flood; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            flood.push_back(fd);
            // Non-blocking: connections the listen queue cannot hold yet complete later.
            ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
        }
        // Every one of them reached the server (and most were closed again to make room). Each
        // look at the metrics is a connection of its own.
        int looks = 0;
        QTRY_VERIFY_WITH_TIMEOUT(metrics(port).value("iin_registry_connections_accepted_total") >=
                                     Flood + ++looks,
                                 120000);

        // While the flood holds: the server is not spinning...
        const qint64 before = cpuTicks(server.pid());
        QElapsedTimer held;
        held.start();
        QTest::qWait(4000);
        const qint64 used = cpuTicks(server.pid()) - before;
        const double seconds = double(used) / double(::sysconf(_SC_CLK_TCK));
        QVERIFY2(seconds < 0.25 * double(held.elapsed()) / 1000.0,
                 qPrintable(QString("the server used %1 s of CPU in %2 s with idle connections")
                                .arg(seconds)
                                .arg(double(held.elapsed()) / 1000.0)));
        // ...and answers.
        QCOMPARE(exchange(port, getRequest("/v1/health")).status, 200);
        RegistryClient client(endpoint(port));
        RegistryResult r = submitAndWait(client, samplePerson(m_person++));
        QVERIFY2(r.ok(), qPrintable(r.error.code + ": " + r.error.message));
        QCOMPARE(r.answer.state, RegistryAnswer::State::Formed);
        const QHash<QString, double> during = metrics(port);
        QVERIFY(during.value("iin_registry_connections_evicted_total") > 0);
        QVERIFY(during.value("iin_registry_connections_open") < 128);

        // And after it.
        for (int fd : flood)
            ::close(fd);
        flood.clear();
        QCOMPARE(exchange(port, getRequest("/v1/health")).status, 200);
        r = submitAndWait(client, samplePerson(m_person++));
        QVERIFY2(r.ok(), qPrintable(r.error.code + ": " + r.error.message));
        QVERIFY(server.isRunning());
    }

    void closesIdleConnections()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {"--idle-timeout", "300"}, &why), qPrintable(why));
        // One that never sends a byte...
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(silent.waitForConnected(10000));
        // ...and one kept alive after an answer.
        QTcpSocket kept;
        kept.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(kept.waitForConnected(10000));
        kept.write("GET /v1/health HTTP/1.1\r\nHost: registry\r\n\r\n");
        QCOMPARE(readReply(kept).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(kept.state(), QAbstractSocket::UnconnectedState, 30000);
        QVERIFY(metrics(server.port())
                    .value("iin_registry_connections_cut_total{reason=\"idle_"
                           "timeout\"}") >= 2);
    }

    // With every slot taken by a request in progress, a new connection is told 503 with
    // Retry-After and closed; the requests in progress are not disturbed.
    void refusesWhenEverySlotIsBusy()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {"--max-connections", "2"}, &why), qPrintable(why));
        const quint16 port = server.port();
        QTcpSocket slow[2];
        for (QTcpSocket& s : slow) {
            s.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(s.waitForConnected(10000));
            s.write("POST /v1/iin-requests HTTP/1.1\r\nHost: registry\r\n");
            QVERIFY(s.waitForBytesWritten(10000));
        }
        for (QTcpSocket& s : slow)
            QTRY_VERIFY_WITH_TIMEOUT(serverHasRead(port, s.localPort()), 30000);

        const RawReply refused = exchange(port, getRequest("/v1/health"));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), QString("registry_unavailable"));
        QCOMPARE(refused.json()["error"].toObject()["retryable"].toBool(), true);
        QVERIFY(refused.header("Retry-After").toInt() > 0);

        // The slow ones go on: one finishes its request and is answered.
        const QByteArray body = personBody(m_person++);
        slow[0].write("Authorization: Bearer " + m_token +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(readReply(slow[0]).status, 200);
        // Once it is idle again its slot can be taken.
        QTRY_COMPARE_WITH_TIMEOUT(exchange(port, getRequest("/v1/health")).status, 200, 30000);
        QCOMPARE(slow[1].state(), QAbstractSocket::ConnectedState);
    }

    // Qt HttpServer 6.4 drops every header of a request with more than 100 fields or a field over
    // 8 KiB (a valid token then got 401): such a request is answered 431 instead.
    void refusesTooManyOrTooLongHeaders()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {}, &why), qPrintable(why));
        const quint16 port = server.port();
        const QByteArray body = personBody(m_person++);

        // Host, Authorization, Content-Length, Connection and 97 more: 101.
        QList<QByteArray> many;
        for (int i = 0; i < 97; ++i)
            many.append("X-Extra-" + QByteArray::number(i) + ": " + QByteArray::number(i));
        RawReply r = exchange(port, submitRequest(m_token, body, many));
        QCOMPARE(r.status, 431);
        QCOMPARE(r.errorCode(), QString("headers_too_large"));
        QCOMPARE(r.json()["error"].toObject()["retryable"].toBool(true), false);

        r = exchange(port, submitRequest(m_token, body, {"X-Long: " + QByteArray(9 * 1024, 'a')}));
        QCOMPARE(r.status, 431);
        QCOMPARE(r.errorCode(), QString("headers_too_large"));

        // 90 ordinary headers and a valid token: the token still counts.
        many.resize(90);
        r = exchange(port, submitRequest(m_token, body, many << "Content-Type: application/json"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["state"].toString(), QString("formed"));

        // Health too is refused rather than answered with the headers stripped.
        QCOMPARE(exchange(port,
                          getRequest("/v1/health", "X-Long: " + QByteArray(9 * 1024, 'b') + "\r\n"))
                     .status,
                 431);
        QCOMPARE(exchange(port, getRequest("/v1/health")).status, 200);
    }

    void acceptsOnlyJson_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("plain") << QByteArray("application/json") << 200;
        QTest::newRow("charset") << QByteArray("application/json; charset=utf-8") << 200;
        QTest::newRow("case and spaces") << QByteArray("Application/JSON ;charset=UTF-8") << 200;
        QTest::newRow("quoted charset") << QByteArray("application/json; charset=\"utf-8\"") << 200;
        QTest::newRow("jsonx") << QByteArray("application/jsonx") << 415;
        QTest::newRow("json-seq") << QByteArray("application/json-seq") << 415;
        QTest::newRow("patch") << QByteArray("application/json-patch+json") << 415;
        QTest::newRow("text/json") << QByteArray("text/json") << 415;
        QTest::newRow("latin1") << QByteArray("application/json; charset=latin1") << 415;
        QTest::newRow("second parameter")
            << QByteArray("application/json; charset=utf-8; x=y") << 415;
        QTest::newRow("missing") << QByteArray() << 415;
    }

    void acceptsOnlyJson()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        if (!m_jsonServer) {
            m_jsonServer = std::make_unique<RegistryProcess>();
            QString why;
            QVERIFY2(m_jsonServer->start(m_backend, {}, &why), qPrintable(why));
        }
        const RawReply r =
            exchange(m_jsonServer->port(),
                     submitRequest(m_token, personBody(m_person++),
                                   contentType.isNull()
                                       ? QList<QByteArray>{}
                                       : QList<QByteArray>{"Content-Type: " + contentType}));
        QCOMPARE(r.status, status);
        if (status == 415)
            QCOMPARE(r.errorCode(), QString("unsupported_media_type"));
    }

    // Health and readiness answer GET alone; a request to upgrade the connection is refused
    // once (Qt HttpServer 6.4 alone would answer it twice on one connection: review finding 13).
    void oddMethodsAndUpgrades()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {}, &why), qPrintable(why));
        const quint16 port = server.port();
        for (const QByteArray& path : {QByteArray("/v1/health"), QByteArray("/v1/ready")}) {
            QCOMPARE(exchange(port, getRequest(path)).status, 200);
            const RawReply brew = exchange(
                port, "BREW " + path + " HTTP/1.1\r\nHost: registry\r\nConnection: close\r\n\r\n");
            QCOMPARE(brew.status, 405);
            QCOMPARE(brew.errorCode(), QString("method_not_allowed"));
        }

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: registry\r\nConnection: Upgrade\r\n"
                     "Upgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray all;
        QElapsedTimer waited;
        waited.start();
        while (socket.state() == QAbstractSocket::ConnectedState && waited.elapsed() < 20000) {
            socket.waitForReadyRead(500);
            all += socket.readAll();
        }
        all += socket.readAll();
        QVERIFY2(all.startsWith("HTTP/1.1 400 "), all.constData());
        QCOMPARE(all.count("HTTP/1.1 "), 1);
        QVERIFY(all.contains("invalid_request"));
    }

    // A request not complete within the request timeout is told 408 (retryable) before the
    // connection closes.
    void answersSlowRequests408()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {"--request-timeout", "1000"}, &why), qPrintable(why));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(10000));
        socket.write("POST /v1/iin-requests HTTP/1.1\r\nHost: registry\r\nContent-Length: 500\r\n"
                     "Content-Type: application/json\r\n\r\n{");
        const RawReply r = readReply(socket, 60000);
        QCOMPARE(r.status, 408);
        QCOMPARE(r.errorCode(), QString("request_timeout"));
        QCOMPARE(r.json()["error"].toObject()["retryable"].toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 30000);
        // A head that never ends gets the same.
        QTcpSocket head;
        head.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(head.waitForConnected(10000));
        head.write("GET /v1/health HTTP/1.1\r\nHost: reg");
        QCOMPARE(readReply(head, 60000).status, 408);
    }

    // A TLS registry keeps room the same way: connections that never finish their handshake
    // are the idle ones closed to make room.
    void tlsFloodLeavesRoom()
    {
        const QString cert = m_dir.filePath("edges.crt");
        const QString key = m_dir.filePath("edges.key");
        QString certWhy;
        QVERIFY2(makeSelfSignedCertificate(cert, key, &certWhy), qPrintable(certWhy));
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend,
                              {"--tls-cert", cert, "--tls-key", key, "--max-connections", "4"},
                              &why),
                 qPrintable(why));
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 10; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(silent.back()->waitForConnected(10000));
        }
        RegistryEndpoint e = endpoint(server.port());
        e.baseUrl = QUrl(QString("https://127.0.0.1:%1").arg(server.port()));
        e.caCertificates = QSslCertificate::fromPath(cert);
        RegistryClient client(e);
        const RegistryResult r = submitAndWait(client, samplePerson(m_person++));
        QVERIFY2(r.ok(), qPrintable(r.error.code + ": " + r.error.message));
        QCOMPARE(r.answer.state, RegistryAnswer::State::Formed);
        // At most 4 open: of the 10 silent ones, the oldest were closed to make room.
        const auto closed = [&] {
            return std::count_if(silent.begin(), silent.end(), [](const auto& s) {
                return s->state() != QAbstractSocket::ConnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(closed() >= 7, 30000);
    }

    // /v1/metrics: the Prometheus text format, from loopback; counters that follow the
    // requests; nothing personal in it.
    void metricsFromLoopback()
    {
        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(m_backend, {}, &why), qPrintable(why));
        const quint16 port = server.port();
        RegistryClient client(endpoint(port));
        const RegistryRequest person = samplePerson(m_person++);
        const RegistryResult formed = submitAndWait(client, person);
        QVERIFY(formed.ok());
        QVERIFY(submitAndWait(client, person).replayed);
        QCOMPARE(exchange(port, getRequest("/v1/health")).status, 200);
        QCOMPARE(exchange(port, submitRequest(m_token, "{}", {"Content-Type: text/plain"})).status,
                 415);

        const RawReply r = exchange(port, getRequest("/v1/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("Content-Type").startsWith("text/plain; version=0.0.4"),
                 r.header("Content-Type").constData());
        QString bad;
        const QHash<QString, double> m = parseMetrics(r.body, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable("not a sample: " + bad));
        QCOMPARE(m.value("iin_registry_requests_total{route=\"submit\",status=\"200\"}"), 2.0);
        QCOMPARE(m.value("iin_registry_requests_total{route=\"submit\",status=\"415\"}"), 1.0);
        QCOMPARE(m.value("iin_registry_requests_total{route=\"health\",status=\"200\"}"), 1.0);
        // The replay is not a second IIN.
        QCOMPARE(m.value("iin_registry_answers_total{outcome=\"formed\"}"), 1.0);
        QVERIFY(m.contains("iin_registry_answers_total{outcome=\"pending_review\"}"));
        QCOMPARE(m.value("iin_registry_request_duration_seconds_bucket{route=\"submit\",le=\"+"
                         "Inf\"}"),
                 3.0);
        QCOMPARE(m.value("iin_registry_request_duration_seconds_count{route=\"submit\"}"), 3.0);
        QVERIFY(m.value("iin_registry_request_duration_seconds_sum{route=\"submit\"}") > 0);
        QVERIFY(m.value("iin_registry_connections_open") >= 1);
        QVERIFY(m.contains("iin_registry_connections_refused_total{reason=\"capacity\"}"));
        QVERIFY(m.contains("iin_registry_connections_evicted_total"));
        QVERIFY(m.contains("iin_registry_database_reconnects_total"));
        // The reviews waiting, as the database counts them (a worker counted them at start).
        QVariant waiting;
        QVERIFY2(execSql(m_backend, "SELECT count(*) FROM reviews WHERE decision IS NULL", &why,
                         &waiting),
                 qPrintable(why));
        QCOMPARE(m.value("iin_registry_reviews_waiting", -1), waiting.toDouble());
        // Buckets only grow.
        double previous = 0;
        for (const char* le : {"0.001", "0.01", "0.1", "1", "10", "+Inf"}) {
            const double v = m.value(
                QString("iin_registry_request_duration_seconds_bucket{route=\"submit\",le=\"%1\"}")
                    .arg(QLatin1String(le)),
                -1);
            QVERIFY2(v >= previous, le);
            previous = v;
        }
        // No desk, token, name or IIN.
        QVERIFY(!r.body.contains("ALM-01"));
        QVERIFY(!r.body.contains(formed.answer.iin.toUtf8()));
        QVERIFY(!r.body.contains(person.nameLatin.surname.toUtf8()));
        QCOMPARE(exchange(port, "POST /v1/metrics HTTP/1.1\r\nHost: r\r\nContent-Length: 0\r\n"
                                "Connection: close\r\n\r\n")
                     .status,
                 405);
    }

    // From an address other than loopback the metrics need the token of --metrics-token-file
    // (owner-only, like every secret file); without one configured they are refused.
    void metricsTokenForOtherAddresses()
    {
        QHostAddress external;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                external = a;
                break;
            }
        }
        if (external.isNull())
            QSKIP("no address other than loopback on this machine");
        const QString tokenFile = m_dir.filePath("metrics.token");
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret-metrics-token\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        // A file others may read is refused.
        QByteArray out;
        QVERIFY(!runRegistryd(
            QStringList{"--listen", "127.0.0.1:0", "--metrics-token-file", tokenFile} +
                m_backend.args,
            &out));
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

        const QStringList listen{"--listen", external.toString() + ":0"};
        RegistryProcess open;
        QString why;
        QVERIFY2(open.start(m_backend, listen, &why), qPrintable(why));
        RawReply r = exchange(open.port(), getRequest("/v1/metrics"), external);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QString("forbidden"));

        RegistryProcess guarded;
        QVERIFY2(
            guarded.start(m_backend, listen + QStringList{"--metrics-token-file", tokenFile}, &why),
            qPrintable(why));
        const quint16 port = guarded.port();
        r = exchange(port, getRequest("/v1/metrics"), external);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QString("unauthenticated"));
        r = exchange(port, getRequest("/v1/metrics", "Authorization: Bearer wrong\r\n"), external);
        QCOMPARE(r.status, 401);
        // A desk's token is not the metrics token.
        r = exchange(port, getRequest("/v1/metrics", "Authorization: Bearer " + m_token + "\r\n"),
                     external);
        QCOMPARE(r.status, 401);
        r = exchange(port,
                     getRequest("/v1/metrics", "Authorization: Bearer s3cret-metrics-token\r\n"),
                     external);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("iin_registry_requests_total"));
        QVERIFY(!guarded.log().contains("s3cret-metrics-token"));
    }

    void cleanupTestCase() { m_jsonServer.reset(); }
};

QTEST_GUILESS_MAIN(TestRegistryEdges)
#include "TestRegistryEdges.moc"

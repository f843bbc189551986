#include "server/RegistryHttpServer.h"

#include "core/registry/RegistryProtocol.h"
#include "server/ConnectionLimiter.h"
#include "server/DeskCredentials.h"
#include "server/MediaType.h"
#include "server/ProtocolRevision.h"
#include "server/RegistryService.h"
#include "server/RegistryWorkers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace iin::server {

Q_LOGGING_CATEGORY(lcRegistry, "iin.registry")

using namespace Qt::StringLiterals;
namespace reg = iin::registry;

namespace {

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString routeOf(const QString& path)
{
    if (path == QStringView(reg::PathHealth))
        return u"health"_s;
    if (path == QStringView(reg::PathReady))
        return u"ready"_s;
    if (path == QStringView(reg::PathMetrics))
        return u"metrics"_s;
    if (path == QStringView(reg::PathRequests))
        return u"submit"_s;
    if (path == QStringView(reg::PathBatch))
        return u"batch"_s;
    if (path == QStringView(reg::PathDeskKeys))
        return u"desk_key"_s;
    if (path.startsWith(QStringView(reg::PathRequestPrefix)) &&
        path.size() > qsizetype(std::size(reg::PathRequestPrefix) - 1))
        return u"query"_s;
    return u"?"_s;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Status";
}

QString newRequestId()
{
    const quint64 n = QRandomGenerator::global()->generate64();
    return QString::number(n, 16).rightJustified(16, u'0');
}

} // namespace

RegistryHttpServer::RegistryHttpServer(RegistryService& service, DeskCredentials& credentials,
                                       QObject* parent)
    : QAbstractHttpServer(parent), m_service(service), m_credentials(credentials)
{
}

RegistryHttpServer::~RegistryHttpServer()
{
    // Before the metrics it reports to go; the sockets' guards see no more events.
    delete m_limiter;
}

void RegistryHttpServer::useWorkers(RegistryWorkers* workers)
{
    m_workers = workers;
    if (!m_workers)
        return;
    // A gauge from the database, not from the answers this process gave: officers decide in
    // another process (iin-registryd review), and other registryd processes add reviews too.
    if (!m_reviewsTimer) {
        m_reviewsTimer = new QTimer(this);
        connect(m_reviewsTimer, &QTimer::timeout, this, &RegistryHttpServer::countReviewsWaiting);
        m_reviewsTimer->start(std::chrono::seconds(15));
    }
    countReviewsWaiting();
}

void RegistryHttpServer::countReviewsWaiting()
{
    if (!m_workers || m_stopping)
        return;
    // The metrics are thread-safe; the server outlives the workers (main ends them first).
    m_workers->post(RegistryWorkers::Lane::Read, [this](RegistryWorker& worker) {
        m_metrics.setReviewsWaiting(worker.service->reviewsWaiting());
        return RegistryWorkers::Delivery([] {});
    });
}

ConnectionLimits RegistryHttpServer::connectionLimits() const
{
    return m_limiter ? m_limiter->limits() : ConnectionLimits{};
}

Status RegistryHttpServer::listen(const ListenOptions& o)
{
    auto fail = [](const QString& message) { return Status(Error{u"listen"_s, message}); };
    QTcpServer* server = nullptr;
    delete m_limiter;
    m_limiter = new ConnectionLimiter(o.limits, m_metrics, this);
    m_metricsTokenHash =
        o.metricsToken.isEmpty()
            ? QByteArray()
            : QCryptographicHash::hash(o.metricsToken.toUtf8(), QCryptographicHash::Sha256);
    if (!o.tlsCertificateFile.isEmpty() || !o.tlsKeyFile.isEmpty()) {
        QFile certFile(o.tlsCertificateFile);
        QFile keyFile(o.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the TLS certificate or key."));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (chain.isEmpty() || key.isNull())
            return fail(tr("The TLS certificate or key is not valid PEM."));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // desks authenticate with tokens
        server = m_limiter->newServer(&config);
        m_tls = true;
    } else {
        server = m_limiter->newServer(nullptr);
    }
    if (!server->listen(o.address, o.port)) {
        const QString why = server->errorString();
        delete server;
        return fail(
            tr("Cannot listen on %1:%2: %3").arg(o.address.toString()).arg(o.port).arg(why));
    }
    m_port = server->serverPort();
    bind(server);
    ConnectionLimiter::startAccepting(server);
    return {};
}

bool RegistryHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    acknowledgeAtOnce(socket);
    RegistryCall call;
    call.path = request.url().path();
    call.route = routeOf(call.path);
    call.method = request.method();
    call.revision = headerValue(request, reg::HeaderRevision);
    Pending pending{newRequestId(), call.route, socket, reserveSlot(socket), {}};
    pending.took.start();

    // Liveness never waits for the database, nor does an answer that needs none.
    if (call.route == u"health" || call.route == u"?") {
        complete(pending, answer(call, m_service, m_credentials));
        return true;
    }
    if (call.route == u"metrics") {
        std::optional<QByteArray> text;
        CallAnswer a = finish(metricsReply(request, socket, &text), call.revision);
        if (text) {
            a.json = *text;
            a.contentType = RegistryMetrics::ContentType;
        }
        complete(pending, a);
        return true;
    }
    if (m_stopping) {
        complete(pending,
                 finish(RegistryService::error(503, reg::ErrorUnavailable,
                                               u"The registry is stopping; retry later with the "
                                               "same key."_s),
                        call.revision));
        return true;
    }
    call.authorization = headerValue(request, reg::HeaderAuthorization);
    call.contentType = headerValue(request, "Content-Type");
    call.body = request.body();
    if (!m_workers) {
        complete(pending, answer(call, m_service, m_credentials));
        return true;
    }
    const auto lane = call.route == u"query" || call.route == u"ready"
                          ? RegistryWorkers::Lane::Read
                          : RegistryWorkers::Lane::Write;
    ++m_inFlight;
    const bool queued = m_workers->post(lane, [this, call, pending](RegistryWorker& worker) {
        CallAnswer a = answer(call, *worker.service, *worker.credentials);
        return [this, pending, a = std::move(a)] {
            // Back on the server's thread; the server outlives the workers (main ends them
            // first).
            QMetaObject::invokeMethod(
                this,
                [this, pending, a] {
                    --m_inFlight;
                    complete(pending, a);
                    finishStopIfIdle();
                },
                Qt::QueuedConnection);
        };
    });
    if (!queued) {
        --m_inFlight;
        complete(pending, finish(RegistryService::error(503, reg::ErrorUnavailable,
                                                        u"The registry is busy; retry later "
                                                        "with the same key."_s),
                                 call.revision));
    }
    return true;
}

CallAnswer RegistryHttpServer::answer(const RegistryCall& call, RegistryService& service,
                                      DeskCredentials& credentials)
{
    const QString& path = call.path;
    const auto method = call.method;
    QString deskId = u"-"_s;

    auto run = [&]() -> ServiceReply {
        // Health and readiness are read, never changed (and a probe that sends anything else is
        // misconfigured: better told than answered 200).
        if ((call.route == u"health" || call.route == u"ready") &&
            method != QHttpServerRequest::Method::Get)
            return RegistryService::error(405, reg::ErrorMethodNotAllowed,
                                          u"Use GET for %1."_s.arg(path));
        if (call.route == u"health")
            return ServiceReply{
                200, QJsonObject{{u"status"_s, u"ok"_s}, {u"protocol"_s, reg::ProtocolVersion}},
                u"ok"_s, false};
        if (call.route == u"ready")
            return service.ready();
        if (call.route == u"?")
            return RegistryService::error(404, reg::ErrorNotFound,
                                          u"No such resource in protocol version 1."_s);
        const bool isSubmit = call.route == u"submit";
        const bool isBatch = call.route == u"batch";
        const bool isDeskKey = call.route == u"desk_key";
        const bool isQuery = call.route == u"query";

        const DeskCredentials::Check auth = credentials.check(call.authorization);
        if (!auth.deskId.isEmpty())
            deskId = auth.deskId;
        if (auth.verdict == DeskCredentials::Verdict::Unauthenticated)
            return RegistryService::error(401, reg::ErrorUnauthenticated,
                                          u"Unknown desk or wrong credentials."_s);
        if (auth.verdict == DeskCredentials::Verdict::Unavailable)
            return RegistryService::error(503, reg::ErrorUnavailable,
                                          u"The registry's database is unavailable; retry later "
                                          "with the same key."_s);
        if (auth.verdict == DeskCredentials::Verdict::Disabled)
            return RegistryService::error(403, reg::ErrorDeskDisabled,
                                          u"This desk has been disabled at the registry."_s);

        if (isQuery) {
            if (method != QHttpServerRequest::Method::Get)
                return RegistryService::error(405, reg::ErrorMethodNotAllowed,
                                              u"Use GET to ask for a request's state."_s);
            return service.query(auth.deskId,
                                 path.mid(qsizetype(std::size(reg::PathRequestPrefix) - 1)));
        }
        if (method != QHttpServerRequest::Method::Post)
            return RegistryService::error(405, reg::ErrorMethodNotAllowed,
                                          u"Use POST to submit."_s);
        if (!MediaType::isJson(call.contentType))
            return RegistryService::error(415, reg::ErrorUnsupportedMediaType,
                                          u"The body must be application/json."_s);
        const QByteArray& body = call.body;
        if (body.size() > (isBatch ? reg::MaxBatchBytes : reg::MaxRequestBytes))
            return RegistryService::error(413, reg::ErrorBodyTooLarge,
                                          u"The request body is larger than the limit."_s);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return RegistryService::error(400, reg::ErrorInvalidRequest,
                                          u"The body is not a JSON object."_s);
        if (isDeskKey)
            return service.certifyDeskKey(auth.deskId, doc.object());
        Q_ASSERT(isSubmit || isBatch);
        return isBatch ? service.submitBatch(auth.deskId, doc.object())
                       : service.submit(auth.deskId, doc.object());
    };
    return finish(run(), call.revision, deskId);
}

CallAnswer RegistryHttpServer::finish(ServiceReply reply, const QByteArray& revision,
                                      const QString& deskId)
{
    CallAnswer a;
    a.reply = ProtocolRevision::adapt(std::move(reply), ProtocolRevision::fromHeader(revision));
    a.deskId = deskId;
    a.json = QJsonDocument(a.reply.body).toJson(QJsonDocument::Compact);
    return a;
}

void RegistryHttpServer::complete(const Pending& pending, const CallAnswer& answer)
{
    const ServiceReply& reply = answer.reply;
    const QString& route = pending.route;
    if (m_dropEvery > 1 && (route == u"submit" || route == u"batch") && reply.httpStatus == 200 &&
        ++m_faultCount % m_dropEvery != 0) {
        qCWarning(lcRegistry).noquote()
            << u"request %1 desk %2 %3 -> %4 %5 (test fault: answer dropped after commit)"_s.arg(
                   pending.requestId, answer.deskId, route, QString::number(reply.httpStatus),
                   reply.logCode);
        if (pending.socket)
            pending.socket->abort();
        return;
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.httpStatus) + ' ' +
                      reasonPhrase(reply.httpStatus) + "\r\nContent-Type: " + answer.contentType +
                      "\r\n";
    const auto header = [&head](const QByteArray& name, const QByteArray& value) {
        head += name + ": " + value + "\r\n";
    };
    header(reg::HeaderRequestId, pending.requestId.toLatin1());
    // The registry's clock, as HTTP asks of a server that has one: desks compare theirs with it.
    header("Date",
           QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
               .toLatin1());
    if (reply.replayed)
        header(reg::HeaderReplayed, "true");
    if (reply.httpStatus == 401)
        header("WWW-Authenticate", "Bearer realm=\"iin-registry\"");
    // Whatever made the registry unavailable (its database away, a full queue, a stop) passes
    // within seconds.
    if (reply.httpStatus == 503)
        header(reg::HeaderRetryAfter, QByteArray::number(RegistryService::RetryAfterSeconds));
    if (m_stopping)
        header("Connection", "close");
    header("Content-Length", QByteArray::number(answer.json.size()));
    deliver(pending, head + "\r\n" + answer.json);

    // Ids and codes only: no names, documents or IINs in the log.
    const QString line = u"request %1 desk %2 %3 -> %4 %5"_s.arg(
        pending.requestId, answer.deskId, route, QString::number(reply.httpStatus), reply.logCode);
    if (reply.httpStatus == 401 || reply.httpStatus == 403)
        qCWarning(lcRegistry).noquote() << line;
    else
        qCInfo(lcRegistry).noquote() << line;
    m_metrics.recordRequest(route, reply, std::chrono::nanoseconds(pending.took.nsecsElapsed()));
}

quint64 RegistryHttpServer::reserveSlot(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        it = m_connections.insert(socket, Connection{});
        connect(socket, &QObject::destroyed, this,
                [this, socket] { m_connections.remove(socket); });
    }
    return it->nextSlot++;
}

void RegistryHttpServer::deliver(const Pending& pending, const QByteArray& bytes)
{
    // The client may have closed the connection while its request was being answered: the
    // answer is recorded all the same and the desk gets it again by its key.
    QTcpSocket* socket = pending.socket;
    if (!socket)
        return;
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->ready.emplace(pending.slot, bytes);
    while (!it->ready.empty() && it->ready.begin()->first == it->nextToWrite) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write(it->ready.begin()->second);
        it->ready.erase(it->ready.begin());
        ++it->nextToWrite;
    }
    if (m_stopping && it->nextToWrite == it->nextSlot)
        socket->disconnectFromHost(); // after what is written has left
}

void RegistryHttpServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    const QList<QTcpServer*> listeners = servers();
    for (QTcpServer* listener : listeners) {
        ConnectionLimiter::stopAccepting(listener); // it watches the socket close() ends
        listener->close();
    }
    qCInfo(lcRegistry).noquote() << u"stopping: no new connections; %1 requests in flight"_s.arg(
        m_inFlight);
    finishStopIfIdle();
}

void RegistryHttpServer::finishStopIfIdle()
{
    if (!m_stopping || m_closing || m_inFlight > 0)
        return;
    m_closing = true;
    // Every answer is written (or its client gone): close the connections, each after its
    // written bytes have left, and stop when the last has closed.
    QList<QTcpSocket*> open;
    const QList<QTcpServer*> listeners = servers();
    for (QTcpServer* listener : listeners) {
        const QList<QTcpSocket*> sockets = listener->findChildren<QTcpSocket*>();
        for (QTcpSocket* s : sockets) {
            if (s->state() != QAbstractSocket::UnconnectedState)
                open.append(s);
        }
    }
    auto remaining = std::make_shared<int>(int(open.size()));
    auto done = std::make_shared<bool>(false);
    const auto finished = [this, done] {
        if (*done)
            return;
        *done = true;
        qCInfo(lcRegistry).noquote() << u"stopped: every answer in flight was written"_s;
        emit stopped();
    };
    for (QTcpSocket* s : std::as_const(open)) {
        connect(s, &QAbstractSocket::disconnected, this, [remaining, finished] {
            if (--*remaining == 0)
                finished();
        });
        s->disconnectFromHost();
    }
    if (*remaining == 0) {
        QMetaObject::invokeMethod(this, finished, Qt::QueuedConnection);
        return;
    }
    // A client that reads nothing must not hold the stop for ever.
    QTimer::singleShot(5000, this, finished);
}

ServiceReply RegistryHttpServer::metricsReply(const QHttpServerRequest& request, QTcpSocket* socket,
                                              std::optional<QByteArray>* text)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return RegistryService::error(405, reg::ErrorMethodNotAllowed,
                                      u"Use GET to read the metrics."_s);
    QHostAddress peer = socket->peerAddress();
    bool v4 = false;
    if (const quint32 ipv4 = peer.toIPv4Address(&v4); v4)
        peer = QHostAddress(ipv4);
    if (!peer.isLoopback()) {
        if (m_metricsTokenHash.isEmpty())
            return RegistryService::error(403, reg::ErrorForbidden,
                                          u"The metrics are readable from loopback only."_s);
        const QByteArray authorization = headerValue(request, reg::HeaderAuthorization);
        const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
        // Hashes compared, so that the time taken says nothing about the token.
        if (!bearer || QCryptographicHash::hash(authorization.mid(7).trimmed(),
                                                QCryptographicHash::Sha256) != m_metricsTokenHash)
            return RegistryService::error(401, reg::ErrorUnauthenticated,
                                          u"The metrics need the metrics token."_s);
    }
    if (!m_workers)
        m_metrics.setReviewsWaiting(m_service.reviewsWaiting()); // the database is this thread's
    *text = m_metrics.render();
    return ServiceReply{200, {}, u"ok"_s, false};
}

void RegistryHttpServer::acknowledgeAtOnce(QTcpSocket* socket)
{
#ifdef TCP_QUICKACK
    // A client that writes a request in several pieces without TCP_NODELAY (Qt's network access
    // manager: the headers and the first 16 KB, then the rest) holds the rest back until the
    // first piece is acknowledged (Nagle's algorithm), and Linux delays that acknowledgement
    // by 40 ms on a connection it sees as request-and-answer: every batch of the sync waited
    // 40 ms for nothing. Asking for a quick acknowledgement whenever data has been read sends
    // the pending one at once. Set up at the connection's first request, for the next ones.
    if (!socket || socket->property("iinQuickAck").toBool())
        return;
    socket->setProperty("iinQuickAck", true);
    const auto acknowledge = [socket] {
        const int on = 1;
        if (socket->socketDescriptor() >= 0)
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on,
                         sizeof on);
    };
    // After the server's own reading (connected earlier): whatever has arrived is acknowledged.
    connect(socket, &QIODevice::readyRead, socket, acknowledge);
    acknowledge();
#else
    Q_UNUSED(socket);
#endif
}

void RegistryHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::NotFound);
    response.write(makeResponder(request, socket));
}

} // namespace iin::server

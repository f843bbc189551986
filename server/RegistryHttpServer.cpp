#include "server/RegistryHttpServer.h"

#include "core/registry/RegistryProtocol.h"
#include "server/ConnectionLimiter.h"
#include "server/DeskCredentials.h"
#include "server/MediaType.h"
#include "server/ProtocolRevision.h"
#include "server/RegistryService.h"

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
    QElapsedTimer took;
    took.start();
    const QString requestId = newRequestId();
    const QString path = request.url().path();
    const auto method = request.method();
    QString route = u"?"_s;
    QString deskId = u"-"_s;
    ServiceReply reply;
    std::optional<QByteArray> text; // an answer that is not JSON (the metrics)

    auto run = [&]() -> ServiceReply {
        if (path == QStringView(reg::PathHealth)) {
            route = u"health"_s;
            return ServiceReply{
                200, QJsonObject{{u"status"_s, u"ok"_s}, {u"protocol"_s, reg::ProtocolVersion}},
                u"ok"_s, false};
        }
        if (path == QStringView(reg::PathMetrics)) {
            route = u"metrics"_s;
            return metricsReply(request, socket, &text);
        }
        const bool isSubmit = path == QStringView(reg::PathRequests);
        const bool isBatch = path == QStringView(reg::PathBatch);
        const bool isDeskKey = path == QStringView(reg::PathDeskKeys);
        const bool isQuery = !isSubmit && !isBatch && !isDeskKey &&
                             path.startsWith(QStringView(reg::PathRequestPrefix)) &&
                             path.size() > qsizetype(std::size(reg::PathRequestPrefix) - 1);
        if (!isSubmit && !isBatch && !isQuery && !isDeskKey)
            return RegistryService::error(404, reg::ErrorNotFound,
                                          u"No such resource in protocol version 1."_s);
        route = isSubmit    ? u"submit"_s
                : isBatch   ? u"batch"_s
                : isDeskKey ? u"desk_key"_s
                            : u"query"_s;

        const DeskCredentials::Check auth =
            m_credentials.check(headerValue(request, reg::HeaderAuthorization));
        if (!auth.deskId.isEmpty())
            deskId = auth.deskId;
        if (auth.verdict == DeskCredentials::Verdict::Unauthenticated)
            return RegistryService::error(401, reg::ErrorUnauthenticated,
                                          u"Unknown desk or wrong credentials."_s);
        if (auth.verdict == DeskCredentials::Verdict::Disabled)
            return RegistryService::error(403, reg::ErrorDeskDisabled,
                                          u"This desk has been disabled at the registry."_s);

        if (isQuery) {
            if (method != QHttpServerRequest::Method::Get)
                return RegistryService::error(405, reg::ErrorMethodNotAllowed,
                                              u"Use GET to ask for a request's state."_s);
            return m_service.query(auth.deskId,
                                   path.mid(qsizetype(std::size(reg::PathRequestPrefix) - 1)));
        }
        if (method != QHttpServerRequest::Method::Post)
            return RegistryService::error(405, reg::ErrorMethodNotAllowed,
                                          u"Use POST to submit."_s);
        if (!MediaType::isJson(headerValue(request, "Content-Type")))
            return RegistryService::error(415, reg::ErrorUnsupportedMediaType,
                                          u"The body must be application/json."_s);
        const QByteArray body = request.body();
        if (body.size() > (isBatch ? reg::MaxBatchBytes : reg::MaxRequestBytes))
            return RegistryService::error(413, reg::ErrorBodyTooLarge,
                                          u"The request body is larger than the limit."_s);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return RegistryService::error(400, reg::ErrorInvalidRequest,
                                          u"The body is not a JSON object."_s);
        if (isDeskKey)
            return m_service.certifyDeskKey(auth.deskId, doc.object());
        return isBatch ? m_service.submitBatch(auth.deskId, doc.object())
                       : m_service.submit(auth.deskId, doc.object());
    };
    reply = ProtocolRevision::adapt(
        run(), ProtocolRevision::fromHeader(headerValue(request, reg::HeaderRevision)));

    if (m_dropEvery > 1 && (route == u"submit" || route == u"batch") && reply.httpStatus == 200 &&
        ++m_faultCount % m_dropEvery != 0) {
        qCWarning(lcRegistry).noquote()
            << u"request %1 desk %2 %3 -> %4 %5 (test fault: answer dropped after commit)"_s.arg(
                   requestId, deskId, route, QString::number(reply.httpStatus), reply.logCode);
        socket->abort();
        return true;
    }

    QHttpServerResponse response(
        text ? QByteArray(RegistryMetrics::ContentType) : "application/json; charset=utf-8",
        text ? *text : QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
        QHttpServerResponse::StatusCode(reply.httpStatus));
    response.addHeader(reg::HeaderRequestId, requestId.toLatin1());
    // The registry's clock, as HTTP asks of a server that has one: desks compare theirs with it.
    response.addHeader(
        "Date", QLocale::c()
                    .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                    .toLatin1());
    if (reply.replayed)
        response.addHeader(reg::HeaderReplayed, "true");
    if (reply.httpStatus == 401)
        response.addHeader("WWW-Authenticate", "Bearer realm=\"iin-registry\"");
    response.write(makeResponder(request, socket));

    // Ids and codes only: no names, documents or IINs in the log.
    const QString line = u"request %1 desk %2 %3 -> %4 %5"_s.arg(
        requestId, deskId, route, QString::number(reply.httpStatus), reply.logCode);
    if (reply.httpStatus == 401 || reply.httpStatus == 403)
        qCWarning(lcRegistry).noquote() << line;
    else
        qCInfo(lcRegistry).noquote() << line;
    m_metrics.recordRequest(route, reply, std::chrono::nanoseconds(took.nsecsElapsed()));
    return true;
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

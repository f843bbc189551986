#include "server/ConnectionGuard.h"

#include "core/registry/RegistryAnswer.h"
#include "core/registry/RegistryProtocol.h"
#include "server/ConnectionLimiter.h"
#include "server/RegistryMetrics.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace iin::server {

Q_LOGGING_CATEGORY(lcConnection, "iin.registry.connection")

using namespace Qt::StringLiterals;
namespace reg = iin::registry;

namespace {

// Room for the request line and headers on top of the body limit, for a chunked body.
constexpr qsizetype HeadAllowance = 16 * 1024;
// A refused body up to this size is read and dropped so that the client sees the answer.
constexpr qint64 DrainLimit = 16 * 1024 * 1024;
// How long a refused connection may stay open for the client to read its answer and close.
constexpr std::chrono::milliseconds LingerTime{5000};

// The value of the first header `name` (lower case) in a complete head, or empty.
QByteArray headerValue(const QByteArray& head, QByteArrayView name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

ConnectionGuard* ConnectionGuard::attach(QTcpSocket* socket, const ConnectionLimits& limits,
                                         ConnectionLimiter& limiter)
{
    return new ConnectionGuard(socket, limits, limiter);
}

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits,
                                 ConnectionLimiter& limiter)
    : QObject(socket), m_socket(socket), m_limits(limits), m_limiter(limiter)
{
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_lingerTimer.setSingleShot(true);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    connect(&m_requestTimer, &QTimer::timeout, this, &ConnectionGuard::onRequestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_limiter.metrics().connectionCut(RegistryMetrics::Cut::IdleTimeout);
        m_socket->disconnectFromHost();
    });
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    m_idleTimer.start(m_limits.idleTimeout);
}

void ConnectionGuard::afterServerRead()
{
    m_seen = m_socket->bytesAvailable();
}

void ConnectionGuard::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    qint64 offset = qMin(m_seen, available); // the new bytes start here in the buffer
    m_seen = available;
    while (offset < available && !m_refusing) {
        if (m_idle)
            startRequest();
        switch (m_phase) {
        case Phase::Head: {
            const qint64 used = readHead(offset, available);
            if (used < 0)
                return;
            offset += used;
            break;
        }
        case Phase::Body: {
            const qint64 take = qMin(m_bodyLeft, available - offset);
            m_bodyLeft -= take;
            offset += take;
            if (m_bodyLeft == 0)
                m_phase = Phase::Head; // complete: what follows is the next request
            break;
        }
        case Phase::Unframed:
            m_unframedBytes += available - offset;
            offset = available;
            if (m_unframedBytes > m_limits.maxBodyBytes + HeadAllowance) {
                qCInfo(lcConnection) << "request larger than the limit: closing the connection";
                m_limiter.metrics().connectionCut(RegistryMetrics::Cut::BodyTooLarge);
                // Keep the HTTP server from reading what is buffered, then cut the connection.
                disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
                m_refusing = true;
                m_socket->abort();
                return;
            }
            break;
        }
    }
    // The whole request is in: from here on the time is the registry's (a worker may be busy),
    // and the client is not to be cut off for it. The workers' bounded queue limits that wait.
    if (!m_refusing && atRequestBoundary())
        m_requestTimer.stop();
}

qint64 ConnectionGuard::readHead(qint64 offset, qint64 available)
{
    const qsizetype before = m_head.size();
    const qint64 room = reg::MaxHeadBytes + 1 - before;
    m_head += m_socket->peek(qMin(available, offset + room)).mid(offset);
    // Line by line through the new bytes. Like Qt's parser, the head ends at the first empty
    // line ("\n\n" or "\n\r\n") after the request line.
    qsizetype end = -1;
    bool tooLarge = false;
    for (qsizetype nl = m_head.indexOf('\n', before); nl >= 0 && !tooLarge;
         nl = m_head.indexOf('\n', nl + 1)) {
        const qsizetype length = nl - m_lineStart - (nl > m_lineStart && m_head.at(nl - 1) == '\r');
        m_lineStart = nl + 1;
        if (!m_requestLine) {
            m_requestLine = true;
        } else if (length == 0) {
            end = nl + 1;
            break;
        } else {
            tooLarge = ++m_fields > reg::MaxHeaderFields || length > reg::MaxHeaderFieldBytes;
        }
    }
    // A header line still arriving may already be too long, and so may the whole head.
    if (end < 0 && m_requestLine && m_head.size() - m_lineStart > reg::MaxHeaderFieldBytes + 1)
        tooLarge = true;
    if ((end < 0 ? m_head.size() : end) > reg::MaxHeadBytes)
        tooLarge = true;
    if (tooLarge) {
        qCInfo(lcConnection) << "request headers over the limit: 431";
        m_limiter.metrics().connectionCut(RegistryMetrics::Cut::HeadersTooLarge);
        answerAndClose(
            431, "Request Header Fields Too Large", reg::ErrorHeadersTooLarge,
            u"The request has more than %1 header fields, a field longer than %2 bytes, or a "
            "head longer than %3 bytes."_s.arg(reg::MaxHeaderFields)
                .arg(reg::MaxHeaderFieldBytes)
                .arg(reg::MaxHeadBytes));
        return -1;
    }
    if (end < 0)
        return m_head.size() - before;

    // The head is complete: how its body is framed.
    const qint64 used = end - before;
    m_head.truncate(end);
    // The protocol has nothing to upgrade to, and Qt HttpServer 6.4 answers an upgrade request
    // a second time on its own (404 after ours): refused here, once.
    if (!headerValue(m_head, "upgrade").isEmpty()) {
        qCInfo(lcConnection) << "upgrade requested: 400";
        answerAndClose(400, "Bad Request", reg::ErrorInvalidRequest,
                       u"This registry does not upgrade connections (no Upgrade header)."_s);
        return -1;
    }
    const bool chunked = headerValue(m_head, "transfer-encoding").toLower().contains("chunked");
    bool ok = false;
    const qint64 length = headerValue(m_head, "content-length").toLongLong(&ok);
    m_head.clear();
    m_lineStart = 0;
    m_fields = 0;
    m_requestLine = false;
    if (chunked) {
        m_phase = Phase::Unframed;
        m_unframedBytes = 0;
    } else if (ok && length > m_limits.maxBodyBytes) {
        refuseTooLarge(length, available - (offset + used));
        return -1;
    } else if (ok && length > 0) {
        m_phase = Phase::Body;
        m_bodyLeft = length;
    }
    return used;
}

void ConnectionGuard::startRequest()
{
    setIdle(false);
    m_idleTimer.stop();
    m_requestTimer.start(m_limits.requestTimeout);
}

void ConnectionGuard::setIdle(bool idle)
{
    if (m_idle == idle)
        return;
    m_idle = idle;
    m_limiter.setIdle(m_socket, idle);
}

void ConnectionGuard::onRequestTimeout()
{
    m_limiter.metrics().connectionCut(RegistryMetrics::Cut::RequestTimeout);
    if (m_refusing) {
        m_socket->abort();
        return;
    }
    // A request still arriving is told so; one that is complete has its answer coming or on its
    // way, and writing anything now would garble it.
    if (!atRequestBoundary() && m_phase != Phase::Unframed && m_socket->bytesToWrite() == 0) {
        qCInfo(lcConnection) << "request timeout: 408";
        answerAndClose(408, "Request Timeout", reg::ErrorRequestTimeout,
                       u"The request did not arrive within %1 ms; send it again."_s.arg(
                           m_limits.requestTimeout.count()));
        return;
    }
    qCInfo(lcConnection) << "request timeout: closing the connection";
    m_socket->abort();
}

void ConnectionGuard::writeError(int status, const char* reason, QStringView code,
                                 const QString& message)
{
    m_socket->write(closingError(status, reason, code, message));
}

QByteArray ConnectionGuard::closingError(int status, const char* reason, QStringView code,
                                         const QString& message, int retryAfter)
{
    const RegistryError error{code.toString(), message, reg::isRetryableError(code)};
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\n";
    if (retryAfter > 0)
        head += QByteArray(reg::HeaderRetryAfter) + ": " + QByteArray::number(retryAfter) + "\r\n";
    return head + "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

void ConnectionGuard::answerAndClose(int status, const char* reason, QStringView code,
                                     const QString& message)
{
    m_refusing = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    // From now on the HTTP server sees nothing of this connection.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    writeError(status, reason, code, message);
    auto drained = std::make_shared<qint64>(0);
    const auto drain = [this, drained] {
        *drained += m_socket->skip(m_socket->bytesAvailable());
        if (*drained > DrainLimit)
            m_socket->abort();
    };
    connect(m_socket, &QIODevice::readyRead, this, drain);
    drain();
    m_lingerTimer.start(std::min<std::chrono::milliseconds>(LingerTime, m_limits.requestTimeout));
    if (m_socket->bytesToWrite() == 0)
        halfClose();
}

void ConnectionGuard::halfClose()
{
    if (m_closing)
        return;
    m_closing = true;
    if (qobject_cast<QSslSocket*>(m_socket)) {
        // TLS has its own close; the linger timer still bounds the wait.
        m_socket->disconnectFromHost();
        return;
    }
    // End of the answer for the client (it reads it, then closes); the socket stays open for
    // reading until then.
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void ConnectionGuard::refuseTooLarge(qint64 announced, qint64 bodyBuffered)
{
    qCInfo(lcConnection) << "announced body larger than the limit: 413";
    m_limiter.metrics().connectionCut(RegistryMetrics::Cut::BodyTooLarge);
    m_refusing = true;
    // From now on the HTTP server sees nothing of this connection.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    writeError(413, "Payload Too Large", reg::ErrorBodyTooLarge,
               u"The request body is larger than the limit."_s);
    if (announced > DrainLimit) {
        m_socket->disconnectFromHost();
        return;
    }
    // Most clients read the answer only after sending the whole body: closing now would show
    // them a broken connection instead of the 413. Read and drop the body (the request timer
    // still runs), then close.
    m_socket->skip(m_socket->bytesAvailable());
    qint64 remaining = announced - bodyBuffered;
    if (remaining <= 0) {
        m_socket->disconnectFromHost();
        return;
    }
    connect(m_socket, &QIODevice::readyRead, this, [this, remaining]() mutable {
        remaining -= m_socket->skip(m_socket->bytesAvailable());
        if (remaining <= 0)
            m_socket->disconnectFromHost();
    });
}

void ConnectionGuard::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_refusing) {
        if (m_lingerTimer.isActive())
            halfClose();
        return;
    }
    // An answer is out. A chunked body's end is known to the HTTP server alone: with its answer
    // written, the request was read.
    if (m_phase == Phase::Unframed)
        m_phase = Phase::Head;
    if (!atRequestBoundary())
        return; // the next request is arriving already
    m_requestTimer.stop();
    setIdle(true);
    m_idleTimer.start(m_limits.idleTimeout);
}

} // namespace iin::server

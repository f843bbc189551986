#include "server/ConnectionGuard.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace iin::server {

Q_LOGGING_CATEGORY(lcConnection, "iin.registry.connection")

namespace {

// Room for the request line and headers on top of the body limit.
constexpr qsizetype HeadAllowance = 16 * 1024;
// A refused body up to this size is read and dropped so that the client sees the 413.
constexpr qint64 DrainLimit = 16 * 1024 * 1024;

// The Content-Length of the request whose head starts the buffer, or -1 when the head is not
// all there yet or has none.
qint64 announcedLength(const QByteArray& head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? n : -1;
        }
    }
    return -1;
}

} // namespace

void ConnectionGuard::attach(QTcpSocket* socket, const ConnectionLimits& limits)
{
    new ConnectionGuard(socket, limits);
}

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
{
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onResponseWritten);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcConnection) << "request timeout: closing the connection";
        m_socket->abort();
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    m_idleTimer.start(m_limits.idleTimeout);
}

void ConnectionGuard::onReadyRead()
{
    if (!m_inRequest) {
        m_inRequest = true;
        m_received = 0;
        m_idleTimer.stop();
        m_requestTimer.start(m_limits.requestTimeout);
        const qint64 length = announcedLength(m_socket->peek(HeadAllowance));
        if (length > m_limits.maxBodyBytes) {
            refuseTooLarge(length);
            return;
        }
    }
    m_received += m_socket->bytesAvailable();
    if (m_received > m_limits.maxBodyBytes + HeadAllowance) {
        qCInfo(lcConnection) << "request larger than the limit: closing the connection";
        // Keep the HTTP server from reading what is buffered, then cut the connection.
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        m_socket->abort();
    }
}

void ConnectionGuard::refuseTooLarge(qint64 announced)
{
    qCInfo(lcConnection) << "announced body larger than the limit: 413";
    m_refusing = true;
    // From now on the HTTP server sees nothing of this connection.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    const QByteArray body = QByteArrayLiteral(
        R"({"error":{"code":"body_too_large","message":"The request body is larger than the limit.","retryable":false}})");
    m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                    "Connection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    if (announced > DrainLimit) {
        m_socket->disconnectFromHost();
        return;
    }
    // Most clients read the answer only after sending the whole body: closing now would show
    // them a broken connection instead of the 413. Read and drop the body (the request timer
    // still runs), then close.
    qint64 remaining = announced + m_socket->peek(HeadAllowance).indexOf("\r\n\r\n") + 4;
    connect(m_socket, &QIODevice::readyRead, this, [this, remaining]() mutable {
        remaining -= m_socket->skip(m_socket->bytesAvailable());
        if (remaining <= 0)
            m_socket->disconnectFromHost();
    });
    remaining -= m_socket->skip(m_socket->bytesAvailable());
    if (remaining <= 0)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::onResponseWritten()
{
    if (m_refusing || m_socket->bytesToWrite() > 0)
        return;
    m_inRequest = false;
    m_requestTimer.stop();
    m_idleTimer.start(m_limits.idleTimeout);
}

} // namespace iin::server

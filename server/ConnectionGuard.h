#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace iin::server {

class ConnectionLimiter;

struct ConnectionLimits
{
    qsizetype maxBodyBytes = 2 * 1024 * 1024;
    // From a request's first byte to the last byte of its answer. A request not all there by
    // then is answered 408; one whose answer is on its way is cut.
    std::chrono::milliseconds requestTimeout{30000};
    std::chrono::milliseconds idleTimeout{15000}; // a connection with no request in progress
    int maxConnections = 0; // open at once; 0: sized from the open-files limit (ConnectionLimiter)
    int maxConnectionsPerAddress = 256; // open at once from one client address
};

// Watches one connection for what Qt HttpServer 6.4 does not limit: heads with too many or too
// long headers (which it would silently strip), bodies of any size, and clients that send slowly
// or not at all. It follows the bytes of each request as they arrive — the head line by line, the
// body by its Content-Length — so it knows whether a request is complete and whether the
// connection is idle (no request in progress), which the ConnectionLimiter needs to choose a
// connection to close. Too many or too long headers get 431, a body announced over the limit 413
// (before it is read), a request not complete within the request timeout 408; each is answered
// and the connection closed. An idle connection is closed after the idle timeout.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Must be called before the HTTP server connects to the socket, so that the guard sees the
    // bytes first (the ConnectionLimiter's servers do this in nextPendingConnection).
    static ConnectionGuard* attach(QTcpSocket* socket, const ConnectionLimits& limits,
                                   ConnectionLimiter& limiter);
    // Connected to the socket's readyRead after the HTTP server's own handler: what the server
    // left unread then is what the guard has seen already. Without it the guard takes every
    // buffered byte as new, which is right as long as the server reads all it is given.
    void afterServerRead();

    bool isIdle() const { return m_idle; }

    // A whole protocol error answer that closes the connection, for writing on a socket the HTTP
    // server does not (or no longer) read: `retryAfter` seconds in a Retry-After header when
    // above 0.
    static QByteArray closingError(int status, const char* reason, QStringView code,
                                   const QString& message, int retryAfter = 0);

private:
    enum class Phase
    {
        Head,     // reading a request line and headers (or waiting for the next request)
        Body,     // reading a body of a known length
        Unframed, // a chunked body: its end is the HTTP server's business
    };

    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits, ConnectionLimiter& limiter);
    void onReadyRead();
    // Follows the head through `fresh` bytes (starting at `offset` of the socket's buffer);
    // returns how many of them belong to the head, or -1 when the request was refused.
    qint64 readHead(qint64 offset, qint64 available);
    void startRequest();
    void onBytesWritten();
    void onRequestTimeout();
    void setIdle(bool idle);
    bool atRequestBoundary() const { return m_phase == Phase::Head && m_head.isEmpty(); }
    void refuseTooLarge(qint64 announced, qint64 bodyBuffered);
    // Answers with a protocol error and closes: the HTTP server sees no more of the connection;
    // what the client still sends is read and dropped until it closes (or shortly after), so
    // that the kernel does not answer it with a reset that could destroy the answer unread.
    void answerAndClose(int status, const char* reason, QStringView code, const QString& message);
    void writeError(int status, const char* reason, QStringView code, const QString& message);
    void halfClose();

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    ConnectionLimiter& m_limiter;
    Phase m_phase = Phase::Head;
    QByteArray m_head;         // the current request's head as far as it has come
    qsizetype m_lineStart = 0; // where the head's current line begins
    int m_fields = 0;          // header lines so far
    bool m_requestLine = false;
    qint64 m_bodyLeft = 0;      // Phase::Body
    qint64 m_unframedBytes = 0; // Phase::Unframed
    qint64 m_seen = 0;          // bytes at the front of the socket's buffer the guard has seen
    bool m_idle = true;
    bool m_refusing = false;
    bool m_closing = false;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
};

} // namespace iin::server

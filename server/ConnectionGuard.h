#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace iin::server {

struct ConnectionLimits
{
    qsizetype maxBodyBytes = 2 * 1024 * 1024;
    std::chrono::milliseconds requestTimeout{30000}; // first byte to last byte of a request
    std::chrono::milliseconds idleTimeout{120000};   // a kept-alive connection doing nothing
};

// Watches one connection for what Qt HttpServer 6.4 does not limit: bodies of any size and
// clients that send slowly or not at all. A request announcing too large a body gets 413 and
// the connection is closed before the body is read; one that keeps sending past the limit, or
// takes longer than the request timeout, is cut off; an idle connection is closed.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Must be called before the HTTP server connects to the socket, so that the guard sees the
    // bytes first (TcpServerWithLimits::nextPendingConnection does this).
    static void attach(QTcpSocket* socket, const ConnectionLimits& limits);

private:
    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits);
    void onReadyRead();
    void onResponseWritten();
    void refuseTooLarge(qint64 announced);

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    bool m_inRequest = false;
    bool m_refusing = false;
    qsizetype m_received = 0;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
};

} // namespace iin::server

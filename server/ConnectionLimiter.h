#pragma once

#include "server/ConnectionGuard.h"
#include "server/RegistryMetrics.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <list>
#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace iin::server {

// Keeps the registry's connections within what its descriptors allow: at most
// ConnectionLimits::maxConnections open at once, and maxConnectionsPerAddress from one client
// address. A connection past a limit first makes room by closing the oldest idle connection (no
// request in progress: kept alive after an answer, or never sent a byte) — of the same address
// for the per-address limit — so that a flood of idle connections cannot starve real clients;
// only when nothing is idle is the newcomer answered 503 (registry_unavailable, Retry-After) on
// its raw descriptor and closed, before a socket object is even made. An accept that fails (out
// of descriptors) pauses accepting and resumes after a backoff instead of spinning.
// Lives on the server's thread; the RegistryMetrics it reports to may be read from any.
class ConnectionLimiter : public QObject
{
    Q_OBJECT

public:
    // A maxConnections of 0 is sized from the open-files limit in force now.
    ConnectionLimiter(const ConnectionLimits& limits, RegistryMetrics& metrics,
                      QObject* parent = nullptr);
    ~ConnectionLimiter() override;

    // A listening server (not yet listening) whose connections go through this limiter and get a
    // ConnectionGuard each: plain TCP, or TLS with `tls` (the handshake counts as idle time).
    QTcpServer* newServer(const QSslConfiguration* tls);
    // Once the server listens: from now on it accepts by itself (see LimitedServer).
    static void startAccepting(QTcpServer* server);
    // Stops that (e.g. at a graceful stop); call it before closing the server, whose socket the
    // accepting watches. Connections already open stay.
    static void stopAccepting(QTcpServer* server);

    const ConnectionLimits& limits() const { return m_limits; }
    RegistryMetrics& metrics() { return m_metrics; }
    int openConnections() const { return m_open; }

    // This process's open-files limit (the soft one, in force).
    static quint64 openFilesLimit();
    // Raises it to the hard limit (iin-registryd does at start); returns the limit now in force.
    static quint64 raiseOpenFilesLimit();
    // How many connections fit in `openFiles` descriptors, leaving a reserve for the database
    // (files, sockets of several connections), logs and the listening sockets; never more than
    // a ceiling that bounds the memory idle connections can take.
    static int defaultMaxConnections(quint64 openFiles);
    static constexpr int MaxDefaultConnections = 16384;

    // For the servers and guards of this limiter.
    bool admit(qintptr descriptor, bool tls, QHostAddress* peer);
    void track(QTcpSocket* socket, const QHostAddress& peer);
    void setIdle(QTcpSocket* socket, bool idle);
    // Records a failed accept and makes room; returns how long to wait before the next one.
    std::chrono::milliseconds acceptFailed(const QString& why);
    void acceptSucceeded();

private:
    struct Connection;
    struct Peer
    {
        int open = 0;
        std::list<Connection*> idle; // oldest first
    };
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QHostAddress peer;
        bool idle = true;
        std::list<Connection*>::iterator idleAt;     // in m_idle, when idle
        std::list<Connection*>::iterator peerIdleAt; // in the peer's list, when idle
    };

    void release(QObject* socket);
    void evict(Connection* c);
    void refuse(qintptr descriptor, bool tls, RegistryMetrics::Refusal why);
    void markIdle(Connection* c);
    void markBusy(Connection* c);

    ConnectionLimits m_limits;
    RegistryMetrics& m_metrics;
    QHash<QObject*, Connection*> m_connections; // by socket
    QHash<QHostAddress, Peer> m_peers;
    std::list<Connection*> m_idle; // oldest first
    int m_open = 0;
    std::chrono::milliseconds m_backoff{0};
};

} // namespace iin::server

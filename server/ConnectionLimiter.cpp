#include "server/ConnectionLimiter.h"

#include "core/registry/RegistryProtocol.h"
#include "server/ConnectionGuard.h"
#include "server/RegistryMetrics.h"
#include "server/RegistryService.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <sys/resource.h>
#include <sys/socket.h>
#include <type_traits>
#include <unistd.h>

namespace iin::server {

Q_LOGGING_CATEGORY(lcLimiter, "iin.registry.connection")

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
namespace reg = iin::registry;

namespace {

constexpr std::chrono::milliseconds FirstBackoff = 50ms;
constexpr std::chrono::milliseconds MaxBackoff = 2s;
constexpr int ListenBacklog = 1024;

// Under a flood a line per refused connection would flood the log too: at most one a second,
// with the number of those left out.
class QuietLog
{
public:
    template <typename Write>
    void note(Write write)
    {
        ++m_count;
        if (m_next.hasExpired()) {
            write(m_count);
            m_count = 0;
            m_next = QDeadlineTimer(1s);
        }
    }

private:
    QDeadlineTimer m_next{0};
    quint64 m_count = 0;
};

QByteArray refusal()
{
    return ConnectionGuard::closingError(503, "Service Unavailable", reg::ErrorUnavailable,
                                         u"The registry has no free connection; retry later."_s,
                                         RegistryService::RetryAfterSeconds);
}

// What the limiter's servers do besides QTcpServer's part.
class OwnAccepting
{
public:
    virtual ~OwnAccepting() = default;
    virtual void startAccepting() = 0;
    virtual void stopAccepting() = 0;
};

// A listening server whose connections go through the limiter before a socket object is made
// for them, and get a ConnectionGuard before the HTTP server sees them. Plain TCP or TLS
// (QSslServer hands sockets out after the handshake).
//
// It accepts by itself: QTcpServer (Qt 6.4) goes on calling accept() on a listening socket that
// stays readable while the process is out of descriptors (EMFILE), at full speed, and answers
// nobody meanwhile. Here a failed accept stops watching the socket for a backoff.
template <typename Base>
class LimitedServer : public Base, public OwnAccepting
{
public:
    LimitedServer(ConnectionLimiter& limiter, bool tls) : m_limiter(limiter), m_tls(tls)
    {
        // Qt stops accepting while this many connections wait to be taken (QSslServer counts
        // those in their handshake too): the limiter decides instead, so Qt's own limit must
        // never be reached first.
        this->setMaxPendingConnections(std::max(limiter.limits().maxConnections + 1, 30));
        // The kernel's queue of connections not yet accepted (Qt's default is 50): a burst of
        // new connections beyond it has its handshakes dropped and retried seconds later, so
        // real clients wait behind a flood even when the registry has room for them.
        this->setListenBacklogSize(ListenBacklog);
        m_resume.setSingleShot(true);
        QObject::connect(&m_resume, &QTimer::timeout, this, [this] {
            if (m_notifier)
                m_notifier->setEnabled(true);
        });
        if constexpr (std::is_same_v<Base, QSslServer>) {
            // A handshake that timed out makes QSslServer resume its own accepting.
            QObject::connect(this, &QSslServer::errorOccurred, this, [this] {
                QMetaObject::invokeMethod(
                    this, [this] { this->pauseAccepting(); }, Qt::QueuedConnection);
            });
        }
    }

    void startAccepting() override
    {
        this->pauseAccepting();
        m_notifier = new QSocketNotifier(this->socketDescriptor(), QSocketNotifier::Read, this);
        QObject::connect(m_notifier, &QSocketNotifier::activated, this,
                         [this] { acceptPending(); });
    }

    void stopAccepting() override
    {
        delete m_notifier;
        m_notifier = nullptr;
        m_resume.stop();
        this->pauseAccepting();
    }

    QTcpSocket* nextPendingConnection() override
    {
        // The HTTP server takes connections in a loop until none is left, connecting its handler
        // to each socket's readyRead in between: by the next call the previous socket has it,
        // and the guard's after-read hook goes after it.
        if (m_handedOut && m_handedOutGuard)
            QObject::connect(m_handedOut, &QIODevice::readyRead, m_handedOutGuard,
                             &ConnectionGuard::afterServerRead);
        QTcpSocket* socket = Base::nextPendingConnection();
        // Taking a connection turns QTcpServer's own accepting back on.
        if (m_notifier)
            this->pauseAccepting();
        m_handedOut = socket;
        m_handedOutGuard =
            socket ? ConnectionGuard::attach(socket, m_limiter.limits(), m_limiter) : nullptr;
        return socket;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QHostAddress peer;
        if (!m_limiter.admit(descriptor, m_tls, &peer))
            return;
        Base::incomingConnection(descriptor);
        // The socket the base class made for the descriptor is its newest child.
        const QObjectList& children = this->children();
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            auto* socket = qobject_cast<QTcpSocket*>(*it);
            if (socket && socket->socketDescriptor() == descriptor) {
                m_limiter.track(socket, peer);
                return;
            }
        }
    }

private:
    void acceptPending()
    {
        // A bounded number at a time, so that a flood does not keep the answers waiting.
        for (int i = 0; i < 128; ++i) {
            const int descriptor =
                ::accept4(int(this->socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
            if (descriptor >= 0) {
                m_limiter.acceptSucceeded();
                incomingConnection(descriptor);
                emit this->newConnection();
                continue;
            }
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED)
                continue;
            if (error == EAGAIN || error == EWOULDBLOCK)
                return;
            m_notifier->setEnabled(false);
            m_resume.start(m_limiter.acceptFailed(qt_error_string(error)));
            return;
        }
    }

    ConnectionLimiter& m_limiter;
    bool m_tls;
    QPointer<QTcpSocket> m_handedOut;
    QPointer<ConnectionGuard> m_handedOutGuard;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_resume;
};

} // namespace

ConnectionLimiter::ConnectionLimiter(const ConnectionLimits& limits, RegistryMetrics& metrics,
                                     QObject* parent)
    : QObject(parent), m_limits(limits), m_metrics(metrics)
{
    if (m_limits.maxConnections <= 0)
        m_limits.maxConnections = defaultMaxConnections(openFilesLimit());
    m_limits.maxConnectionsPerAddress = std::max(1, m_limits.maxConnectionsPerAddress);
}

ConnectionLimiter::~ConnectionLimiter()
{
    qDeleteAll(m_connections);
}

QTcpServer* ConnectionLimiter::newServer(const QSslConfiguration* tls)
{
    if (!tls)
        return new LimitedServer<QTcpServer>(*this, false);
    auto* server = new LimitedServer<QSslServer>(*this, true);
    server->setSslConfiguration(*tls);
    server->setHandshakeTimeout(int(m_limits.requestTimeout.count()));
    return server;
}

quint64 ConnectionLimiter::openFilesLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    return limit.rlim_cur == RLIM_INFINITY ? quint64(1) << 20 : quint64(limit.rlim_cur);
}

quint64 ConnectionLimiter::raiseOpenFilesLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        // An unlimited hard limit is still bounded by the kernel's fs.nr_open.
        if (::setrlimit(RLIMIT_NOFILE, &raised) != 0 && limit.rlim_max == RLIM_INFINITY) {
            raised.rlim_cur = 1 << 20;
            ::setrlimit(RLIMIT_NOFILE, &raised);
        }
    }
    return openFilesLimit();
}

int ConnectionLimiter::defaultMaxConnections(quint64 openFiles)
{
    const quint64 reserve = std::clamp<quint64>(openFiles / 8, 32, 1024);
    if (openFiles <= reserve)
        return 1;
    return int(std::min<quint64>(openFiles - reserve, MaxDefaultConnections));
}

bool ConnectionLimiter::admit(qintptr descriptor, bool tls, QHostAddress* peer)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr*>(&address), &length) == 0)
        *peer = QHostAddress(reinterpret_cast<const sockaddr*>(&address));
    // One client is one address, whether it came over IPv4 or as IPv4 mapped into IPv6.
    bool v4 = false;
    const quint32 ipv4 = peer->toIPv4Address(&v4);
    if (v4)
        *peer = QHostAddress(ipv4);

    if (const auto p = m_peers.constFind(*peer);
        p != m_peers.constEnd() && p->open >= m_limits.maxConnectionsPerAddress) {
        if (p->idle.empty()) {
            refuse(descriptor, tls, RegistryMetrics::Refusal::PerAddress);
            return false;
        }
        evict(p->idle.front());
    }
    if (m_open >= m_limits.maxConnections) {
        if (m_idle.empty()) {
            refuse(descriptor, tls, RegistryMetrics::Refusal::Capacity);
            return false;
        }
        evict(m_idle.front());
    }
    return true;
}

void ConnectionLimiter::track(QTcpSocket* socket, const QHostAddress& peer)
{
    auto* c = new Connection{socket, peer, false, {}, {}};
    m_connections.insert(socket, c);
    ++m_peers[peer].open;
    ++m_open;
    m_metrics.connectionOpened();
    markIdle(c);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { release(socket); });
    connect(socket, &QObject::destroyed, this, &ConnectionLimiter::release);
}

void ConnectionLimiter::setIdle(QTcpSocket* socket, bool idle)
{
    Connection* c = m_connections.value(socket);
    if (!c)
        return;
    if (idle)
        markIdle(c);
    else
        markBusy(c);
}

void ConnectionLimiter::markIdle(Connection* c)
{
    if (c->idle)
        return;
    c->idle = true;
    c->idleAt = m_idle.insert(m_idle.end(), c);
    std::list<Connection*>& peerIdle = m_peers[c->peer].idle;
    c->peerIdleAt = peerIdle.insert(peerIdle.end(), c);
}

void ConnectionLimiter::markBusy(Connection* c)
{
    if (!c->idle)
        return;
    c->idle = false;
    m_idle.erase(c->idleAt);
    m_peers[c->peer].idle.erase(c->peerIdleAt);
}

void ConnectionLimiter::release(QObject* socket)
{
    Connection* c = m_connections.take(socket);
    if (!c)
        return;
    markBusy(c);
    const auto p = m_peers.find(c->peer);
    if (p != m_peers.end() && --p->open <= 0)
        m_peers.erase(p);
    --m_open;
    m_metrics.connectionClosed();
    delete c;
}

void ConnectionLimiter::evict(Connection* c)
{
    thread_local QuietLog log; // a training registry runs on a thread of its own
    log.note([&](quint64 n) {
        qCInfo(lcLimiter) << "connection limit reached: closed" << n << "idle connection(s)";
    });
    const QPointer<QTcpSocket> socket = c->socket;
    release(socket.get());
    m_metrics.connectionEvicted();
    if (!socket)
        return;
    // The descriptor is needed now: a close that would wait for unsent data is cut short.
    auto* tls = qobject_cast<QSslSocket*>(socket.get());
    if (tls && !tls->isEncrypted()) {
        tls->abort(); // in its handshake: never handed out, so nobody else deletes it
        tls->deleteLater();
        return;
    }
    socket->disconnectFromHost();
    if (socket && socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
}

void ConnectionLimiter::refuse(qintptr descriptor, bool tls, RegistryMetrics::Refusal why)
{
    thread_local QuietLog log; // a training registry runs on a thread of its own
    log.note([&](quint64 n) {
        qCWarning(lcLimiter) << "no free connection: refused" << n
                             << (why == RegistryMetrics::Refusal::Capacity
                                     ? "connection(s) (--max-connections)"
                                     : "connection(s) of one address "
                                       "(--max-connections-per-address)");
    });
    m_metrics.connectionRefused(why);
    const int fd = int(descriptor);
    if (!tls) {
        // What the client sent already is read first: closing with unread data would answer
        // with a reset, which can destroy the 503 before the client reads it.
        static const QByteArray answer = refusal();
        char scratch[4096];
        for (int i = 0; i < 16 && ::recv(fd, scratch, sizeof scratch, MSG_DONTWAIT) > 0; ++i) {
        }
        [[maybe_unused]] const ssize_t sent =
            ::send(fd, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    // A TLS client cannot read a plain answer; it sees the connection closed, which a desk
    // retries like any network failure.
    ::close(fd);
}

std::chrono::milliseconds ConnectionLimiter::acceptFailed(const QString& why)
{
    m_backoff = m_backoff.count() == 0 ? FirstBackoff : std::min(m_backoff * 2, MaxBackoff);
    thread_local QuietLog log; // a training registry runs on a thread of its own
    log.note([&](quint64 n) {
        qCWarning(lcLimiter).noquote()
            << u"accept failed (%1), %2 time(s): accepting again in %3 ms"_s.arg(why).arg(n).arg(
                   m_backoff.count());
    });
    m_metrics.acceptFailed();
    // Out of descriptors (the reserve was not enough): one idle connection makes room, and
    // accepting waits a little instead of trying again at once, which would spin.
    if (!m_idle.empty())
        evict(m_idle.front());
    return m_backoff;
}

void ConnectionLimiter::startAccepting(QTcpServer* server)
{
    if (auto* own = dynamic_cast<OwnAccepting*>(server))
        own->startAccepting();
}

void ConnectionLimiter::stopAccepting(QTcpServer* server)
{
    if (auto* own = dynamic_cast<OwnAccepting*>(server))
        own->stopAccepting();
}

void ConnectionLimiter::acceptSucceeded()
{
    m_backoff = std::chrono::milliseconds(0);
}

} // namespace iin::server

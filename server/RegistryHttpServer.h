#pragma once

#include "core/base/Result.h"
#include "server/ConnectionGuard.h"
#include "server/RegistryMetrics.h"
#include "server/RegistryService.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QString>

#include <map>
#include <optional>

class QTimer;

namespace iin::server {

class ConnectionLimiter;
class DeskCredentials;
class RegistryWorkers;

struct ListenOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;           // 0: any free port (see RegistryHttpServer::port())
    QString tlsCertificateFile; // PEM; both or neither
    QString tlsKeyFile;         // PEM, unencrypted
    ConnectionLimits limits;
    // The bearer token that opens /v1/metrics to other addresses than loopback (from
    // --metrics-token-file); empty: loopback only.
    QString metricsToken;
};

// One request as the routes need it, copied off the connection: a worker thread answers it
// while the connection (and Qt's request object, reused for the connection's next request)
// stays with the server's thread.
struct RegistryCall
{
    QString route; // "health", "ready", "metrics", "submit", "batch", "desk_key", "query", or
                   // "?" (no such resource)
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray revision;
    QByteArray body;
};

// What the registry answers to one call, ready to be written.
struct CallAnswer
{
    ServiceReply reply;                   // as the desk's protocol revision may be given it
    QString deskId = QStringLiteral("-"); // for the log
    QByteArray json;                      // reply.body, serialised (or the metrics' text)
    QByteArray contentType = "application/json; charset=utf-8";
};

// The registry protocol over HTTP (docs/registry-protocol.md): authenticates the desk, checks
// the media type and size, routes to the RegistryService and writes its JSON. Logs one line per
// request with a request id, the desk id, the route and the result code — never a body.
// Threads (docs/registry.md, "Threads"): with workers, the server's thread reads requests,
// answers health, and writes each answer when a worker has made it, in the order the
// connection's requests came; without (the desk's training registry), it answers every request
// itself.
class RegistryHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    RegistryHttpServer(RegistryService& service, DeskCredentials& credentials,
                       QObject* parent = nullptr);
    ~RegistryHttpServer() override;

    // Requests that need the database go to these workers from now on (null: answered here).
    // The count of reviews waiting for /v1/metrics is refreshed on them every 15 s.
    void useWorkers(RegistryWorkers* workers);

    Status listen(const ListenOptions& options);
    quint16 port() const { return m_port; }
    // The connection limits in force once listening (a default maximum is sized then).
    ConnectionLimits connectionLimits() const;
    // Thread-safe: request handlers on other threads may record into it.
    RegistryMetrics& metrics() { return m_metrics; }

    // TEST ONLY (IIN_REGISTRY_FAULT=drop-after-commit:N, docs/sync.md): of every n submits or
    // batches, the first n - 1 are handled and committed, then the connection is cut before the
    // answer is written, as when a network fails at the worst moment; the n-th is answered. A
    // run of drops, because the client's HTTP stack silently resends a request whose connection
    // closed a few times before it reports a failure. 0 (the default) turns it off.
    void setDropAfterCommitEvery(int n) { m_dropEvery = n; }
    bool usesTls() const { return m_tls; }

    // A graceful stop: no new connection is accepted, requests already handed to a worker are
    // finished and their answers written, any later request is told to retry (503), then every
    // connection is closed and stopped() is emitted.
    void stop();
    int requestsInFlight() const { return m_inFlight; }

    // The answer to one call: the routes, the credentials and the service. Runs on a worker's
    // thread with that worker's service and credentials, or on the server's without workers.
    static CallAnswer answer(const RegistryCall& call, RegistryService& service,
                             DeskCredentials& credentials);

signals:
    void stopped();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    // A request between its arrival and its answer.
    struct Pending
    {
        QString requestId;
        QString route;
        QPointer<QTcpSocket> socket;
        quint64 slot = 0; // its place in the order of the connection's answers
        QElapsedTimer took;
    };
    // The answers of one connection: HTTP/1.1 answers requests in the order they came, while
    // workers may finish a connection's pipelined requests in another.
    struct Connection
    {
        quint64 nextSlot = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, QByteArray> ready;
    };

    static CallAnswer finish(ServiceReply reply, const QByteArray& revision,
                             const QString& deskId = QStringLiteral("-"));
    // On the server's thread: the test fault, the answer written, the log line.
    void complete(const Pending& pending, const CallAnswer& answer);
    void deliver(const Pending& pending, const QByteArray& bytes);
    quint64 reserveSlot(QTcpSocket* socket);
    void finishStopIfIdle();
    void countReviewsWaiting();
    static void acknowledgeAtOnce(QTcpSocket* socket);

    // GET /v1/metrics: the text in `text`, or a protocol error for a caller not allowed to read
    // it (only loopback, or the metrics token).
    ServiceReply metricsReply(const QHttpServerRequest& request, QTcpSocket* socket,
                              std::optional<QByteArray>* text);
    RegistryMetrics m_metrics;
    ConnectionLimiter* m_limiter = nullptr;
    QByteArray m_metricsTokenHash; // SHA-256 of the metrics token; empty: none
    RegistryService& m_service;
    DeskCredentials& m_credentials;
    RegistryWorkers* m_workers = nullptr;
    QTimer* m_reviewsTimer = nullptr;
    QHash<QTcpSocket*, Connection> m_connections;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_dropEvery = 0;
    int m_faultCount = 0;
    int m_inFlight = 0;
    bool m_stopping = false;
    bool m_closing = false;
};

} // namespace iin::server

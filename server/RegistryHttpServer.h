#pragma once

#include "core/base/Result.h"
#include "server/ConnectionGuard.h"
#include "server/RegistryMetrics.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace iin::server {

class ConnectionLimiter;
class DeskCredentials;
class RegistryService;
struct ServiceReply;

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

// The registry protocol over HTTP (docs/registry-protocol.md): authenticates the desk, checks
// the media type and size, routes to the RegistryService and writes its JSON. Logs one line per
// request with a request id, the desk id, the route and the result code — never a body.
class RegistryHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    RegistryHttpServer(RegistryService& service, DeskCredentials& credentials,
                       QObject* parent = nullptr);
    ~RegistryHttpServer() override;

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

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
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
    quint16 m_port = 0;
    bool m_tls = false;
    int m_dropEvery = 0;
    int m_faultCount = 0;
};

} // namespace iin::server

#pragma once

#include "ConnectionGuard.h"
#include "Result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QString>

namespace iin::server {

class DeskCredentials;
class RegistryService;

struct ListenOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;           // 0: any free port (see RegistryHttpServer::port())
    QString tlsCertificateFile; // PEM; both or neither
    QString tlsKeyFile;         // PEM, unencrypted
    ConnectionLimits limits;
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

    Status listen(const ListenOptions& options);
    quint16 port() const { return m_port; }
    bool usesTls() const { return m_tls; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    RegistryService& m_service;
    DeskCredentials& m_credentials;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace iin::server

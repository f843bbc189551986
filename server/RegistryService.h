#pragma once

#include "RegistryAnswer.h"
#include "RegistryRequest.h"

#include <QJsonObject>
#include <QString>

namespace iin::server {

class RegistryStore;

// What the registry says to one call: an HTTP status, a JSON body, and a short code for the log
// ("formed", "rejected:data_unreliable", "idempotency_key_reused"...), never personal data.
struct ServiceReply
{
    int httpStatus = 200;
    QJsonObject body;
    QString logCode;
    bool replayed = false;
};

// The registry's logic without HTTP: forms IINs, recognises people who already have one, and
// remembers every answer under its desk and idempotency key. The HTTP server and a desk that
// embeds a training registry both drive it. Rules: docs/registry-protocol.md.
class RegistryService
{
public:
    explicit RegistryService(RegistryStore& store) : m_store(store) {}

    ServiceReply submit(const QString& deskId, const QJsonObject& body);
    ServiceReply submitBatch(const QString& deskId, const QJsonObject& body);
    ServiceReply query(const QString& deskId, const QString& key);

    static ServiceReply error(int httpStatus, QStringView code, const QString& message);

private:
    struct Decision; // the outcome of one attempt at one request
    Decision decide(const QString& deskId, const RegistryRequest& request, const QString& bodyHash);

    RegistryStore& m_store;
};

} // namespace iin::server

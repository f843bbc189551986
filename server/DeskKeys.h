#pragma once

#include "core/base/Result.h"
#include "core/signing/SigningKey.h"
#include "server/RegistryService.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace iin::server {

class RegistryStore;

// The desk keys the registry certifies (docs/certificate.md, "Trust model"): each desk makes
// its own Ed25519 key and sends the public half at its first sync (POST /v1/desk-keys, with its
// desk token); the registry signs (desk id, key id, public key, validity) with its own key,
// keeps the certification, and publishes every one — and every revocation — in the trust file
// that verifiers load.
class DeskKeys
{
public:
    // A certification is valid for this long from the day it is made.
    static constexpr int ValidityDays = 730;

    explicit DeskKeys(RegistryStore& store) : m_store(store) {}

    // {"public_key": base64} → {"certificate": {...}, "registry_key": {...}}. The same key again
    // gets its first certification back; a revoked key is refused (409 desk_key_revoked).
    ServiceReply certify(const QString& deskId, const QJsonObject& body, const SigningKey* key);
    // Revokes the desk's keys (one when `keyId` is given); returns the ids revoked now.
    Result<QStringList> revoke(const QString& deskId, const QString& keyId = {});
    // The verifiers' trust file: the registry's public key (and registry keys of earlier trust
    // files, for certificates attested before a rotation), every certified desk key, re-signed
    // by `key`, and every revoked one.
    Result<QJsonObject> trustFile(const SigningKey& key, const QList<QJsonObject>& previousKeys);

private:
    RegistryStore& m_store;
};

} // namespace iin::server

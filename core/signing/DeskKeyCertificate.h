#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace iin {

// The registry's word that a desk's public key belongs to that desk for a time: the registry
// signs (desk id, key id, public key, validity window) with its own key when the desk asks at
// its first sync (POST /v1/desk-keys, docs/registry-protocol.md). The desk keeps it in its
// journal; the registry publishes every one in the trust file, where a verifier checks it
// before it accepts the desk's signature on a certificate.
//
// Signed bytes, version 1: UTF-8, '|'-joined,
//   IIND1|registry key id|desk key id|desk id|public key (base64)|valid from|valid until|
// dates YYYYMMDD.
struct DeskKeyCertificate
{
    Q_DECLARE_TR_FUNCTIONS(DeskKeyCertificate)

public:
    static constexpr char16_t Magic[] = u"IIND1";

    QString keyId;  // the desk key's id (SigningKey::deskKeyIdFor)
    QString deskId; // the desk as the registry knows it
    QByteArray publicKey;
    QDate validFrom;
    QDate validUntil;
    QString certifiedBy; // the registry key that signed
    QByteArray signature;

    QByteArray signedPart() const;
    bool verify(const QByteArray& registryPublicKey) const;
    bool covers(const QDate& date) const { return date >= validFrom && date <= validUntil; }

    // {"key_id", "desk_id", "public_key", "valid_from", "valid_until", "certified_by",
    //  "certificate"}: base64 key, ISO dates, base64url signature.
    QJsonObject toJson() const;
    static Result<DeskKeyCertificate> fromJson(const QJsonObject& object);
};

} // namespace iin

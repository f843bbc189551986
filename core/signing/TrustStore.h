#pragma once

#include "core/base/Result.h"
#include "core/signing/DeskKeyCertificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

// A public key a verifier accepts certificates from.
struct TrustedKey
{
    QString keyId;
    QByteArray publicKey; // 32 bytes, Ed25519
    QString issuer;       // the registry that holds the secret half
    bool training = false;
    QDate validFrom;  // certificates issued before it are refused; null: no limit
    QDate validUntil; // certificates issued after it are refused (key retired); null: no limit

    bool coversIssueDate(const QDate& issued) const;
};

// A desk's key whose certification by a trusted registry key held when the trust file was
// loaded (or the built-in training desk key).
struct TrustedDeskKey
{
    DeskKeyCertificate certificate;
    bool training = false;
    std::optional<QDate> revokedOn; // revoked: nothing it signed is genuine any more
};

// Key id → public key, for verifying certificates offline. Starts with the embedded training
// keys (flagged as training: the verifier still refuses them unless told to trust them) and takes
// real keys from trust files published by the registries: registry keys ("keys"), the desk keys
// they certified ("desk_keys", each checked against its registry key on loading) and revoked
// desk keys ("revoked_desk_keys"). Trust model and file format: docs/certificate.md.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    TrustStore(); // holds the training key only

    // Adds every key of a trust file. A key id already present with another public key is an
    // error: one id must never name two keys.
    Status loadFile(const QString& path);
    Status add(const TrustedKey& key);

    // A desk key's certification: refused unless a registry key of this store signed it.
    Status addDeskKey(const DeskKeyCertificate& certificate);
    void revokeDeskKey(const QString& keyId, const QDate& revokedOn);

    std::optional<TrustedKey> find(const QString& keyId) const;
    std::optional<TrustedDeskKey> findDeskKey(const QString& keyId) const;
    const QList<TrustedKey>& keys() const { return m_keys; }

    static TrustedKey trainingKey();

private:
    QList<TrustedKey> m_keys;
    QList<TrustedDeskKey> m_deskKeys;
    QHash<QString, QDate> m_revoked; // desk key id → day revoked
};

} // namespace iin

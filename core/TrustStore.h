#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
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

// Key id → public key, for verifying certificates offline. Starts with the embedded training
// key (flagged as training: the verifier still refuses it unless told to trust it) and takes
// real keys from trust files published by the registries. Trust model: docs/certificate.md.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    TrustStore(); // holds the training key only

    // Adds every key of a trust file. A key id already present with another public key is an
    // error: one id must never name two keys.
    Status loadFile(const QString& path);
    Status add(const TrustedKey& key);

    std::optional<TrustedKey> find(const QString& keyId) const;
    const QList<TrustedKey>& keys() const { return m_keys; }

    static TrustedKey trainingKey();

private:
    QList<TrustedKey> m_keys;
};

} // namespace iin

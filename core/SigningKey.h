#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace iin {

// The issuing registry's Ed25519 key that signs the certificate's QR payload. Only the registry
// that formed the IIN holds it; verifiers get the public half through a TrustStore.
// File format and handling: docs/certificate.md.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    // A new random key. `keyId` names it in every payload it signs (1..16 of A-Z a-z 0-9 . _ -),
    // so that verifiers can hold old and new keys side by side while keys rotate.
    static Result<SigningKey> generate(const QString& keyId, const QString& issuer);

    // The key of the embedded training registry. Its secret is public by design (it ships in
    // every build), so it is good only for training certificates: verifiers refuse it unless
    // told to trust it.
    static SigningKey training();
    static QString trainingKeyId() { return QStringLiteral("TRAINING-1"); }

    // Reads a key file; refuses one that others than its owner may read.
    static Result<SigningKey> load(const QString& path);
    // Writes the key file with permissions 0600 (owner read/write only).
    Status save(const QString& path) const;

    static bool isValidKeyId(const QString& keyId);

    const QString& keyId() const { return m_keyId; }
    const QString& issuer() const { return m_issuer; }
    bool isTraining() const { return m_training; }
    QByteArray publicKey() const;

    QByteArray sign(const QByteArray& message) const; // detached, SignatureBytes long

    // The public half as one entry of a trust-store file.
    QJsonObject publicEntry() const;

private:
    SigningKey() = default;
    static SigningKey fromSeed(const QByteArray& seed, QString keyId, QString issuer,
                               bool training);

    QByteArray m_seed;      // 32 bytes: the secret from which the key pair is derived
    QByteArray m_secretKey; // libsodium's 64-byte secret key (seed + public key)
    QString m_keyId;
    QString m_issuer;
    bool m_training = false;
};

} // namespace iin

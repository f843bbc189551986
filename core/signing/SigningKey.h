#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace iin {

// An Ed25519 key that signs part of a certificate's QR payload: the registry's key signs what
// only the registry knows (the IIN and the person it was formed for, RegistryAttestation), a
// desk's own key signs the certificate it prints (number, issue date). Each stays with its
// holder: no desk holds the registry's key. Verifiers get the public halves through a
// TrustStore. File format, handling and trust model: docs/certificate.md.
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
    // The training desk key: signs the desk's half of training certificates (public by design,
    // like the training registry key).
    static SigningKey trainingDesk();
    static QString trainingDeskKeyId() { return QStringLiteral("TRAINING-D1"); }

    // A desk's own new key. Its id is derived from its public key (deskKeyIdFor), so that it is
    // known before the registry certifies it and one id never names two keys.
    static Result<SigningKey> generateForDesk(const QString& deskId);
    // "D" + the first 8 bytes of SHA-256(public key) in base64url: 12 characters.
    static QString deskKeyIdFor(const QByteArray& publicKey);

    // Reads a key file; refuses one that others than its owner may read.
    static Result<SigningKey> load(const QString& path);
    // Writes a new key file with permissions 0600 (owner read/write only), never over an
    // existing file (`file.exists`): see NewFile.
    Status save(const QString& path) const;

    static bool isValidKeyId(const QString& keyId);

    const QString& keyId() const { return m_keyId; }
    const QString& issuer() const { return m_issuer; }
    bool isTraining() const { return m_training; }
    QByteArray publicKey() const;

    QByteArray sign(const QByteArray& message) const; // detached, SignatureBytes long
    static bool verify(const QByteArray& publicKey, const QByteArray& message,
                       const QByteArray& signature);

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

#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>

namespace iin {

// The public half of an office's recovery key: what a desk needs to encrypt a backup that only
// the office can open (an X25519 key, crypto_box). It is no secret; it sits in the desk's
// settings.
class RecoveryPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPublicKey)

public:
    static constexpr int Bytes = 32;

    static Result<RecoveryPublicKey> load(const QString& path);
    static Result<RecoveryPublicKey> fromBytes(const QByteArray& bytes);
    // Never over an existing file (NewFile).
    Status save(const QString& path) const;

    QByteArray bytes() const { return m_bytes; }
    // 16 hex digits: the first 8 bytes of BLAKE2b-256 (crypto_generichash) of the public key.
    // Names the key in messages, audit records and file headers' readers.
    QString id() const { return idOf(m_bytes); }
    static QString idOf(const QByteArray& publicKey);

private:
    QByteArray m_bytes;
};

// An office's recovery key pair. The private half opens every encrypted backup made to the
// public half; the office keeps it away from the desks (on paper or a stick in the safe) and the
// desks hold only the public half. File formats: docs/backup.md.
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)

public:
    static constexpr int SecretBytes = 32;

    ~RecoveryKey();
    RecoveryKey(const RecoveryKey&) = default;
    RecoveryKey& operator=(const RecoveryKey&) = default;

    static Result<RecoveryKey> generate(); // crypto_box_keypair
    static Result<RecoveryKey> load(const QString& path);
    // Mode 0600, never over an existing file (`file.exists`, NewFile).
    Status save(const QString& path) const;

    const RecoveryPublicKey& publicKey() const { return m_public; }
    const unsigned char* secret() const { return m_secret.data(); }

private:
    RecoveryKey() = default;
    std::array<unsigned char, SecretBytes> m_secret{};
    RecoveryPublicKey m_public;
};

} // namespace iin

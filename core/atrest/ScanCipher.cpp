#include "core/atrest/ScanCipher.h"

#include <QBuffer>

#include <sodium.h>

namespace iin {

namespace {

QByteArray rawKeyId(const StreamKey& key)
{
    static const QByteArray text("iin-desk scan key id");
    unsigned char out[crypto_generichash_BYTES];
    if (sodium_init() < 0)
        return {};
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(text.constData()),
                       text.size(), key.data(), StreamKey::Bytes);
    return QByteArray(reinterpret_cast<const char*>(out), ScanCipher::KeyIdBytes);
}

} // namespace

ScanCipher::ScanCipher(const StreamKey& key) : m_key(key), m_keyId(rawKeyId(key)) {}

QString ScanCipher::keyIdOf(const StreamKey& key)
{
    return QString::fromLatin1(rawKeyId(key).toHex());
}

QString ScanCipher::keyIdInFile(const QByteArray& fileStart)
{
    if (!isEncrypted(fileStart) || fileStart.size() < PrefixBytes)
        return {};
    return QString::fromLatin1(fileStart.mid(MagicBytes, KeyIdBytes).toHex());
}

Result<QByteArray> ScanCipher::encrypt(const QByteArray& plain) const
{
    const QByteArray prefix = QByteArray(Magic, MagicBytes) + m_keyId;
    QByteArray copy = plain; // SecretStream wipes what it reads; the caller's bytes stay
    QBuffer in(&copy);
    QByteArray bytes;
    bytes.reserve(plain.size() + plain.size() / SecretStream::ChunkBytes * 21 + 64);
    QBuffer out(&bytes);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    out.write(prefix);
    if (Status s = SecretStream::encrypt(in, out, m_key, prefix); !s)
        return s.error();
    out.close();
    return bytes;
}

Result<QByteArray> ScanCipher::decrypt(const QByteArray& file, const QString& name) const
{
    if (!isEncrypted(file) || file.size() < PrefixBytes)
        return Error{QStringLiteral("scans.not_encrypted"),
                     tr("The scan %1 is not an encrypted scan file.").arg(name)};
    const QByteArray keyId = file.mid(MagicBytes, KeyIdBytes);
    if (keyId != m_keyId)
        return Error{QStringLiteral("scans.other_key"),
                     tr("The scan %1 was encrypted under another key (%2), not this journal's "
                        "(%3).")
                         .arg(name, QString::fromLatin1(keyId.toHex()), this->keyId())};
    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    in.seek(PrefixBytes);
    QByteArray plain;
    plain.reserve(file.size());
    QBuffer out(&plain);
    out.open(QIODevice::WriteOnly);
    if (Status s = SecretStream::decrypt(in, out, m_key, file.left(PrefixBytes)); !s) {
        sodium_memzero(plain.data(), size_t(plain.size()));
        return Error{QStringLiteral("scans.damaged"),
                     tr("The scan %1 cannot be read: %2").arg(name, s.errorMessage())};
    }
    out.close();
    return plain;
}

} // namespace iin

#include "core/backup/RecoveryKey.h"

#include "core/base/NewFile.h"

#include <QFile>

#include <sodium.h>

namespace iin {

static_assert(RecoveryPublicKey::Bytes == crypto_box_PUBLICKEYBYTES);
static_assert(RecoveryKey::SecretBytes == crypto_box_SECRETKEYBYTES);

namespace {

const QByteArray PublicTag = QByteArrayLiteral("iin-desk recovery public key 1");
const QByteArray SecretTag = QByteArrayLiteral("iin-desk recovery secret key 1");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// A key file: its tag line, then the key in base64 on the second line. Anything else is refused.
Result<QByteArray> readKeyFile(const QString& path, const QByteArray& tag, int bytes,
                               const char* context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("recovery_key.unreadable"),
                     QCoreApplication::translate(context, "Cannot read the key file %1: %2.")
                         .arg(path, file.errorString())};
    QByteArray content = file.read(4096);
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QByteArray key;
    if (lines.size() == 2 && lines[0].trimmed() == tag)
        key = QByteArray::fromBase64(lines[1].trimmed());
    sodium_memzero(content.data(), size_t(content.size()));
    if (key.size() != bytes)
        return Error{QStringLiteral("recovery_key.format"),
                     QCoreApplication::translate(context, "%1 is not a %2 file of the desk.")
                         .arg(path, QString::fromLatin1(tag.left(tag.lastIndexOf(' '))))};
    return key;
}

} // namespace

QString RecoveryPublicKey::idOf(const QByteArray& publicKey)
{
    sodiumReady();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 8).toHex());
}

Result<RecoveryPublicKey> RecoveryPublicKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != Bytes)
        return Error{QStringLiteral("recovery_key.format"),
                     tr("A recovery public key is %1 bytes long.").arg(Bytes)};
    RecoveryPublicKey key;
    key.m_bytes = bytes;
    return key;
}

Result<RecoveryPublicKey> RecoveryPublicKey::load(const QString& path)
{
    Result<QByteArray> bytes = readKeyFile(path, PublicTag, Bytes, "RecoveryPublicKey");
    if (!bytes)
        return bytes.error();
    return fromBytes(*bytes);
}

Status RecoveryPublicKey::save(const QString& path) const
{
    return NewFile::write(path, PublicTag + '\n' + m_bytes.toBase64() + '\n', NewFile::PublicMode);
}

RecoveryKey::~RecoveryKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

Result<RecoveryKey> RecoveryKey::generate()
{
    if (!sodiumReady())
        return Error{QStringLiteral("recovery_key.crypto"),
                     tr("The encryption library cannot start.")};
    RecoveryKey key;
    QByteArray publicKey(RecoveryPublicKey::Bytes, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), key.m_secret.data());
    key.m_public = *RecoveryPublicKey::fromBytes(publicKey);
    return key;
}

Result<RecoveryKey> RecoveryKey::load(const QString& path)
{
    if (!sodiumReady())
        return Error{QStringLiteral("recovery_key.crypto"),
                     tr("The encryption library cannot start.")};
    Result<QByteArray> secret = readKeyFile(path, SecretTag, SecretBytes, "RecoveryKey");
    if (!secret)
        return secret.error();
    RecoveryKey key;
    std::copy(secret->cbegin(), secret->cend(), key.m_secret.begin());
    sodium_memzero(secret->data(), size_t(secret->size()));
    // The public half is derived, never stored beside the secret: they cannot disagree.
    QByteArray publicKey(RecoveryPublicKey::Bytes, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(publicKey.data()), key.m_secret.data());
    key.m_public = *RecoveryPublicKey::fromBytes(publicKey);
    return key;
}

Status RecoveryKey::save(const QString& path) const
{
    QByteArray secret(reinterpret_cast<const char*>(m_secret.data()), SecretBytes);
    QByteArray content = SecretTag + '\n' + secret.toBase64() + '\n';
    const Status s = NewFile::write(path, content, NewFile::PrivateMode);
    sodium_memzero(secret.data(), size_t(secret.size()));
    sodium_memzero(content.data(), size_t(content.size()));
    return s;
}

} // namespace iin

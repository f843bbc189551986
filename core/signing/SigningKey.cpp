#include "core/signing/SigningKey.h"

#include "core/base/NewFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sodium.h>

namespace iin {

namespace {

constexpr char16_t KeyFileFormat[] = u"iin-desk-signing-key";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

bool SigningKey::isValidKeyId(const QString& keyId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,16}$"));
    return pattern.match(keyId).hasMatch();
}

SigningKey SigningKey::fromSeed(const QByteArray& seed, QString keyId, QString issuer,
                                bool training)
{
    SigningKey key;
    key.m_seed = seed;
    key.m_keyId = std::move(keyId);
    key.m_issuer = std::move(issuer);
    key.m_training = training;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    key.m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(pk, reinterpret_cast<unsigned char*>(key.m_secretKey.data()),
                             reinterpret_cast<const unsigned char*>(seed.constData()));
    return key;
}

Result<SigningKey> SigningKey::generate(const QString& keyId, const QString& issuer)
{
    if (!sodiumReady())
        return Error{QStringLiteral("key.crypto"), tr("The cryptography library failed to start.")};
    if (!isValidKeyId(keyId))
        return Error{QStringLiteral("key.id"),
                     tr("A key id is 1 to 16 letters, digits, dots, dashes or underscores.")};
    if (keyId.startsWith(u"TRAINING", Qt::CaseInsensitive))
        return Error{QStringLiteral("key.id"),
                     tr("Key ids starting with TRAINING are reserved for the training key.")};
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return fromSeed(seed, keyId, issuer, false);
}

SigningKey SigningKey::training()
{
    sodiumReady();
    // Derived from a published phrase on purpose: anyone can rebuild this key, so it proves
    // nothing about a real certificate. It exists so that the whole chain works on one machine.
    const QByteArray phrase =
        QByteArrayLiteral("IIN Desk training registry key 1 - NOT FOR REAL USE");
    QByteArray seed(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(seed.data()),
                       reinterpret_cast<const unsigned char*>(phrase.constData()),
                       quint64(phrase.size()));
    return fromSeed(seed, trainingKeyId(),
                    QStringLiteral("IIN Desk training registry (TRAINING ONLY)"), true);
}

SigningKey SigningKey::trainingDesk()
{
    sodiumReady();
    const QByteArray phrase = QByteArrayLiteral("IIN Desk training desk key 1 - NOT FOR REAL USE");
    QByteArray seed(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(seed.data()),
                       reinterpret_cast<const unsigned char*>(phrase.constData()),
                       quint64(phrase.size()));
    return fromSeed(seed, trainingDeskKeyId(),
                    QStringLiteral("IIN Desk training desk (TRAINING ONLY)"), true);
}

QString SigningKey::deskKeyIdFor(const QByteArray& publicKey)
{
    sodiumReady();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       quint64(publicKey.size()));
    return u'D' + QString::fromLatin1(digest.left(8).toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals));
}

Result<SigningKey> SigningKey::generateForDesk(const QString& deskId)
{
    if (!sodiumReady())
        return Error{QStringLiteral("key.crypto"), tr("The cryptography library failed to start.")};
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    SigningKey key = fromSeed(seed, QString(), deskId, false);
    key.m_keyId = deskKeyIdFor(key.publicKey());
    return key;
}

QByteArray SigningKey::publicKey() const
{
    // libsodium's secret key is the seed followed by the public key.
    return m_secretKey.right(crypto_sign_PUBLICKEYBYTES);
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secretKey.constData()));
    return signature;
}

bool SigningKey::verify(const QByteArray& publicKey, const QByteArray& message,
                        const QByteArray& signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QJsonObject SigningKey::publicEntry() const
{
    return {{QStringLiteral("key_id"), m_keyId},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey().toBase64())},
            {QStringLiteral("issuer"), m_issuer},
            {QStringLiteral("training"), m_training}};
}

Status SigningKey::save(const QString& path) const
{
    const QJsonObject o{
        {QStringLiteral("format"), QString::fromUtf16(KeyFileFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("key_id"), m_keyId},
        {QStringLiteral("issuer"), m_issuer},
        {QStringLiteral("training"), m_training},
        {QStringLiteral("seed"), QString::fromLatin1(m_seed.toBase64())},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey().toBase64())}};
    return NewFile::write(path, QJsonDocument(o).toJson(), NewFile::PrivateMode);
}

Result<SigningKey> SigningKey::load(const QString& path)
{
    if (!sodiumReady())
        return Error{QStringLiteral("key.crypto"), tr("The cryptography library failed to start.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("key.read"),
                     tr("Cannot read the key file %1: %2").arg(path, file.errorString())};
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others)
        return Error{QStringLiteral("key.permissions"),
                     tr("The key file %1 may be read by other users: allow only its owner "
                        "(chmod 600).")
                         .arg(path)};
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QByteArray seed = QByteArray::fromBase64(o.value(u"seed").toString().toLatin1());
    const QString keyId = o.value(u"key_id").toString();
    if (o.value(u"format").toString() != QStringView(KeyFileFormat) ||
        o.value(u"version").toInt() != 1 || seed.size() != crypto_sign_SEEDBYTES ||
        !isValidKeyId(keyId))
        return Error{QStringLiteral("key.format"),
                     tr("The file %1 is not an IIN Desk signing key.").arg(path)};
    SigningKey key =
        fromSeed(seed, keyId, o.value(u"issuer").toString(), o.value(u"training").toBool());
    // The stored public key guards against a damaged seed being used silently.
    if (o.value(u"public_key").toString().toLatin1() != key.publicKey().toBase64())
        return Error{QStringLiteral("key.format"),
                     tr("The key file %1 is damaged: its public key does not match.").arg(path)};
    return key;
}

} // namespace iin

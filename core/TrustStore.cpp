#include "TrustStore.h"

#include "SigningKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iin {

bool TrustedKey::coversIssueDate(const QDate& issued) const
{
    return (validFrom.isNull() || issued >= validFrom) &&
           (validUntil.isNull() || issued <= validUntil);
}

TrustStore::TrustStore()
{
    m_keys.append(trainingKey());
}

TrustedKey TrustStore::trainingKey()
{
    const SigningKey key = SigningKey::training();
    return {key.keyId(), key.publicKey(), key.issuer(), true, {}, {}};
}

Status TrustStore::add(const TrustedKey& key)
{
    if (key.publicKey.size() != SigningKey::PublicKeyBytes || !SigningKey::isValidKeyId(key.keyId))
        return Error{QStringLiteral("trust.key"),
                     tr("The key \"%1\" is not a valid Ed25519 public key.").arg(key.keyId)};
    if (auto existing = find(key.keyId)) {
        if (existing->publicKey != key.publicKey)
            return Error{QStringLiteral("trust.conflict"),
                         tr("The key id \"%1\" names two different keys.").arg(key.keyId)};
        return {};
    }
    m_keys.append(key);
    return {};
}

Status TrustStore::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("trust.read"),
                     tr("Cannot read the trust file %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    const QJsonValue keys = doc.object().value(u"keys");
    if (parseError.error != QJsonParseError::NoError || !keys.isArray())
        return Error{QStringLiteral("trust.format"),
                     tr("The file %1 is not a trust file: it needs a \"keys\" list.").arg(path)};
    for (const QJsonValue& v : keys.toArray()) {
        const QJsonObject o = v.toObject();
        TrustedKey key;
        key.keyId = o.value(u"key_id").toString();
        key.publicKey = QByteArray::fromBase64(o.value(u"public_key").toString().toLatin1());
        key.issuer = o.value(u"issuer").toString();
        key.training = o.value(u"training").toBool();
        key.validFrom = QDate::fromString(o.value(u"valid_from").toString(), Qt::ISODate);
        key.validUntil = QDate::fromString(o.value(u"valid_until").toString(), Qt::ISODate);
        if (Status s = add(key); !s)
            return s;
    }
    return {};
}

std::optional<TrustedKey> TrustStore::find(const QString& keyId) const
{
    for (const TrustedKey& key : m_keys) {
        if (key.keyId == keyId)
            return key;
    }
    return std::nullopt;
}

} // namespace iin

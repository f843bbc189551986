#include "core/signing/TrustStore.h"

#include "core/signing/SigningKey.h"

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
    // The training desk key certifies itself in effect: its secret is public, and only training
    // certificates may carry it.
    const SigningKey desk = SigningKey::trainingDesk();
    DeskKeyCertificate c;
    c.keyId = desk.keyId();
    c.deskId = QStringLiteral("TRAINING");
    c.publicKey = desk.publicKey();
    c.validFrom = QDate(2000, 1, 1);
    c.validUntil = QDate(9999, 12, 31);
    c.certifiedBy = SigningKey::trainingKeyId();
    m_deskKeys.append({c, true, std::nullopt});
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

Status TrustStore::addDeskKey(const DeskKeyCertificate& certificate)
{
    const std::optional<TrustedKey> registry = find(certificate.certifiedBy);
    if (!registry || registry->training || !certificate.verify(registry->publicKey))
        return Error{QStringLiteral("trust.desk_key"),
                     tr("The desk key \"%1\" is not certified by a registry key of this trust "
                        "file.")
                         .arg(certificate.keyId)};
    if (auto existing = findDeskKey(certificate.keyId)) {
        if (existing->certificate.publicKey != certificate.publicKey)
            return Error{QStringLiteral("trust.conflict"),
                         tr("The key id \"%1\" names two different keys.").arg(certificate.keyId)};
        return {};
    }
    TrustedDeskKey key{certificate, false, std::nullopt};
    if (m_revoked.contains(certificate.keyId))
        key.revokedOn = m_revoked.value(certificate.keyId);
    m_deskKeys.append(key);
    return {};
}

void TrustStore::revokeDeskKey(const QString& keyId, const QDate& revokedOn)
{
    m_revoked.insert(keyId, revokedOn);
    for (TrustedDeskKey& key : m_deskKeys) {
        if (key.certificate.keyId == keyId && !key.training)
            key.revokedOn = revokedOn;
    }
}

std::optional<TrustedDeskKey> TrustStore::findDeskKey(const QString& keyId) const
{
    for (const TrustedDeskKey& key : m_deskKeys) {
        if (key.certificate.keyId == keyId)
            return key;
    }
    return std::nullopt;
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
    // Revocations first, so that a desk key listed in both is known as revoked.
    for (const QJsonValue& v : doc.object().value(u"revoked_desk_keys").toArray()) {
        const QJsonObject o = v.toObject();
        const QString keyId = o.value(u"key_id").toString();
        if (!SigningKey::isValidKeyId(keyId))
            return Error{
                QStringLiteral("trust.format"),
                tr("The file %1 lists a revoked desk key without a valid key id.").arg(path)};
        revokeDeskKey(keyId, QDate::fromString(o.value(u"revoked_on").toString(), Qt::ISODate));
    }
    for (const QJsonValue& v : doc.object().value(u"desk_keys").toArray()) {
        Result<DeskKeyCertificate> certificate = DeskKeyCertificate::fromJson(v.toObject());
        if (!certificate)
            return certificate.error();
        if (Status s = addDeskKey(*certificate); !s)
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

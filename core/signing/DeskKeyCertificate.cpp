#include "core/signing/DeskKeyCertificate.h"

#include "core/signing/SigningKey.h"

#include <QStringList>

namespace iin {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray DeskKeyCertificate::signedPart() const
{
    const QStringList fields = {
        QString::fromUtf16(Magic),
        certifiedBy,
        keyId,
        deskId,
        QString::fromLatin1(publicKey.toBase64()),
        validFrom.toString(u"yyyyMMdd"),
        validUntil.toString(u"yyyyMMdd"),
    };
    return (fields.join(u'|') + u'|').toUtf8();
}

bool DeskKeyCertificate::verify(const QByteArray& registryPublicKey) const
{
    return keyId == SigningKey::deskKeyIdFor(publicKey) &&
           SigningKey::verify(registryPublicKey, signedPart(), signature);
}

QJsonObject DeskKeyCertificate::toJson() const
{
    return {{QStringLiteral("key_id"), keyId},
            {QStringLiteral("desk_id"), deskId},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), validUntil.toString(Qt::ISODate)},
            {QStringLiteral("certified_by"), certifiedBy},
            {QStringLiteral("certificate"), QString::fromLatin1(signature.toBase64(Base64Url))}};
}

Result<DeskKeyCertificate> DeskKeyCertificate::fromJson(const QJsonObject& o)
{
    DeskKeyCertificate c;
    c.keyId = o.value(u"key_id").toString();
    c.deskId = o.value(u"desk_id").toString();
    c.publicKey = QByteArray::fromBase64(o.value(u"public_key").toString().toLatin1());
    c.validFrom = QDate::fromString(o.value(u"valid_from").toString(), Qt::ISODate);
    c.validUntil = QDate::fromString(o.value(u"valid_until").toString(), Qt::ISODate);
    c.certifiedBy = o.value(u"certified_by").toString();
    const auto decoded =
        QByteArray::fromBase64Encoding(o.value(u"certificate").toString().toLatin1(),
                                       Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!SigningKey::isValidKeyId(c.keyId) || c.deskId.isEmpty() || c.deskId.contains(u'|') ||
        c.publicKey.size() != SigningKey::PublicKeyBytes || !c.validFrom.isValid() ||
        !c.validUntil.isValid() || c.validUntil < c.validFrom ||
        !SigningKey::isValidKeyId(c.certifiedBy) || !decoded ||
        decoded.decoded.size() != SigningKey::SignatureBytes)
        return Error{QStringLiteral("desk_key.malformed"),
                     tr("The certification of a desk key is malformed.")};
    c.signature = decoded.decoded;
    return c;
}

} // namespace iin

#include "core/signing/RegistryAttestation.h"

#include "core/signing/SignedText.h"

#include <QRegularExpression>

namespace iin {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

PersonName canonicalName(const PersonName& n)
{
    return {canonicalText(n.surname), canonicalText(n.givenName), canonicalText(n.patronymic)};
}

bool signable(const PersonName& n)
{
    for (const QString* f : {&n.surname, &n.givenName, &n.patronymic}) {
        for (QChar c : *f) {
            if (c == u'|' || c.category() == QChar::Other_Control)
                return false;
        }
    }
    return true;
}

} // namespace

Result<RegistryAttestation>
RegistryAttestation::make(const QString& iin, const PersonName& cyrillic, const PersonName& latin,
                          const QDate& birthDate, const QDate& attestedOn, const SigningKey& key)
{
    RegistryAttestation a;
    a.keyId = key.keyId();
    a.training = key.isTraining();
    a.iin = iin;
    a.nameCyrillic = canonicalName(cyrillic);
    a.nameLatin = canonicalName(latin);
    a.birthDate = birthDate;
    a.attestedOn = attestedOn;
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(iin).hasMatch() || !birthDate.isValid() || !attestedOn.isValid() ||
        !signable(a.nameCyrillic) || !signable(a.nameLatin))
        return Error{QStringLiteral("attestation.fields"),
                     tr("The IIN, the names or the dates cannot be signed as they are.")};
    a.signature = key.sign(a.signedPart());
    return a;
}

QByteArray RegistryAttestation::signedPart() const
{
    const QStringList fields = {
        QString::fromUtf16(Magic),
        keyId,
        training ? QStringLiteral("T") : QString(),
        iin,
        nameCyrillic.surname,
        nameCyrillic.givenName,
        nameCyrillic.patronymic,
        nameLatin.surname,
        nameLatin.givenName,
        nameLatin.patronymic,
        birthDate.toString(u"yyyyMMdd"),
        attestedOn.toString(u"yyyyMMdd"),
    };
    return (fields.join(u'|') + u'|').toUtf8();
}

QByteArray RegistryAttestation::encode() const
{
    return signedPart() + signature.toBase64(Base64Url);
}

Result<RegistryAttestation> RegistryAttestation::parse(const QByteArray& bytes)
{
    const Error malformed{QStringLiteral("attestation.malformed"),
                          tr("The registry's attestation is malformed.")};
    const QStringList f = QString::fromUtf8(bytes).split(u'|');
    if (f.size() != FieldCount || f[0] != QStringView(Magic) || !SigningKey::isValidKeyId(f[1]) ||
        (f[2] != u"T" && !f[2].isEmpty()))
        return malformed;
    RegistryAttestation a;
    a.keyId = f[1];
    a.training = f[2] == u"T";
    a.iin = f[3];
    a.nameCyrillic = {f[4], f[5], f[6]};
    a.nameLatin = {f[7], f[8], f[9]};
    a.birthDate = QDate::fromString(f[10], u"yyyyMMdd");
    a.attestedOn = QDate::fromString(f[11], u"yyyyMMdd");
    const auto decoded = QByteArray::fromBase64Encoding(
        f[12].toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != SigningKey::SignatureBytes ||
        !a.birthDate.isValid() || !a.attestedOn.isValid())
        return malformed;
    a.signature = decoded.decoded;
    if (a.encode() != bytes)
        return malformed;
    return a;
}

bool RegistryAttestation::verify(const QByteArray& publicKey) const
{
    return SigningKey::verify(publicKey, signedPart(), signature);
}

bool RegistryAttestation::matches(const QString& otherIin, const PersonName& cyrillic,
                                  const PersonName& latin, const QDate& otherBirthDate) const
{
    return iin == otherIin && birthDate == otherBirthDate &&
           nameCyrillic == canonicalName(cyrillic) && nameLatin == canonicalName(latin);
}

} // namespace iin

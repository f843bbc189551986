#include "core/documents/CertificatePayload.h"

#include "core/signing/SignedText.h"

#include <QRegularExpression>

namespace iin {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString compactDate(const QDate& d)
{
    return d.toString(u"yyyyMMdd");
}

bool acceptable(const QString& field)
{
    for (QChar c : field) {
        if (c == u'|' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QString CertificatePayload::canonical(const QString& text)
{
    return canonicalText(text);
}

Result<CertificatePayload> CertificatePayload::fromCertificate(const CertificateData& data)
{
    CertificatePayload p;
    p.training = data.training;
    p.iin = canonical(data.iin);
    p.certificateNumber = canonical(data.certificateNumber);
    p.nameCyrillic = {canonical(data.nameCyrillic.surname), canonical(data.nameCyrillic.givenName),
                      canonical(data.nameCyrillic.patronymic)};
    p.nameLatin = {canonical(data.nameLatin.surname), canonical(data.nameLatin.givenName),
                   canonical(data.nameLatin.patronymic)};
    p.birthDate = data.birthDate;
    p.issueDate = data.issueDate;
    const QString fields[] = {p.certificateNumber,      p.nameCyrillic.surname,
                              p.nameCyrillic.givenName, p.nameCyrillic.patronymic,
                              p.nameLatin.surname,      p.nameLatin.givenName,
                              p.nameLatin.patronymic};
    for (const QString& f : fields) {
        if (!acceptable(f))
            return Error{QStringLiteral("payload.character"),
                         tr("The certificate data contain a character that cannot be signed "
                            "('|' or a control character).")};
    }
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(p.iin).hasMatch() || !p.birthDate.isValid() || !p.issueDate.isValid() ||
        p.certificateNumber.isEmpty())
        return Error{QStringLiteral("payload.incomplete"),
                     tr("A certificate needs a 12-digit IIN, a number, a birth date and an "
                        "issue date before it can be signed.")};
    return p;
}

Status CertificatePayload::sign(const SigningKey& key)
{
    if (key.isTraining() != training)
        return Error{QStringLiteral("payload.key"),
                     training ? tr("A training certificate is signed only by the training key.")
                              : tr("The training key cannot sign a real certificate.")};
    version = 1;
    keyId = key.keyId();
    signature = key.sign(signedPart());
    return {};
}

Status CertificatePayload::sign(const RegistryAttestation& a, const SigningKey& deskKey)
{
    if (a.training != training || deskKey.isTraining() != training)
        return Error{QStringLiteral("payload.key"),
                     training ? tr("A training certificate is signed only by the training keys.")
                              : tr("A training key cannot sign a real certificate.")};
    if (!a.matches(iin, nameCyrillic, nameLatin, birthDate))
        return Error{QStringLiteral("payload.attestation"),
                     tr("The registry's attestation is for another IIN or person than this "
                        "certificate: the names or birth date in the journal differ from what "
                        "the registry signed.")};
    if (a.attestedOn > issueDate)
        return Error{QStringLiteral("payload.attestation"),
                     tr("The registry's attestation is dated after the certificate's issue "
                        "date: check the desk's clock.")};
    version = 2;
    keyId = a.keyId;
    attestedOn = a.attestedOn;
    signature = a.signature;
    deskKeyId = deskKey.keyId();
    deskSignature = deskKey.sign(signedPart());
    return {};
}

RegistryAttestation CertificatePayload::attestation() const
{
    RegistryAttestation a;
    a.keyId = keyId;
    a.training = training;
    a.iin = iin;
    a.nameCyrillic = nameCyrillic;
    a.nameLatin = nameLatin;
    a.birthDate = birthDate;
    a.attestedOn = attestedOn;
    a.signature = signature;
    return a;
}

QByteArray CertificatePayload::signedPart() const
{
    const QString flags = training ? QStringLiteral("T") : QString();
    QStringList fields;
    if (version == 1)
        fields << QString::fromUtf16(Magic) << keyId << flags;
    else
        fields << QString::fromUtf16(MagicV2) << flags;
    fields << iin << certificateNumber << nameCyrillic.surname << nameCyrillic.givenName
           << nameCyrillic.patronymic << nameLatin.surname << nameLatin.givenName
           << nameLatin.patronymic << compactDate(birthDate) << compactDate(issueDate);
    if (version != 1)
        fields << keyId << compactDate(attestedOn)
               << QString::fromLatin1(signature.toBase64(Base64Url)) << deskKeyId;
    return (fields.join(u'|') + u'|').toUtf8();
}

QByteArray CertificatePayload::encode() const
{
    return signedPart() + (version == 1 ? signature : deskSignature).toBase64(Base64Url);
}

Result<CertificatePayload> CertificatePayload::parse(const QByteArray& bytes)
{
    const Error malformed{QStringLiteral("payload.malformed"),
                          tr("The code does not hold an IIN registration certificate.")};
    const QString text = QString::fromUtf8(bytes);
    const QStringList all = text.split(u'|');
    CertificatePayload p;
    QStringList f; // the common fields: flags, IIN, number, six names, two dates
    if (all.size() == FieldCount && all[0] == QStringView(Magic)) {
        p.version = 1;
        p.keyId = all[1];
        f = all.mid(2, 11);
    } else if (all.size() == FieldCountV2 && all[0] == QStringView(MagicV2)) {
        p.version = 2;
        f = all.mid(1, 11);
        p.keyId = all[12];
        p.attestedOn = QDate::fromString(all[13], u"yyyyMMdd");
        p.deskKeyId = all[15];
        if (!p.attestedOn.isValid() || !SigningKey::isValidKeyId(p.keyId) ||
            !SigningKey::isValidKeyId(p.deskKeyId))
            return malformed;
    } else {
        return malformed;
    }
    if (f[0] != u"T" && !f[0].isEmpty())
        return malformed;
    p.training = f[0] == u"T";
    p.iin = f[1];
    p.certificateNumber = f[2];
    p.nameCyrillic = {f[3], f[4], f[5]};
    p.nameLatin = {f[6], f[7], f[8]};
    p.birthDate = QDate::fromString(f[9], u"yyyyMMdd");
    p.issueDate = QDate::fromString(f[10], u"yyyyMMdd");
    const auto signatureAt = [&](qsizetype i) -> std::optional<QByteArray> {
        const auto decoded = QByteArray::fromBase64Encoding(
            all[i].toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != SigningKey::SignatureBytes)
            return std::nullopt;
        return decoded.decoded;
    };
    const auto first = signatureAt(p.version == 1 ? 13 : 14);
    const auto desk = p.version == 1 ? std::optional<QByteArray>(QByteArray()) : signatureAt(16);
    if (!first || !desk)
        return malformed;
    p.signature = *first;
    p.deskSignature = *desk;
    if (p.version == 1 && p.keyId != canonical(p.keyId))
        return malformed;
    for (qsizetype i = 1; i <= 8; ++i) {
        if (f[i] != canonical(f[i]))
            return malformed;
    }
    if (!p.birthDate.isValid() || !p.issueDate.isValid())
        return malformed;
    // Canonical form only: one certificate has exactly one encoding.
    if (p.encode() != bytes)
        return malformed;
    return p;
}

} // namespace iin

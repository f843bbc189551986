#include "CertificatePayload.h"

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
    return text.normalized(QString::NormalizationForm_C).simplified();
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
    keyId = key.keyId();
    signature = key.sign(signedPart());
    return {};
}

QByteArray CertificatePayload::signedPart() const
{
    const QStringList fields = {
        QString::fromUtf16(Magic),
        keyId,
        training ? QStringLiteral("T") : QString(),
        iin,
        certificateNumber,
        nameCyrillic.surname,
        nameCyrillic.givenName,
        nameCyrillic.patronymic,
        nameLatin.surname,
        nameLatin.givenName,
        nameLatin.patronymic,
        compactDate(birthDate),
        compactDate(issueDate),
    };
    return (fields.join(u'|') + u'|').toUtf8();
}

QByteArray CertificatePayload::encode() const
{
    return signedPart() + signature.toBase64(Base64Url);
}

Result<CertificatePayload> CertificatePayload::parse(const QByteArray& bytes)
{
    const Error malformed{QStringLiteral("payload.malformed"),
                          tr("The code does not hold an IIN registration certificate.")};
    const QString text = QString::fromUtf8(bytes);
    const QStringList f = text.split(u'|');
    if (f.size() != FieldCount || f[0] != QStringView(Magic))
        return malformed;
    CertificatePayload p;
    p.keyId = f[1];
    if (f[2] != u"T" && !f[2].isEmpty())
        return malformed;
    p.training = f[2] == u"T";
    p.iin = f[3];
    p.certificateNumber = f[4];
    p.nameCyrillic = {f[5], f[6], f[7]};
    p.nameLatin = {f[8], f[9], f[10]};
    p.birthDate = QDate::fromString(f[11], u"yyyyMMdd");
    p.issueDate = QDate::fromString(f[12], u"yyyyMMdd");
    const auto decoded = QByteArray::fromBase64Encoding(
        f[13].toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != SigningKey::SignatureBytes)
        return malformed;
    p.signature = decoded.decoded;
    for (qsizetype i = 1; i <= 10; ++i) {
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

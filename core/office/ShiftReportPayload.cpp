#include "core/office/ShiftReportPayload.h"

#include "core/office/ShiftReportJson.h"
#include "core/office/ShiftReportLabels.h"

#include <QCryptographicHash>

namespace iin {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString numbers(const QList<qint64>& values)
{
    QStringList out;
    for (qint64 v : values)
        out.append(QString::number(v));
    return out.join(u',');
}

std::optional<QList<qint64>> numbersFrom(const QString& text, int count)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != count)
        return std::nullopt;
    QList<qint64> values;
    for (const QString& p : parts) {
        bool ok = false;
        const qint64 v = p.toLongLong(&ok);
        if (!ok || v < 0 || QString::number(v) != p)
            return std::nullopt;
        values.append(v);
    }
    return values;
}

bool plain(const QString& s)
{
    for (const QChar c : s)
        if (c == u'|' || c.category() == QChar::Other_Control)
            return false;
    return true;
}

Error malformed()
{
    return Error{QStringLiteral("report.payload"),
                 ShiftReportPayload::tr("The code is not an end-of-shift report's signed payload "
                                        "(or it was altered).")};
}

} // namespace

Result<ShiftReportPayload> ShiftReportPayload::fromReport(const ShiftReportData& r)
{
    ShiftReportPayload p;
    p.training = r.training;
    p.office = r.office;
    p.desk = r.desk;
    p.operatorId = r.operatorId;
    p.from = r.from;
    p.to = r.to;
    p.made = r.generatedAt.toUTC().date();
    for (const ShiftReportLine& line : ShiftReportLabels::counts(r.counts))
        p.counts.append(line.value);
    for (const ShiftReportLine& line : ShiftReportLabels::blanks(r.blanks.balance))
        p.blanks.append(line.value);
    p.exceptions = r.exceptions.size();
    p.jsonHash =
        QCryptographicHash::hash(ShiftReportJson::canonical(r), QCryptographicHash::Sha256);
    if (!plain(p.office) || !plain(p.desk) || !plain(p.operatorId))
        return Error{QStringLiteral("report.payload"),
                     tr("The office, desk or operator holds a character a signed report cannot "
                        "carry (| or a control character).")};
    return p;
}

Status ShiftReportPayload::sign(const SigningKey& deskKey)
{
    if (deskKey.isTraining() != training)
        return Error{QStringLiteral("report.key"),
                     training ? tr("A training report is signed with the training desk key.")
                              : tr("A real report is signed with the desk's own key, not a "
                                   "training key.")};
    deskKeyId = deskKey.keyId();
    signature = deskKey.sign(signedPart());
    return {};
}

QByteArray ShiftReportPayload::signedPart() const
{
    const QStringList fields{QString::fromUtf16(Magic),
                             training ? QStringLiteral("T") : QString(),
                             deskKeyId,
                             office,
                             desk,
                             operatorId,
                             from.toString(QStringLiteral("yyyyMMdd")),
                             to.toString(QStringLiteral("yyyyMMdd")),
                             made.toString(QStringLiteral("yyyyMMdd")),
                             numbers(counts),
                             numbers(blanks),
                             QString::number(exceptions),
                             QString::fromLatin1(jsonHash.toBase64(Base64Url))};
    return (fields.join(u'|') + u'|').toUtf8();
}

QByteArray ShiftReportPayload::encode() const
{
    return signedPart() + signature.toBase64(Base64Url);
}

Result<ShiftReportPayload> ShiftReportPayload::parse(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QStringList f = text.split(u'|');
    if (f.size() != FieldCount || f[0] != QString::fromUtf16(Magic))
        return malformed();
    ShiftReportPayload p;
    if (f[1] != u"T" && !f[1].isEmpty())
        return malformed();
    p.training = f[1] == u"T";
    p.deskKeyId = f[2];
    p.office = f[3];
    p.desk = f[4];
    p.operatorId = f[5];
    p.from = QDate::fromString(f[6], QStringLiteral("yyyyMMdd"));
    p.to = QDate::fromString(f[7], QStringLiteral("yyyyMMdd"));
    p.made = QDate::fromString(f[8], QStringLiteral("yyyyMMdd"));
    const auto counts = numbersFrom(f[9], Counts);
    const auto blanks = numbersFrom(f[10], Blanks);
    bool ok = false;
    p.exceptions = f[11].toLongLong(&ok);
    p.jsonHash = QByteArray::fromBase64(f[12].toLatin1(), Base64Url);
    p.signature = QByteArray::fromBase64(f[13].toLatin1(), Base64Url);
    if (!p.from.isValid() || !p.to.isValid() || !p.made.isValid() || !counts || !blanks || !ok ||
        p.jsonHash.size() != 32 || p.signature.size() != SigningKey::SignatureBytes)
        return malformed();
    p.counts = *counts;
    p.blanks = *blanks;
    // Strict: re-encoding gives back exactly the bytes read.
    if (p.encode() != bytes)
        return malformed();
    return p;
}

} // namespace iin

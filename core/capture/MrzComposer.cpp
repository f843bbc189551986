#include "core/capture/MrzComposer.h"

#include "core/capture/MrzCountryCode.h"
#include "core/capture/MrzLayout.h"

namespace iin {

namespace {

// Upper case A-Z, 0-9 and '<'; spaces and hyphens become fillers, other characters are dropped.
QString zoneText(const QString& text)
{
    QString out;
    for (const QChar c : text.toUpper()) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<')
            out += c;
        else if (c == u' ' || c == u'-')
            out += u'<';
    }
    return out;
}

QString padded(const QString& text, int length)
{
    return text.left(length).leftJustified(length, u'<');
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyMMdd")) : QStringLiteral("<<<<<<");
}

QChar sexChar(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return u'M';
    case Sex::Female:
        return u'F';
    case Sex::Unknown:
        break;
    }
    return u'<';
}

void put(QStringList& lines, const MrzLayout& layout, QStringView field, const QString& text)
{
    const std::optional<MrzSpan> span = layout.field(field);
    if (span)
        lines[span->line].replace(span->start, span->length, padded(text, span->length));
}

} // namespace

QStringList MrzComposer::compose(const MrzRecord& fields)
{
    const MrzLayout& layout = MrzLayout::of(fields.format);
    QStringList lines;
    for (int i = 0; i < layout.lineCount(); ++i)
        lines.append(QString(layout.lineLength(), u'<'));

    const QString state = fields.issuingStateCode.isEmpty()
                              ? MrzCountryCode::toPrinted(fields.issuingState)
                              : fields.issuingStateCode;
    const QString nationality = fields.nationalityCode.isEmpty()
                                    ? MrzCountryCode::toPrinted(fields.nationality)
                                    : fields.nationalityCode;
    put(lines, layout, u"document_code", zoneText(fields.documentCode));
    put(lines, layout, u"issuing_state", zoneText(state));
    put(lines, layout, u"nationality", zoneText(nationality));
    QString names = zoneText(fields.surname);
    if (!fields.givenNames.isEmpty())
        names += QStringLiteral("<<") + zoneText(fields.givenNames);
    put(lines, layout, u"names", names);
    put(lines, layout, u"birth_date", dateText(fields.birthDate));
    put(lines, layout, u"expiry_date", dateText(fields.expiryDate));
    put(lines, layout, u"sex", QString(sexChar(fields.sex)));
    put(lines, layout, u"optional_data_2", zoneText(fields.optionalData2));

    const QString number = zoneText(fields.documentNumber);
    const bool longForm =
        number.size() > 9 && (fields.format == MrzFormat::TD1 || fields.format == MrzFormat::TD2);
    put(lines, layout, u"document_number", number.left(9));
    QString optional = zoneText(fields.optionalData);
    if (longForm) {
        // The rest of the number, its check digit over the whole number, a filler, the data.
        optional = number.mid(9) + mrzCheckDigit(number) + u'<' + optional;
    }
    put(lines, layout, u"optional_data", optional);
    put(lines, layout, u"personal_number", optional);

    for (const MrzCheck& check : layout.checks()) {
        QString covered;
        for (const MrzSpan& span : check.covered)
            covered += QStringView(lines[span.line]).sliced(span.start, span.length);
        QChar digit = mrzCheckDigit(covered);
        if (check.field == u"document_number" && longForm)
            digit = u'<';
        lines[check.line][check.position] = digit;
    }
    return lines;
}

} // namespace iin

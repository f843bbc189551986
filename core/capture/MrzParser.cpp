#include "core/capture/MrzParser.h"

#include "core/capture/MrzCountryCode.h"
#include "core/capture/MrzLayout.h"

namespace iin {

namespace {

// Control characters readers frame the zone with (STX/ETX of the airline protocols, ACK, NAK).
bool isFraming(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x02 || u == 0x03 || u == 0x06 || u == 0x15;
}

// A single run of all the zone's characters, cut into its lines.
QStringList cut(const QString& run)
{
    int lineLength = 0;
    if (run.size() == 88)
        lineLength = 44;
    else if (run.size() == 72)
        lineLength = 36;
    else if (run.size() == 90)
        lineLength = 30;
    else
        return {};
    QStringList lines;
    for (qsizetype at = 0; at < run.size(); at += lineLength)
        lines.append(run.mid(at, lineLength));
    return lines;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

QString withoutTrailingFillers(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'<')
        --end;
    return text.first(end).toString();
}

// Fillers between name components become spaces.
QString nameText(QStringView text)
{
    QString name = withoutTrailingFillers(text);
    name.replace(u'<', u' ');
    return name.simplified();
}

// The field's text and the spans it is made of, for the problems' wording.
class Zone
{
public:
    Zone(const QStringList& lines, const MrzLayout& layout) : m_lines(lines), m_layout(layout) {}

    QStringView at(const MrzSpan& span) const
    {
        return QStringView(m_lines[span.line]).sliced(span.start, span.length);
    }
    QStringView field(QStringView name) const
    {
        const std::optional<MrzSpan> span = m_layout.field(name);
        return span ? at(*span) : QStringView();
    }
    QChar charAt(int line, int position) const { return m_lines[line][position]; }

private:
    const QStringList& m_lines;
    const MrzLayout& m_layout;
};

class Reading
{
public:
    Reading(const QStringList& lines, const MrzLayout& layout, const QDate& today,
            MrzRecord& record)
        : m_zone(lines, layout), m_layout(layout), m_today(today), m_record(record)
    {
    }

    void run()
    {
        checkCharacters();
        m_record.documentCode = withoutTrailingFillers(m_zone.field(u"document_code"));
        readCountry(u"issuing_state", m_record.issuingStateCode, m_record.issuingState);
        readCountry(u"nationality", m_record.nationalityCode, m_record.nationality);
        readNames();
        readDocumentNumberAndChecks();
        m_record.birthDate = readDate(u"birth_date", true);
        m_record.expiryDate = readDate(u"expiry_date", false);
        readSex();
        m_record.optionalData2 = withoutTrailingFillers(m_zone.field(u"optional_data_2"));
    }

private:
    void problem(const char* code, const QString& field, const QString& message)
    {
        m_record.problems.append({QString::fromLatin1(code), field, message});
    }

    // Characters outside the zone's alphabet, and letters or digits where the position's class
    // does not allow them: one problem per field, naming the first such position.
    void checkCharacters()
    {
        QStringList reported;
        for (int line = 0; line < m_layout.lineCount(); ++line) {
            for (int position = 0; position < m_layout.lineLength(); ++position) {
                const QChar c = m_zone.charAt(line, position);
                const MrzCharClass kind = m_layout.classAt(line, position);
                const bool bad = mrzCharValue(c) < 0 ||
                                 (kind == MrzCharClass::Alpha && isDigit(c)) ||
                                 (kind == MrzCharClass::Numeric && isLetter(c));
                if (!bad)
                    continue;
                QString field = m_layout.fieldAt(line, position);
                if (field.isEmpty())
                    field = QStringLiteral("zone");
                if (reported.contains(field))
                    continue;
                reported.append(field);
                problem("mrz_bad_character", field,
                        MrzParser::tr("Line %1, position %2 (%3): \"%4\" is not allowed there.")
                            .arg(line + 1)
                            .arg(position + 1)
                            .arg(MrzParser::fieldLabel(field), QString(c)));
            }
        }
    }

    void readCountry(QStringView field, QString& printed, QString& code)
    {
        if (!m_layout.field(field))
            return;
        printed = withoutTrailingFillers(m_zone.field(field));
        const std::optional<QString> known = MrzCountryCode::toRecordCode(printed);
        code = known.value_or(printed);
        if (!known) {
            problem("mrz_unknown_country", field.toString(),
                    MrzParser::tr("%1: \"%2\" is no country or organisation code of ICAO Doc 9303.")
                        .arg(MrzParser::fieldLabel(field.toString()), printed));
        }
    }

    void readNames()
    {
        const QString names = withoutTrailingFillers(m_zone.field(u"names"));
        const qsizetype split = names.indexOf(QStringLiteral("<<"));
        if (split < 0) {
            m_record.surname = nameText(names);
            return;
        }
        m_record.surname = nameText(QStringView(names).first(split));
        m_record.givenNames = nameText(QStringView(names).sliced(split + 2));
    }

    void readDocumentNumberAndChecks()
    {
        const QStringView number = m_zone.field(u"document_number");
        m_record.documentNumber = withoutTrailingFillers(number);
        QStringView optional = m_zone.field(u"optional_data");
        if (m_layout.field(u"personal_number"))
            optional = m_zone.field(u"personal_number");
        m_record.optionalData = withoutTrailingFillers(optional);

        for (const MrzCheck& check : m_layout.checks()) {
            const QChar printed = m_zone.charAt(check.line, check.position);
            QString covered;
            for (const MrzSpan& span : check.covered)
                covered += m_zone.at(span);
            const bool longForm =
                m_layout.format() == MrzFormat::TD1 || m_layout.format() == MrzFormat::TD2;
            if (check.field == u"document_number" && printed == u'<' && longForm &&
                isLongNumber(number)) {
                readLongDocumentNumber(number);
                continue;
            }
            if (check.field == u"personal_number" && (printed == u'<' || printed == u'0') &&
                withoutTrailingFillers(covered).isEmpty())
                continue; // an empty personal number may carry '<' or '0' (PassportEye)
            verify(check.field, covered, printed);
        }
    }

    // TD1 and TD2: a number longer than 9 characters shows its first 9, '<' for the check digit,
    // and continues in the optional data, followed by its check digit and a filler (Doc 9303
    // part 5, note j). The check digit covers the whole number.
    static bool isLongNumber(QStringView number)
    {
        for (const QChar c : number) {
            if (c == u'<')
                return false;
        }
        return true;
    }

    void readLongDocumentNumber(QStringView first)
    {
        const QString optional = m_zone.field(u"optional_data").toString();
        qsizetype end = optional.indexOf(u'<');
        if (end < 0)
            end = optional.size();
        if (end < 1) {
            problem("mrz_check_digit", QStringLiteral("document_number"),
                    MrzParser::tr("The document number has no check digit: its check position "
                                  "holds \"<\" but the optional data does not continue it."));
            return;
        }
        const QString whole = first.toString() + QStringView(optional).first(end - 1);
        m_record.documentNumber = whole;
        m_record.optionalData = withoutTrailingFillers(
            QStringView(optional).sliced(std::min<qsizetype>(end + 1, optional.size())));
        verify(QStringLiteral("document_number"), whole, optional[end - 1]);
    }

    void verify(const QString& field, QStringView covered, QChar printed)
    {
        const QChar computed = mrzCheckDigit(covered);
        if (!computed.isNull() && computed == printed)
            return;
        const QString expected = computed.isNull() ? QStringLiteral("?") : QString(computed);
        problem("mrz_check_digit", field, checkMessage(field).arg(QString(printed), expected));
    }

    static QString checkMessage(const QString& field)
    {
        if (field == u"document_number")
            return MrzParser::tr("The check digit of the document number does not match (%1 in "
                                 "the zone, %2 computed).");
        if (field == u"birth_date")
            return MrzParser::tr("The check digit of the date of birth does not match (%1 in the "
                                 "zone, %2 computed).");
        if (field == u"expiry_date")
            return MrzParser::tr("The check digit of the expiry date does not match (%1 in the "
                                 "zone, %2 computed).");
        if (field == u"personal_number")
            return MrzParser::tr("The check digit of the personal number does not match (%1 in "
                                 "the zone, %2 computed).");
        return MrzParser::tr("The composite check digit does not match (%1 in the zone, %2 "
                             "computed): a character of the zone was misread.");
    }

    // YYMMDD. A birth date takes the century that does not put it after today; an expiry date
    // is 20YY (Doc 9303 leaves the century out; documents valid into the 2100s do not exist yet).
    QDate readDate(QStringView field, bool birth)
    {
        const QStringView text = m_zone.field(field);
        bool digits = text.size() == 6;
        for (const QChar c : text)
            digits = digits && isDigit(c);
        QDate date;
        if (digits) {
            const int yy = text.first(2).toInt();
            const int mm = text.sliced(2, 2).toInt();
            const int dd = text.sliced(4, 2).toInt();
            date = QDate(2000 + yy, mm, dd);
            if (birth && date.isValid() && date > m_today)
                date = QDate(1900 + yy, mm, dd);
        }
        if (!date.isValid()) {
            problem(
                "mrz_bad_date", field.toString(),
                birth ? MrzParser::tr("The date of birth \"%1\" is not a date (YYMMDD), or "
                                      "the zone leaves part of it unknown.")
                            .arg(text)
                      : MrzParser::tr("The expiry date \"%1\" is not a date (YYMMDD).").arg(text));
            return {};
        }
        return date;
    }

    void readSex()
    {
        const QStringView text = m_zone.field(u"sex");
        const QChar c = text.isEmpty() ? QChar() : text[0];
        if (c == u'M') {
            m_record.sex = Sex::Male;
        } else if (c == u'F') {
            m_record.sex = Sex::Female;
        } else if (c != u'X' && c != u'<' && isLetter(c)) {
            // Digits and other characters were reported with the zone's characters.
            problem("mrz_bad_character", QStringLiteral("sex"),
                    MrzParser::tr("The sex is M, F, X or \"<\" in a machine-readable zone; it "
                                  "holds \"%1\".")
                        .arg(c));
        }
    }

    Zone m_zone;
    const MrzLayout& m_layout;
    QDate m_today;
    MrzRecord& m_record;
};

} // namespace

QStringList MrzParser::normalisedLines(const QString& text)
{
    QStringList lines;
    QString current;
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            if (!current.isEmpty())
                lines.append(current);
            current.clear();
        } else if (c.isSpace() || isFraming(c) || c.category() == QChar::Other_Control ||
                   c.category() == QChar::Other_Format) {
            continue;
        } else {
            current += c.toUpper();
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    if (MrzLayout::guess(lines))
        return lines;
    const QStringList joined = cut(lines.join(QString()));
    return joined.isEmpty() ? lines : joined;
}

MrzRecord MrzParser::parseText(const QString& text, const QDate& today)
{
    return parse(normalisedLines(text), today);
}

MrzRecord MrzParser::parse(const QStringList& lines, const QDate& today)
{
    MrzRecord record;
    record.lines = lines;
    const std::optional<MrzFormat> format = MrzLayout::guess(lines);
    // The shape alone would take any three lines of 30 characters: a zone starts with the letter
    // of its document code.
    if (!format || !isLetter(lines.first().front())) {
        QStringList lengths;
        for (const QString& line : lines)
            lengths.append(QString::number(line.size()));
        record.problems.append(
            {QStringLiteral("mrz_not_recognised"), QString(),
             tr("This is not a machine-readable zone: one is 2 lines of 44 or 36 characters or 3 "
                "lines of 30, starting with a letter; read %n line(s) (lengths: %1).",
                nullptr, int(lines.size()))
                 .arg(lengths.isEmpty() ? QStringLiteral("—") : lengths.join(u", "))});
        return record;
    }
    record.format = *format;
    record.recognised = true;
    Reading(lines, MrzLayout::of(*format), today, record).run();
    record.valid = record.problems.isEmpty();
    return record;
}

QString MrzParser::fieldLabel(const QString& field)
{
    if (field == u"document_code")
        return tr("document code");
    if (field == u"issuing_state")
        return tr("issuing state");
    if (field == u"names")
        return tr("names");
    if (field == u"document_number")
        return tr("document number");
    if (field == u"nationality")
        return tr("nationality");
    if (field == u"birth_date")
        return tr("date of birth");
    if (field == u"sex")
        return tr("sex");
    if (field == u"expiry_date")
        return tr("expiry date");
    if (field == u"personal_number")
        return tr("personal number");
    if (field == u"optional_data" || field == u"optional_data_2")
        return tr("optional data");
    if (field == u"composite")
        return tr("composite check digit");
    return tr("zone");
}

} // namespace iin

#include "core/capture/MrzLayout.h"

namespace iin {

namespace {

// Field names shared by the layout, the checks and the problems.
const QString DocumentCode = QStringLiteral("document_code");
const QString IssuingState = QStringLiteral("issuing_state");
const QString Names = QStringLiteral("names");
const QString DocumentNumber = QStringLiteral("document_number");
const QString Nationality = QStringLiteral("nationality");
const QString BirthDate = QStringLiteral("birth_date");
const QString SexField = QStringLiteral("sex");
const QString ExpiryDate = QStringLiteral("expiry_date");
const QString PersonalNumber = QStringLiteral("personal_number");
const QString OptionalData = QStringLiteral("optional_data");
const QString OptionalData2 = QStringLiteral("optional_data_2");
const QString Composite = QStringLiteral("composite");

} // namespace

MrzLayout::MrzLayout(MrzFormat format, int lineCount, int lineLength)
    : m_format(format), m_lineCount(lineCount), m_lineLength(lineLength)
{
    m_classes.resize(lineCount);
    for (auto& line : m_classes)
        line.fill(MrzCharClass::AlphaNumeric, lineLength);

    auto field = [this](const QString& name, int line, int start, int length, MrzCharClass kind) {
        m_fields.append({name, {line, start, length}});
        for (int i = start; i < start + length; ++i)
            m_classes[line][i] = kind;
    };
    auto digit = [this](int line, int position) {
        m_classes[line][position] = MrzCharClass::Numeric;
    };
    auto check = [this, &digit](const QString& name, QList<MrzSpan> covered, int line,
                                int position) {
        m_checks.append({name, std::move(covered), line, position});
        digit(line, position);
    };
    using C = MrzCharClass;

    switch (format) {
    case MrzFormat::TD1:
        // Line 1: code, state, number, its check digit, optional data.
        field(DocumentCode, 0, 0, 2, C::Alpha);
        field(IssuingState, 0, 2, 3, C::Alpha);
        field(DocumentNumber, 0, 5, 9, C::AlphaNumeric);
        field(OptionalData, 0, 15, 15, C::AlphaNumeric);
        // Line 2: birth, sex, expiry, nationality, optional data, composite.
        field(BirthDate, 1, 0, 6, C::Numeric);
        field(SexField, 1, 7, 1, C::Alpha);
        field(ExpiryDate, 1, 8, 6, C::Numeric);
        field(Nationality, 1, 15, 3, C::Alpha);
        field(OptionalData2, 1, 18, 11, C::AlphaNumeric);
        // Line 3: the names.
        field(Names, 2, 0, 30, C::Alpha);
        check(DocumentNumber, {{0, 5, 9}}, 0, 14);
        check(BirthDate, {{1, 0, 6}}, 1, 6);
        check(ExpiryDate, {{1, 8, 6}}, 1, 14);
        check(Composite, {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}}, 1, 29);
        break;
    case MrzFormat::TD2:
    case MrzFormat::TD3:
    case MrzFormat::MRVA:
    case MrzFormat::MRVB: {
        const bool visa = format == MrzFormat::MRVA || format == MrzFormat::MRVB;
        field(DocumentCode, 0, 0, 2, C::Alpha);
        field(IssuingState, 0, 2, 3, C::Alpha);
        field(Names, 0, 5, lineLength - 5, C::Alpha);
        field(DocumentNumber, 1, 0, 9, C::AlphaNumeric);
        field(Nationality, 1, 10, 3, C::Alpha);
        field(BirthDate, 1, 13, 6, C::Numeric);
        field(SexField, 1, 20, 1, C::Alpha);
        field(ExpiryDate, 1, 21, 6, C::Numeric);
        check(DocumentNumber, {{1, 0, 9}}, 1, 9);
        check(BirthDate, {{1, 13, 6}}, 1, 19);
        check(ExpiryDate, {{1, 21, 6}}, 1, 27);
        if (visa) {
            field(OptionalData, 1, 28, lineLength - 28, C::AlphaNumeric);
        } else if (format == MrzFormat::TD3) {
            field(PersonalNumber, 1, 28, 14, C::AlphaNumeric);
            check(PersonalNumber, {{1, 28, 14}}, 1, 42);
            check(Composite, {{1, 0, 10}, {1, 13, 7}, {1, 21, 22}}, 1, 43);
        } else {
            field(OptionalData, 1, 28, 7, C::AlphaNumeric);
            check(Composite, {{1, 0, 10}, {1, 13, 7}, {1, 21, 14}}, 1, 35);
        }
        break;
    }
    }
}

const MrzLayout& MrzLayout::of(MrzFormat format)
{
    static const MrzLayout td1(MrzFormat::TD1, 3, 30);
    static const MrzLayout td2(MrzFormat::TD2, 2, 36);
    static const MrzLayout td3(MrzFormat::TD3, 2, 44);
    static const MrzLayout mrva(MrzFormat::MRVA, 2, 44);
    static const MrzLayout mrvb(MrzFormat::MRVB, 2, 36);
    switch (format) {
    case MrzFormat::TD1:
        return td1;
    case MrzFormat::TD2:
        return td2;
    case MrzFormat::TD3:
        return td3;
    case MrzFormat::MRVA:
        return mrva;
    case MrzFormat::MRVB:
        return mrvb;
    }
    return td3;
}

std::optional<MrzFormat> MrzLayout::guess(const QStringList& lines)
{
    if (lines.isEmpty())
        return std::nullopt;
    const qsizetype length = lines.first().size();
    for (const QString& line : lines) {
        if (line.size() != length)
            return std::nullopt;
    }
    const bool visa = lines.first().startsWith(u'V');
    if (lines.size() == 3 && length == 30)
        return MrzFormat::TD1;
    if (lines.size() == 2 && length == 36)
        return visa ? MrzFormat::MRVB : MrzFormat::TD2;
    if (lines.size() == 2 && length == 44)
        return visa ? MrzFormat::MRVA : MrzFormat::TD3;
    return std::nullopt;
}

MrzCharClass MrzLayout::classAt(int line, int position) const
{
    if (line < 0 || line >= m_lineCount || position < 0 || position >= m_lineLength)
        return MrzCharClass::AlphaNumeric;
    return m_classes[line][position];
}

std::optional<MrzSpan> MrzLayout::field(QStringView name) const
{
    for (const MrzField& f : m_fields) {
        if (f.name == name)
            return f.span;
    }
    return std::nullopt;
}

QString MrzLayout::fieldAt(int line, int position) const
{
    for (const MrzCheck& c : m_checks) {
        if (c.line == line && c.position == position)
            return c.field;
    }
    for (const MrzField& f : m_fields) {
        if (f.span.line == line && position >= f.span.start &&
            position < f.span.start + f.span.length)
            return f.name;
    }
    return {};
}

int mrzCharValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u == u'<')
        return 0;
    return -1;
}

QChar mrzCheckDigit(QStringView characters)
{
    static constexpr int Weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const int value = mrzCharValue(characters[i]);
        if (value < 0)
            return {};
        sum += value * Weights[i % 3];
    }
    return QChar(u'0' + sum % 10);
}

} // namespace iin

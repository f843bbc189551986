#include "core/person/Iin.h"

namespace iin {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// Digit 7: 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd = male, even = female.
int centuryOf(int digit)
{
    return 1800 + 100 * ((digit - 1) / 2);
}

// A real date for YYMMDD in the given century, or a null date.
QDate dateIn(int century, int yy, int mm, int dd)
{
    return QDate(century + yy, mm, dd);
}

} // namespace

std::optional<int> Iin::checkDigit(QStringView prefix11)
{
    if (prefix11.size() != PrefixLength || !allDigits(prefix11))
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < PrefixLength; ++i)
        sum += (i + 1) * digitAt(prefix11, i);
    int s = sum % 11;
    if (s < 10)
        return s;
    static constexpr int secondWeights[PrefixLength] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    sum = 0;
    for (int i = 0; i < PrefixLength; ++i)
        sum += secondWeights[i] * digitAt(prefix11, i);
    s = sum % 11;
    if (s < 10)
        return s;
    return std::nullopt;
}

std::optional<int> Iin::centuryDigit(int birthYear, Sex sex)
{
    if (birthYear < 1800 || birthYear > 2099 || sex == Sex::Unknown)
        return std::nullopt;
    const int base = 1 + 2 * ((birthYear - 1800) / 100);
    return sex == Sex::Male ? base : base + 1;
}

std::optional<QString> Iin::prefixFor(const QDate& birthDate, Sex sex, int serial)
{
    if (!birthDate.isValid() || serial < 0 || serial > 9999)
        return std::nullopt;
    const auto digit = centuryDigit(birthDate.year(), sex);
    if (!digit)
        return std::nullopt;
    return birthDate.toString(u"yyMMdd") + QString::number(*digit) +
           QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
}

std::optional<Iin> Iin::fromPrefix(QStringView prefix11)
{
    const auto digit = checkDigit(prefix11);
    if (!digit)
        return std::nullopt;
    return Iin(prefix11.toString() + QString::number(*digit));
}

IinCheck Iin::check(QStringView text)
{
    IinCheck r;
    r.text = text.toString();
    const auto error = [&r](const char* code, const QString& message) {
        r.errors.append({QString::fromLatin1(code), QStringLiteral("iin"), message});
    };

    if (text.size() != Length) {
        error("iin.length",
              tr("The IIN must have exactly 12 digits; %n given.", nullptr, int(text.size())));
    }
    if (!allDigits(text)) {
        error("iin.digits", tr("The IIN may contain digits only."));
        return r;
    }
    if (text.size() < 7)
        return r;

    const int yy = digitAt(text, 0) * 10 + digitAt(text, 1);
    const int mm = text.size() >= 4 ? digitAt(text, 2) * 10 + digitAt(text, 3) : 0;
    const int dd = text.size() >= 6 ? digitAt(text, 4) * 10 + digitAt(text, 5) : 0;
    const int centuryDigit = digitAt(text, 6);

    if (centuryDigit == 0) {
        // Some foreigners' numbers carry 0 ("century unknown"): accepted, never generated.
        r.warnings.append({QStringLiteral("iin.century_unknown"), QStringLiteral("iin"),
                           tr("Digit 7 of the IIN is 0 (century unknown): the birth date and "
                              "sex cannot be read from the number; check them against the "
                              "identity document.")});
        // The date must exist in at least one plausible century (29 February included).
        if (!dateIn(1900, yy, mm, dd).isValid() && !dateIn(2000, yy, mm, dd).isValid())
            error("iin.birth_date", tr("Digits 1 to 6 of the IIN (YYMMDD) are not a real date."));
    } else if (centuryDigit > 6) {
        error(
            "iin.century_digit",
            tr("Digit 7 of the IIN must be 1 to 6 (century and sex); it is %1.").arg(centuryDigit));
    } else {
        r.century = centuryOf(centuryDigit);
        r.sex = centuryDigit % 2 == 1 ? Sex::Male : Sex::Female;
        r.birthDate = dateIn(r.century, yy, mm, dd);
        if (!r.birthDate.isValid())
            error("iin.birth_date", tr("Digits 1 to 6 of the IIN (YYMMDD) are not a real date."));
    }

    if (text.size() == Length) {
        const auto expected = checkDigit(text.first(PrefixLength));
        if (!expected) {
            error("iin.unusable_prefix",
                  tr("The first 11 digits of the IIN give no check digit: no IIN is ever "
                     "issued with them. Check the number against the document."));
        } else if (*expected != digitAt(text, 11)) {
            error("iin.check_digit",
                  tr("The check digit (digit 12) of the IIN does not match: a digit was "
                     "probably mistyped."));
        }
    }
    r.valid = r.errors.isEmpty();
    return r;
}

std::optional<Iin> Iin::parse(QStringView text, IinCheck* out)
{
    IinCheck c = check(text);
    const bool valid = c.valid;
    if (out)
        *out = std::move(c);
    if (!valid)
        return std::nullopt;
    return Iin(text.toString());
}

QDate Iin::birthDate() const
{
    return isNull() ? QDate() : check(m_digits).birthDate;
}

Sex Iin::sex() const
{
    if (isNull())
        return Sex::Unknown;
    const int d = digitAt(m_digits, 6);
    if (d == 0)
        return Sex::Unknown;
    return d % 2 == 1 ? Sex::Male : Sex::Female;
}

int Iin::serial() const
{
    return isNull() ? -1 : m_digits.mid(7, 4).toInt();
}

} // namespace iin

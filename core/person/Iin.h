#pragma once

#include "core/base/Problem.h"
#include "core/person/Sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace iin {

// What a 12-digit individual identification number says and whether it is well formed.
struct IinCheck
{
    QString text;       // the input as given
    bool valid = false; // no errors (warnings allowed)
    QDate birthDate;    // null when the digits give no real date
    Sex sex = Sex::Unknown;
    int century = 0; // 1800, 1900, 2000; 0 when digit 7 is 0 ("century unknown")
    Problems errors;
    Problems warnings;
};

// The IIN as a value: YYMMDD, a century/sex digit, a 4-digit serial and a check digit.
// Layout and check-digit algorithm: docs/iin.md.
class Iin
{
    Q_DECLARE_TR_FUNCTIONS(Iin)

public:
    static constexpr int Length = 12;
    static constexpr int PrefixLength = 11;

    Iin() = default;

    // A valid IIN (warnings allowed), or nullopt; `check` receives the full analysis.
    static std::optional<Iin> parse(QStringView text, IinCheck* check = nullptr);
    static IinCheck check(QStringView text);

    // The check digit for 11 digits, or nullopt when the prefix is unusable (both passes give
    // 10) or is not 11 digits. An unusable prefix is never issued: the allocator skips it.
    static std::optional<int> checkDigit(QStringView prefix11);

    // The century/sex digit for a birth year and sex (1..6); nullopt outside 1800..2099 or for
    // an unknown sex. Digit 0 ("century unknown") is never generated.
    static std::optional<int> centuryDigit(int birthYear, Sex sex);

    // The 11-digit prefix for a person and serial (0..9999), ready for checkDigit().
    static std::optional<QString> prefixFor(const QDate& birthDate, Sex sex, int serial);

    // Builds the full IIN from a prefix, or nullopt when that prefix is unusable.
    static std::optional<Iin> fromPrefix(QStringView prefix11);

    const QString& toString() const { return m_digits; }
    bool isNull() const { return m_digits.isEmpty(); }
    QDate birthDate() const;
    Sex sex() const;
    int serial() const;

    friend bool operator==(const Iin&, const Iin&) = default;

private:
    explicit Iin(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace iin

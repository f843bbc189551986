#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <string_view>

namespace iin {

// An enum value and its code: the spelling stored in the journal, sent to the registry and
// written in JSON. Codes never change once released, so each enum keeps them in one table:
//
//     constexpr EnumCode<Sex> SexCodes[] = {{Sex::Male, u"male"}, {Sex::Female, u"female"}};
//     codeOf(SexCodes, Sex::Male) == u"male";   valueOf(SexCodes, u"female") == Sex::Female
//
// A code is a string literal: codeOf() hands out a QString over the literal without copying it.
template <typename E>
struct EnumCode
{
    E value;
    std::u16string_view code;
};

namespace detail {
inline QString codeText(std::u16string_view code)
{
    return QString::fromRawData(reinterpret_cast<const QChar*>(code.data()),
                                qsizetype(code.size()));
}
} // namespace detail

// The code of `value`; empty when the table does not list it.
template <typename E, std::size_t N>
QString codeOf(const EnumCode<E> (&table)[N], E value)
{
    for (const EnumCode<E>& entry : table) {
        if (entry.value == value)
            return detail::codeText(entry.code);
    }
    return {};
}

// The value whose code is exactly `code` (case matters), or nothing.
template <typename E, std::size_t N>
std::optional<E> valueOf(const EnumCode<E> (&table)[N], QStringView code)
{
    for (const EnumCode<E>& entry : table) {
        if (code == QStringView(entry.code.data(), qsizetype(entry.code.size())))
            return entry.value;
    }
    return std::nullopt;
}

// Every code, in the table's order (for messages listing what is accepted).
template <typename E, std::size_t N>
QStringList codesOf(const EnumCode<E> (&table)[N])
{
    QStringList codes;
    codes.reserve(qsizetype(N));
    for (const EnumCode<E>& entry : table)
        codes.append(detail::codeText(entry.code));
    return codes;
}

// Every value, in the table's order.
template <typename E, std::size_t N>
QList<E> valuesOf(const EnumCode<E> (&table)[N])
{
    QList<E> values;
    values.reserve(qsizetype(N));
    for (const EnumCode<E>& entry : table)
        values.append(entry.value);
    return values;
}

} // namespace iin

#include "core/person/DocumentNumber.h"

#include <QChar>
#include <QList>
#include <QString>

#include <utility>

namespace iin {

namespace {

// Upper-case Cyrillic and Greek letters drawn like a Latin capital in passport fonts (and the
// Kazakh І and Ү, typed on a kk layout where a Latin I and Y sit). Lower-case letters reach
// this table upper-cased.
constexpr std::pair<char32_t, char32_t> LookAlikes[] = {
    // Cyrillic: А В С Е Н І Ј К М О Р Ԛ Ѕ Т Ԝ Х У Ү
    {U'\u0410', U'A'},
    {U'\u0412', U'B'},
    {U'\u0421', U'C'},
    {U'\u0415', U'E'},
    {U'\u041D', U'H'},
    {U'\u0406', U'I'},
    {U'\u0408', U'J'},
    {U'\u041A', U'K'},
    {U'\u041C', U'M'},
    {U'\u041E', U'O'},
    {U'\u0420', U'P'},
    {U'\u051A', U'Q'},
    {U'\u0405', U'S'},
    {U'\u0422', U'T'},
    {U'\u051C', U'W'},
    {U'\u0425', U'X'},
    {U'\u0423', U'Y'},
    {U'\u04AE', U'Y'},
    // Greek: Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
    {U'\u0391', U'A'},
    {U'\u0392', U'B'},
    {U'\u0395', U'E'},
    {U'\u0396', U'Z'},
    {U'\u0397', U'H'},
    {U'\u0399', U'I'},
    {U'\u039A', U'K'},
    {U'\u039C', U'M'},
    {U'\u039D', U'N'},
    {U'\u039F', U'O'},
    {U'\u03A1', U'P'},
    {U'\u03A4', U'T'},
    {U'\u03A5', U'Y'},
    {U'\u03A7', U'X'},
};

char32_t latinLookAlike(char32_t c)
{
    for (const auto& [from, to] : LookAlikes) {
        if (c == from)
            return to;
    }
    return c;
}

} // namespace

QString DocumentNumber::key(QStringView number)
{
    // Separators and signs go before NFKC, which would spell "№" as the letters "No".
    QString kept;
    for (char32_t c : number.toString().toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
            kept.append(QString::fromUcs4(&c, 1));
    }
    const QString compatible = kept.normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(compatible.size());
    for (char32_t c : compatible.toUcs4()) {
        if (QChar::category(c) == QChar::Number_DecimalDigit) {
            key.append(QChar(u'0' + QChar::digitValue(c)));
            continue;
        }
        if (!QChar::isLetterOrNumber(c))
            continue;
        const char32_t folded = latinLookAlike(QChar::toUpper(c));
        key.append(QString::fromUcs4(&folded, 1));
    }
    return key;
}

bool DocumentNumber::hasCyrillic(QStringView number)
{
    for (char32_t c : number.toString().toUcs4()) {
        if (QChar::isLetter(c) && QChar::script(c) == QChar::Script_Cyrillic)
            return true;
    }
    return false;
}

} // namespace iin

#include "DocumentNumber.h"

#include <QChar>
#include <QList>
#include <QString>

namespace iin {

namespace {

// Upper-case Cyrillic and Greek letters drawn like a Latin capital in passport fonts (and the
// Kazakh І and Ү, typed on a kk layout where a Latin I and Y sit). Lower-case letters reach
// this table upper-cased.
char32_t latinLookAlike(char32_t c)
{
    switch (c) {
    // Cyrillic
    case U'\u0410': return U'A'; // А
    case U'\u0412': return U'B'; // В
    case U'\u0421': return U'C'; // С
    case U'\u0415': return U'E'; // Е
    case U'\u041D': return U'H'; // Н
    case U'\u0406': return U'I'; // І
    case U'\u0408': return U'J'; // Ј
    case U'\u041A': return U'K'; // К
    case U'\u041C': return U'M'; // М
    case U'\u041E': return U'O'; // О
    case U'\u0420': return U'P'; // Р
    case U'\u051A': return U'Q'; // Ԛ
    case U'\u0405': return U'S'; // Ѕ
    case U'\u0422': return U'T'; // Т
    case U'\u051C': return U'W'; // Ԝ
    case U'\u0425': return U'X'; // Х
    case U'\u0423': return U'Y'; // У
    case U'\u04AE': return U'Y'; // Ү
    // Greek
    case U'\u0391': return U'A'; // Α
    case U'\u0392': return U'B'; // Β
    case U'\u0395': return U'E'; // Ε
    case U'\u0396': return U'Z'; // Ζ
    case U'\u0397': return U'H'; // Η
    case U'\u0399': return U'I'; // Ι
    case U'\u039A': return U'K'; // Κ
    case U'\u039C': return U'M'; // Μ
    case U'\u039D': return U'N'; // Ν
    case U'\u039F': return U'O'; // Ο
    case U'\u03A1': return U'P'; // Ρ
    case U'\u03A4': return U'T'; // Τ
    case U'\u03A5': return U'Y'; // Υ
    case U'\u03A7': return U'X'; // Χ
    default: return c;
    }
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

#include "core/person/NameKey.h"

#include "core/base/Transliteration.h"

#include <QStringList>

namespace iin {

namespace {

// ICAO 9303 (7th ed.) transliteration of Cyrillic, with the Kazakh letters as Kazakhstan's
// passports write them.
const char* icaoLatin(char16_t c)
{
    switch (c) {
    case u'А':
    case u'а':
        return "A";
    case u'Ә':
    case u'ә':
        return "A";
    case u'Б':
    case u'б':
        return "B";
    case u'В':
    case u'в':
        return "V";
    case u'Г':
    case u'г':
        return "G";
    case u'Ғ':
    case u'ғ':
        return "G";
    case u'Д':
    case u'д':
        return "D";
    case u'Е':
    case u'е':
        return "E";
    case u'Ё':
    case u'ё':
        return "E";
    case u'Ж':
    case u'ж':
        return "ZH";
    case u'З':
    case u'з':
        return "Z";
    case u'И':
    case u'и':
        return "I";
    case u'Й':
    case u'й':
        return "I";
    case u'К':
    case u'к':
        return "K";
    case u'Қ':
    case u'қ':
        return "K";
    case u'Л':
    case u'л':
        return "L";
    case u'М':
    case u'м':
        return "M";
    case u'Н':
    case u'н':
        return "N";
    case u'Ң':
    case u'ң':
        return "N";
    case u'О':
    case u'о':
        return "O";
    case u'Ө':
    case u'ө':
        return "O";
    case u'П':
    case u'п':
        return "P";
    case u'Р':
    case u'р':
        return "R";
    case u'С':
    case u'с':
        return "S";
    case u'Т':
    case u'т':
        return "T";
    case u'У':
    case u'у':
        return "U";
    case u'Ұ':
    case u'ұ':
        return "U";
    case u'Ү':
    case u'ү':
        return "U";
    case u'Ф':
    case u'ф':
        return "F";
    case u'Х':
    case u'х':
        return "KH";
    case u'Һ':
    case u'һ':
        return "H";
    case u'Ц':
    case u'ц':
        return "TS";
    case u'Ч':
    case u'ч':
        return "CH";
    case u'Ш':
    case u'ш':
        return "SH";
    case u'Щ':
    case u'щ':
        return "SHCH";
    case u'Ъ':
    case u'ъ':
        return "IE";
    case u'Ы':
    case u'ы':
        return "Y";
    case u'І':
    case u'і':
        return "I";
    case u'Ь':
    case u'ь':
        return "";
    case u'Э':
    case u'э':
        return "E";
    case u'Ю':
    case u'ю':
        return "IU";
    case u'Я':
    case u'я':
        return "IA";
    default:
        return nullptr;
    }
}

bool isAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Everything that is not Cyrillic: Latin with accents, Greek, Arabic, Han... ICU transliterator
// instances are not thread-safe, so each thread keeps its own.
QString anyToAscii(const QString& text)
{
    return icuTransliterate(text, "Any-Latin; Latin-ASCII");
}

// Folds the spellings that Latin transliterations of the same name disagree on.
QString fold(const QString& latinUpper)
{
    QString s = latinUpper.toLower();
    QString letters;
    letters.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c >= u'a' && c <= u'z')
            letters.append(c);
    }
    static const std::pair<const char16_t*, const char16_t*> multigraphs[] = {
        {u"shch", u"s"}, {u"sch", u"s"}, {u"sh", u"s"}, {u"ch", u"c"},
        {u"tch", u"c"},  {u"dzh", u"j"}, {u"dj", u"j"}, {u"zh", u"j"},
        {u"kh", u"h"},   {u"ts", u"c"},  {u"tz", u"c"}, {u"ya", u"ia"},
        {u"yu", u"iu"},  {u"ye", u"e"},  {u"yo", u"o"}, {u"ph", u"f"},
    };
    for (const auto& [from, to] : multigraphs) {
        const QStringView f(from);
        if (letters.contains(f))
            letters.replace(f.toString(), QStringView(to).toString());
    }
    QString out;
    out.reserve(letters.size());
    for (QChar c : std::as_const(letters)) {
        switch (c.unicode()) {
        case u'q':
            c = u'k';
            break;
        case u'y':
            c = u'i';
            break;
        case u'w':
            c = u'v';
            break;
        case u'x':
            c = u'h';
            break;
        default:
            break;
        }
        if (!out.isEmpty() && out.back() == c)
            continue; // doubled letters: Kassymov / Kasymov
        out.append(c);
    }
    return out;
}

} // namespace

QString NameKey::latin(QStringView name)
{
    QString mapped;
    mapped.reserve(name.size());
    for (QChar c : name) {
        if (const char* l = icaoLatin(c.unicode()))
            mapped.append(QLatin1String(l));
        else
            mapped.append(c);
    }
    if (!isAscii(mapped))
        mapped = anyToAscii(mapped);
    return mapped.toUpper();
}

QString NameKey::of(QStringView name)
{
    return fold(latin(name));
}

QStringList NameKey::words(QStringView name)
{
    // Words are separated by ASCII white space, hyphens and apostrophes ("Abu-Bakr", "O'Neil",
    // "Қожа Ахмет"), the characters the regular expression [\s\-'’ʼ`]+ used to split on.
    // Split by hand: compiling that expression at every call was most of the cost of a
    // registration's name keys.
    const auto separates = [](QChar c) {
        switch (c.unicode()) {
        case u' ':
        case u'\t':
        case u'\n':
        case u'\v':
        case u'\f':
        case u'\r':
        case u'-':
        case u'\'':
        case u'’':
        case u'ʼ':
        case u'`':
            return true;
        default:
            return false;
        }
    };
    QStringList keys;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && !separates(name[i]))
            continue;
        if (i > start) {
            const QString key = of(name.sliced(start, i - start));
            if (!key.isEmpty())
                keys.append(key);
        }
        start = i + 1;
    }
    return keys;
}

} // namespace iin

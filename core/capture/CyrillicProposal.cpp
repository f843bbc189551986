#include "core/capture/CyrillicProposal.h"

#include "core/base/Transliteration.h"

namespace iin {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"AEIOUY").contains(c);
}

// The spellings ICU's Latin-Cyrillic does not know (it reads "ZH" as "ЗХ"), taken from an
// upper-case Latin word. What is left in Latin letters goes to ICU.
QString digraphsOf(const QString& word)
{
    struct Rule
    {
        QStringView latin;
        QStringView cyrillic;
    };
    static constexpr Rule Anywhere[] = {
        {u"SHCH", u"Щ"}, {u"KH", u"Х"}, {u"ZH", u"Ж"}, {u"SH", u"Ш"}, {u"CH", u"Ч"},
        {u"TS", u"Ц"},   {u"YU", u"Ю"}, {u"YA", u"Я"}, {u"YO", u"Ё"}, {u"J", u"Ж"},
    };
    QString out;
    qsizetype i = 0;
    const qsizetype n = word.size();
    while (i < n) {
        const QStringView rest = QStringView(word).mid(i);
        const bool atStart = i == 0;
        const QChar previous = i > 0 ? word[i - 1] : QChar();
        // ICAO's IA/IU for Я/Ю: at the start of a word and after I ("MARIIA" Мария); after
        // another consonant "IA" is more often a Latin spelling ("MARIA").
        if ((atStart || previous == u'I') && (rest.startsWith(u"IA") || rest.startsWith(u"IU"))) {
            out += rest[1] == u'A' ? u'Я' : u'Ю';
            i += 2;
            continue;
        }
        if (atStart && rest.startsWith(u"YE")) {
            out += u'Е';
            i += 2;
            continue;
        }
        if (rest == u"II" && i > 0) {
            out += QStringView(u"ИЙ");
            break;
        }
        // Й: Y after a vowel before a consonant or the end ("AYGUL", "NIKOLAY"), I after a vowel
        // at the end ("NIKOLAI", "TSOI").
        if (i > 0 && isVowel(previous) && previous != u'Y' &&
            ((rest[0] == u'Y' && (rest.size() == 1 || !isVowel(rest[1]))) ||
             (rest == u"I" && previous != u'I'))) {
            out += u'Й';
            ++i;
            continue;
        }
        bool matched = false;
        for (const Rule& rule : Anywhere) {
            if (rest.startsWith(rule.latin)) {
                out += rule.cyrillic;
                i += rule.latin.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            out += word[i];
            ++i;
        }
    }
    return out;
}

QString icuLatinToCyrillic(const QString& text)
{
    return icuTransliterate(text, "Latin-Cyrillic");
}

} // namespace

QString CyrillicProposal::forName(const QString& latin)
{
    QString result;
    QString word;
    const auto endWord = [&] {
        if (word.isEmpty())
            return;
        QString cyrillic = icuLatinToCyrillic(digraphsOf(word).toLower()).toLower();
        // Letters of other Cyrillic alphabets ICU may give (Serbian ј, љ, њ) have no place in a
        // Kazakh or Russian name.
        cyrillic.replace(QChar(u'ј'), QChar(u'й'))
            .replace(QChar(u'љ'), QStringLiteral("ль"))
            .replace(QChar(u'њ'), QStringLiteral("нь"));
        if (!cyrillic.isEmpty())
            cyrillic[0] = cyrillic[0].toUpper();
        result += cyrillic;
        word.clear();
    };
    for (const QChar c : latin.trimmed()) {
        if (c.isLetter()) {
            word += c.toUpper();
        } else {
            endWord();
            result += c;
        }
    }
    endWord();
    return result.simplified();
}

} // namespace iin

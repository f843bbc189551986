#pragma once

#include <QString>

namespace iin {

// A first Cyrillic spelling of a name read in Latin letters from a machine-readable zone, for
// the clerk to correct: the MRZ holds the name transliterated (ICAO Doc 9303 since 2013, or the
// older Russian and Kazakh spellings), and no transform gets it back for certain. The digraphs
// and endings of those spellings are taken first (SHCH Щ, KH Х, ZH Ж, SH Ш, CH Ч, TS Ц, YU/IU Ю,
// YA/IA Я, YO Ё, YE- Е-, J Ж, a final -II -ИЙ, Y or I after a vowel Й), then ICU's
// `Latin-Cyrillic` transform does the rest; each word is capitalised ("ZHANNA" → "Жанна").
class CyrillicProposal
{
public:
    static QString forName(const QString& latin);
};

} // namespace iin

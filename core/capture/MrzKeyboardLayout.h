#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace iin {

// A keyboard-wedge passport reader sends key codes, not characters: with a Russian or Kazakh
// layout active, the keys it presses for "P<UTO" arrive as "ЗБГЕЩ". This maps what such a layout
// produced back to the Latin MRZ character on the same key (the US positions the readers
// assume): the ЙЦУКЕН letters of the Russian and Kazakh layouts, `Б` (the comma key, whose Shift
// gives `<`), and the digit row of Debian's Kazakh layout (xkb `kz`), which holds `"`, Kazakh
// letters and punctuation where the digits are. The Russian layout keeps the digits in place, so
// the two tables never disagree on a key an MRZ uses.
class MrzKeyboardLayout
{
public:
    // The MRZ character typed as `typed`: Latin letters are upper-cased, characters of the ru or
    // kz layout mapped back to their key, anything else returned upper-cased as it is (so that
    // the parser names it). Spaces and tabs give a null QChar: a reader never types them, a
    // clerk pasting the lines may.
    static QChar toMrz(QChar typed);
    // The whole text mapped character by character; line breaks (CR, LF, CR LF) become one LF.
    static QString toMrz(QStringView typed);
};

} // namespace iin

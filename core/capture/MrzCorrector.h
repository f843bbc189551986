#pragma once

#include "core/capture/MrzLayout.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace iin {

// Every glyph's score at every position of a zone read optically: scores[line][position][glyph],
// glyphs in `alphabet` order (higher is likelier).
struct MrzScoreSheet
{
    QString alphabet;
    QList<QList<std::vector<float>>> scores;
};

// Turns a score sheet into the zone's lines the way a careful reader would:
// - each position takes the likeliest character its field allows (a date has no O, a name no
//   0: 0/O, 1/I, 2/Z, 5/S, 8/B are decided by the layout), the sex only M, F, X or '<';
// - a check digit that does not hold is made to hold by the cheapest change among the
//   characters it covers (the next likeliest glyph at one position, else at two): the change
//   that costs the least score wins; the composite check last, over what no other check covers;
// - the names end at their first "<<<": everything after is filler.
class MrzCorrector
{
public:
    static QStringList correct(const MrzLayout& layout, const MrzScoreSheet& sheet);
};

} // namespace iin

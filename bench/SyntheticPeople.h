#pragma once

#include "core/application/Application.h"

#include <QList>
#include <QString>

namespace iin::bench {

// Synthetic but realistic applicants for the benchmarks: Kazakh (with the Kazakh letters),
// Russian, Uzbek, Kyrgyz, Chinese, Turkish and German names in Cyrillic with their passport
// (Latin) spellings, documents numbered the way each country numbers them, plausible dates.
// Person `n` is always the same person; distinct `n` have distinct document numbers.
class SyntheticPeople
{
public:
    static Application application(qint64 n);
    // A few prefixes of surnames that occur in the data, for searches.
    static QStringList cyrillicSurnamePrefixes(); // Russian-style, Cyrillic only
    static QStringList latinSurnamePrefixes();    // Latin letters
    static QStringList kazakhSurnamePrefixes();   // with Ә Ғ Қ Ң Ө Ұ Ү Һ І
};

} // namespace iin::bench

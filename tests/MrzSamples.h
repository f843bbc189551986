#pragma once

#include "core/capture/MrzFormat.h"

#include <QRandomGenerator>
#include <QStringList>

namespace iin::test {

// Zones to print on test pages: the ICAO specimens and random identities with every check
// digit right (composed by MrzComposer).
class MrzSamples
{
public:
    static QStringList specimen(MrzFormat format);
    static QStringList random(MrzFormat format, QRandomGenerator& random);
};

} // namespace iin::test

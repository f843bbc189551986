#include "core/person/Sex.h"

namespace iin {

QString sexToString(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Sex sexFromString(const QString& s)
{
    if (s == u"male")
        return Sex::Male;
    if (s == u"female")
        return Sex::Female;
    return Sex::Unknown;
}

} // namespace iin

#include "core/person/Sex.h"

#include "core/base/EnumCodes.h"

namespace iin {

namespace {

constexpr EnumCode<Sex> SexCodes[] = {
    {Sex::Male, u"male"},
    {Sex::Female, u"female"},
    {Sex::Unknown, u"unknown"},
};

} // namespace

QString sexToString(Sex sex)
{
    return codeOf(SexCodes, sex);
}

Sex sexFromString(const QString& s)
{
    return valueOf(SexCodes, s).value_or(Sex::Unknown);
}

} // namespace iin

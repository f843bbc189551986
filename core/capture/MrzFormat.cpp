#include "core/capture/MrzFormat.h"

#include "core/base/EnumCodes.h"

namespace iin {

namespace {

constexpr EnumCode<MrzFormat> MrzFormatCodes[] = {
    {MrzFormat::TD1, u"TD1"},   {MrzFormat::TD2, u"TD2"},   {MrzFormat::TD3, u"TD3"},
    {MrzFormat::MRVA, u"MRVA"}, {MrzFormat::MRVB, u"MRVB"},
};

} // namespace

QString mrzFormatToString(MrzFormat format)
{
    return codeOf(MrzFormatCodes, format);
}

std::optional<MrzFormat> mrzFormatFromString(QStringView text)
{
    return valueOf(MrzFormatCodes, text);
}

} // namespace iin

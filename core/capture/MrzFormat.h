#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace iin {

// The five shapes of an ICAO Doc 9303 machine-readable zone: the identity card (TD1, 3×30), the
// TD2 document (2×36), the passport (TD3, 2×44) and the two visas (MRV-A 2×44, MRV-B 2×36).
enum class MrzFormat
{
    TD1,
    TD2,
    TD3,
    MRVA,
    MRVB,
};

QString mrzFormatToString(MrzFormat format); // "TD1" "TD2" "TD3" "MRVA" "MRVB"
std::optional<MrzFormat> mrzFormatFromString(QStringView text);

} // namespace iin

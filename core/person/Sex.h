#pragma once

#include <QString>

namespace iin {

enum class Sex
{
    Unknown,
    Male,
    Female,
};

QString sexToString(Sex sex);        // "male", "female", "unknown": the data-format spelling
Sex sexFromString(const QString& s); // Unknown for anything else

} // namespace iin

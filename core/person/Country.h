#pragma once

#include <QString>

namespace iin {

// One entry of the country list: an ISO 3166-1 country, or a special ICAO 9303 code such as
// XXA (stateless person), which has no alpha-2 or numeric code.
struct Country
{
    QString alpha2;  // "KZ"; empty for special codes
    QString alpha3;  // "KAZ"
    QString numeric; // "398"; empty for special codes
    QString nameEn;
    QString nameKk;
    QString nameRu;

    // The name in "kk", "ru" or "en"; any other code gives English.
    QString name(const QString& lang) const;
};

} // namespace iin

#pragma once

#include "core/person/Country.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iin {

// Countries for citizenship and the issuing state of documents: ISO 3166-1 (from Debian's
// iso-codes, generated into the binary at build time) plus XXA, the ICAO code for a stateless
// person. Loaded once, on first use, from the embedded resource; safe to call from any thread.
class Countries
{
public:
    static constexpr const char* StatelessAlpha3 = "XXA";

    // Exact upper-case alpha-3 codes only ("KAZ", not "kaz"): stored data must be canonical.
    static bool isKnownAlpha3(const QString& alpha3);
    // The country's name in "kk", "ru" or "en" (other codes give English); empty if unknown.
    static QString name(const QString& alpha3, const QString& lang);
    // Every code, sorted by alpha-3.
    static QStringList alpha3Codes();

    static std::optional<Country> find(const QString& alpha3);
    // "KZ" -> the entry for KAZ; alpha-2 is what machine-readable zones and some registries use.
    static std::optional<Country> findByAlpha2(const QString& alpha2);
    // Every entry sorted by its name in `lang` with that language's collation (for combo boxes);
    // XXA comes first, because the desk selects it often and it is not a country.
    static QList<Country> sortedByName(const QString& lang);
    static qsizetype count();
};

} // namespace iin

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace iin {

// The issuing state and nationality codes of a machine-readable zone (ICAO Doc 9303 part 3):
// ISO 3166-1 alpha-3 for most states, with exceptions the desk maps or keeps:
//   - "D" (Germany, written "D<<") → DEU;
//   - GBD, GBN, GBO, GBP, GBS (the classes of British nationality) → GBR;
//   - XXA (stateless person) stays XXA, as in the desk's country list;
//   - XXB (refugee under the 1951 Convention), XXC (other refugee), XXX (nationality
//     unspecified), UTO (Utopia, ICAO's specimen state), EUE (European Union), UNO, UNA, UNK
//     (United Nations, its agencies, UNMIK Kosovo), RKS (Kosovo) and the organisations XBA, XCC,
//     XCE, XCO, XDC, XEC, XES, XIM, XMP, XOM, XPO are valid codes but no country: they are kept
//     as printed, and the desk's country list (Countries) does not know them.
class MrzCountryCode
{
public:
    // The code the record carries for a code as printed (fillers dropped): the ISO alpha-3 or
    // one of the kept ICAO codes; nothing for a code that is neither.
    static std::optional<QString> toRecordCode(QStringView printed);
    // Whether a code is one of the ICAO codes that name no country (XXB, UTO, UNO...; not XXA).
    static bool isNonCountry(QStringView code);
    // The code to print for a record's code: "D" for DEU, else the code itself.
    static QString toPrinted(QStringView code);
};

} // namespace iin

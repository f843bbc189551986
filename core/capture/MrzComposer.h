#pragma once

#include "core/capture/MrzRecord.h"

#include <QStringList>

namespace iin {

// The other way round from MrzParser: the lines of a zone for a record's fields, every check
// digit computed. For test pages and readers' test data, not for issuing documents.
//
// Uses format, documentCode, issuingState and nationality (DEU printed "D"; the ICAO codes as
// printed in issuingStateCode/nationalityCode win when set), surname, givenNames (A-Z; spaces,
// hyphens → '<', anything else left out), documentNumber (longer than 9 characters: the TD1/TD2
// long form; cut to 9 in the others), birthDate, expiryDate (an invalid date → "<<<<<<"), sex
// (Unknown → '<'), optionalData (TD3: the personal number) and optionalData2 (TD1). Fields too
// long are cut, names too (as issuers do).
class MrzComposer
{
public:
    static QStringList compose(const MrzRecord& fields);
};

} // namespace iin

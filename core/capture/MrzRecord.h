#pragma once

#include "core/base/Problem.h"
#include "core/capture/MrzFormat.h"
#include "core/person/Sex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace iin {

// What a machine-readable zone says, read by MrzParser. Text fields hold the zone's characters
// with the fillers turned into what they mean: trailing '<' dropped, '<' between name parts a
// space. docs/capture.md, "Machine-readable zone", lists how codes are mapped.
struct MrzRecord
{
    bool recognised = false; // it is an MRZ at all (else exit 2 / "not an MRZ")
    bool valid = false;      // recognised, every check digit holds and nothing else is wrong
    MrzFormat format = MrzFormat::TD3;
    QString documentCode;   // "P", "I", "ID", "V"... (trailing '<' dropped)
    QString issuingState;   // ISO 3166-1 alpha-3 where the ICAO code maps to one ("D" → "DEU"),
                            // else the ICAO code as printed (XXA, XXB, XXC, XXX, UTO, EUE, UNO...)
    QString surname;        // primary identifier, '<' → space
    QString givenNames;     // secondary identifiers, '<' → space
    QString documentNumber; // the whole number, also TD1's long one
    QString nationality;    // as issuingState
    QString optionalData;   // TD3: the personal number; TD1: line 1's optional data (after a
                            // long document number's continuation); TD2, visas: the field
    QString optionalData2;  // TD1: line 2's optional data
    QDate birthDate;        // invalid when the zone's date is not a date (or partly unknown)
    QDate expiryDate;
    Sex sex = Sex::Unknown;   // 'X' and '<' are Unknown; JSON: male|female|unspecified
    QString issuingStateCode; // the ICAO codes as printed, fillers dropped ("D", "GBD", "UTO")
    QString nationalityCode;
    QStringList lines; // normalised lines
    Problems problems; // stable codes, translated messages (kk/ru/en)
};

} // namespace iin

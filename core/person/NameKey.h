#pragma once

#include <QString>
#include <QStringView>

namespace iin {

// A key for matching a person's name across scripts and spellings, for search and for duplicate
// detection: «Қасымов», «Касымов», "QASYMOV" and "Kassymov" all give "kasimov".
//
// Cyrillic (Russian and Kazakh letters) is first written in Latin as passports' machine-readable
// zones do (ICAO 9303), any other script goes through ICU's Any-Latin; accents are dropped, and
// then the spellings that transliteration systems disagree on are folded together (zh/j, kh/h,
// q/k, y/i, doubled letters...). A key is coarse on purpose: two different people may share
// one, so a match is a warning to look, never a verdict.
class NameKey
{
public:
    // The key of one name or of several words (spaces, hyphens and apostrophes are dropped).
    static QString of(QStringView name);
    // The key of each word separately, for word-prefix search ("Abdul-Rahman Ali" → 3 keys).
    static QStringList words(QStringView name);
    // The Latin (ASCII, upper-case) spelling before folding, as an MRZ would show it.
    static QString latin(QStringView name);
};

} // namespace iin

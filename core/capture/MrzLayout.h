#pragma once

#include "core/capture/MrzFormat.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace iin {

// What one position of a zone may hold besides the filler '<', which every position allows.
// Optical reading uses it to decide between look-alikes (0/O, 1/I, 5/S, 8/B...).
enum class MrzCharClass
{
    Alpha,
    Numeric,
    AlphaNumeric,
};

// Characters [start, start + length) of line `line` (both counted from 0).
struct MrzSpan
{
    int line = 0;
    int start = 0;
    int length = 0;

    friend bool operator==(const MrzSpan&, const MrzSpan&) = default;
};

// One check digit: the spans it is computed over, in order, and where it stands. `field` is the
// stable name used in problems: document_number, birth_date, expiry_date, personal_number,
// composite.
struct MrzCheck
{
    QString field;
    QList<MrzSpan> covered;
    int line = 0;
    int position = 0;
};

// One field of the zone: document_code, issuing_state, names, document_number, nationality,
// birth_date, sex, expiry_date, personal_number (TD3), optional_data, optional_data_2 (TD1 line 2).
struct MrzField
{
    QString name;
    MrzSpan span;
};

// Where each field of a format is and what each position may hold (ICAO Doc 9303 parts 4–7).
// TD1's (and TD2's) long document number is not part of the fixed layout: when the number's
// check position holds '<', the number continues at the start of the optional data, followed by
// its own check digit (MrzParser reads it; the composite still covers those characters).
class MrzLayout
{
public:
    static const MrzLayout& of(MrzFormat format);
    // From the line count, line length and the first character ('V' = visa): 3×30 is TD1, 2×36
    // TD2 or MRV-B, 2×44 TD3 or MRV-A. Nothing for any other shape.
    static std::optional<MrzFormat> guess(const QStringList& lines);

    MrzFormat format() const { return m_format; }
    int lineCount() const { return m_lineCount; }
    int lineLength() const { return m_lineLength; }
    // The class of a position; AlphaNumeric outside the zone.
    MrzCharClass classAt(int line, int position) const;
    // Every check digit, composite last (visas have none).
    const QList<MrzCheck>& checks() const { return m_checks; }
    // Every field in zone order; field() finds one by name (nothing if the format has no such).
    const QList<MrzField>& fields() const { return m_fields; }
    std::optional<MrzSpan> field(QStringView name) const;
    // The name of the field a position belongs to (a check digit's position gives its field's
    // name, the composite "composite"); empty outside the zone.
    QString fieldAt(int line, int position) const;

private:
    MrzLayout(MrzFormat format, int lineCount, int lineLength);

    MrzFormat m_format;
    int m_lineCount;
    int m_lineLength;
    QList<QList<MrzCharClass>> m_classes; // per line, per position
    QList<MrzCheck> m_checks;
    QList<MrzField> m_fields;
};

// '0'-'9' → 0-9, 'A'-'Z' → 10-35, '<' → 0, -1 for anything else.
int mrzCharValue(QChar c);
// The check digit of `characters` (weights 7, 3, 1 repeating, sum modulo 10) as '0'..'9'; a null
// QChar if any character is not one of the zone's (A-Z, 0-9, '<').
QChar mrzCheckDigit(QStringView characters);

} // namespace iin

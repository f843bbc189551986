#pragma once

#include "core/capture/MrzRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace iin {

// Reads the lines of a machine-readable zone (typed, pasted, from a reader or from optical
// reading) into an MrzRecord: every check digit, the dates, the codes and the names. Pure: no
// I/O, safe on any thread.
class MrzParser
{
    Q_DECLARE_TR_FUNCTIONS(MrzParser)

public:
    // Upper-cases, drops spaces, tabs, CR-only noise, STX/ETX/ACK/NAK, splits into lines (LF or
    // CR), drops empty lines; a single run of 88/72/90 characters (or lines whose concatenation
    // has that length and fit no format as they are) is cut into 2×44, 2×36 or 3×30.
    static QStringList normalisedLines(const QString& text);
    // `today` decides the century of the birth date (the one that does not put it after today).
    static MrzRecord parse(const QStringList& lines, const QDate& today);
    // normalisedLines() then parse().
    static MrzRecord parseText(const QString& text, const QDate& today);
    // A field's name in problems ("birth_date") as the desk says it, in the current language.
    static QString fieldLabel(const QString& field);
};

} // namespace iin

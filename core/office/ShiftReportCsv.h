#pragma once

#include "core/office/ShiftReportData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iin {

// The end-of-shift report as CSV for a spreadsheet as used here: UTF-8 with a byte-order mark,
// semicolons, CRLF, fields quoted when they hold a semicolon, a quote or a line break. Sections
// one after another, each with its own heading row, an empty row between: the report's header
// and counts (key;label;value), the blanks (key;label;value), the spoiled serials, the exceptions.
// Labels in the interface language.
namespace ShiftReportCsv {

QByteArray write(const ShiftReportData& report);
// One row: fields quoted where needed, joined with semicolons (no line end).
QString row(const QStringList& fields);

} // namespace ShiftReportCsv

} // namespace iin

#pragma once

#include "app/cli/CliSupport.h"

#include "core/documents/DocumentPrinter.h"

#include <functional>

namespace iin::cli {

// What `certificate <id>` and `receipt <id>` share: printing a document of a record in the
// journal to PDF through core's DocumentPrinter, audited as a print.

// Adds --db, --operator, --pdf, --office-name, --officer and --training (plus --key when
// `withKey`) and the positional record.
void addJournalPrintOptions(CommandLine& commandLine, bool withKey);

using PrintCall = std::function<Result<PrintRecord>(DocumentPrinter&, qint64 id, QPagedPaintDevice*,
                                                    const PrintOptions&)>;

// Parses the options, finds the record (id or registration number), prints it to the PDF
// and reports the print as one JSON line. Returns the exit code.
int printFromJournal(CommandLine& commandLine, const QStringList& arguments, bool withKey,
                     const QString& title, const PrintCall& print);

} // namespace iin::cli

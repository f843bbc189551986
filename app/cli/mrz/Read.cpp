#include "app/cli/CliSupport.h"
#include "app/cli/mrz/MrzSubcommands.h"

#include "core/capture/MrzJson.h"
#include "core/capture/MrzReader.h"

#include <QCoreApplication>

namespace iin::cli::mrz {

int read(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Finds the machine-readable zone on a scanned page (PNG, JPEG, TIFF, or the first "
               "page of a PDF; 200-600 dpi, any way round), reads it and prints its fields and "
               "lines as JSON. Exit 0 when valid, 1 when a check digit or another field is wrong, "
               "2 when the page has no zone or the file is not an image."));
    cl.addPositional(QStringLiteral("image"),
                     QCoreApplication::translate("Cli", "The scanned page."),
                     QStringLiteral("<IMAGE>"));
    addTodayOption(cl);
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const std::optional<QDate> today = todayOf(cl);
    if (!today)
        return ExitBadInput;
    const Result<MrzReading> reading = MrzReader::readFile(cl.positionals().constFirst(), *today);
    if (!reading) {
        printError(reading.errorMessage());
        return ExitBadInput;
    }
    printJson(mrzRecordToJson(reading->record));
    return exitCodeOf(reading->record.recognised, reading->record.valid);
}

} // namespace iin::cli::mrz

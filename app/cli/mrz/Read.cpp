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
    QCommandLineParser& p = cl.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("today"),
        QCoreApplication::translate(
            "Cli", "The day the century of the birth date is decided against (default: today)."),
        QStringLiteral("YYYY-MM-DD")));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    QDate today = QDate::currentDate();
    if (p.isSet(QStringLiteral("today"))) {
        const std::optional<QDate> given = parseIsoDate(p.value(QStringLiteral("today")));
        if (!given) {
            printError(QCoreApplication::translate("Cli", "--today takes a date as YYYY-MM-DD."));
            return ExitBadInput;
        }
        today = *given;
    }
    const Result<MrzReading> reading = MrzReader::readFile(cl.positionals().constFirst(), today);
    if (!reading) {
        printError(reading.errorMessage());
        return ExitBadInput;
    }
    printJson(mrzRecordToJson(reading->record));
    return exitCodeOf(reading->record.recognised, reading->record.valid);
}

} // namespace iin::cli::mrz

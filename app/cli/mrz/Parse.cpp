#include "app/cli/CliSupport.h"
#include "app/cli/mrz/MrzSubcommands.h"

#include "core/capture/MrzJson.h"
#include "core/capture/MrzParser.h"

#include <QCoreApplication>

namespace iin::cli::mrz {

namespace {

// A zone is at most 3 lines of 44 characters; a reader's framing and a few blank lines add
// little. Anything much larger is not a zone and is not read whole.
constexpr qsizetype MaxInputBytes = 64 * 1024;

std::optional<QString> readText(const QString& name)
{
    const std::optional<QByteArray> bytes = readInputUpTo(name, MaxInputBytes + 1);
    if (!bytes)
        return std::nullopt;
    if (bytes->size() > MaxInputBytes) {
        printError(
            QCoreApplication::translate(
                "Cli", "%1 is larger than %2 bytes: not the lines of a machine-readable zone.")
                .arg(name)
                .arg(MaxInputBytes));
        return std::nullopt;
    }
    return QString::fromUtf8(*bytes);
}

} // namespace

int parse(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Reads the lines of a machine-readable zone (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, "
               "MRV-B) and prints its fields as JSON. Exit 0 when valid, 1 when a check digit or "
               "another field is wrong, 2 when the lines are not a machine-readable zone."));
    cl.addPositional(QStringLiteral("file"),
                     QCoreApplication::translate(
                         "Cli", "A text file with the zone's lines, or - for standard input."),
                     QStringLiteral("<FILE|->"));
    addTodayOption(cl);
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const std::optional<QDate> today = todayOf(cl);
    if (!today)
        return ExitBadInput;
    const std::optional<QString> text = readText(cl.positionals().constFirst());
    if (!text)
        return ExitBadInput;
    const MrzRecord record = MrzParser::parseText(*text, *today);
    printJson(mrzRecordToJson(record));
    return exitCodeOf(record.recognised, record.valid);
}

} // namespace iin::cli::mrz

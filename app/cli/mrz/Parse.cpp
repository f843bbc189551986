#include "app/cli/CliSupport.h"
#include "app/cli/mrz/MrzSubcommands.h"

#include "core/capture/MrzJson.h"
#include "core/capture/MrzParser.h"

#include <QCoreApplication>
#include <QFile>

namespace iin::cli::mrz {

namespace {

// A zone is at most 3 lines of 44 characters; a reader's framing and a few blank lines add
// little. Anything much larger is not a zone and is not read whole.
constexpr qsizetype MaxInputBytes = 64 * 1024;

std::optional<QString> readText(const QString& name)
{
    QFile file;
    const bool opened = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QCoreApplication::translate("Cli", "Cannot read %1: %2.")
                       .arg(name, file.errorString()));
        return std::nullopt;
    }
    // A pipe gives what it holds at the moment: read on until the limit or the end.
    QByteArray bytes;
    while (bytes.size() <= MaxInputBytes) {
        const QByteArray chunk = file.read(MaxInputBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > MaxInputBytes) {
        printError(
            QCoreApplication::translate(
                "Cli", "%1 is larger than %2 bytes: not the lines of a machine-readable zone.")
                .arg(name)
                .arg(MaxInputBytes));
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

int exitCodeOf(bool recognised, bool valid)
{
    if (!recognised)
        return ExitBadInput;
    return valid ? ExitOk : ExitNegative;
}

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
    const std::optional<QString> text = readText(cl.positionals().constFirst());
    if (!text)
        return ExitBadInput;
    const MrzRecord record = MrzParser::parseText(*text, today);
    printJson(mrzRecordToJson(record));
    return exitCodeOf(record.recognised, record.valid);
}

} // namespace iin::cli::mrz

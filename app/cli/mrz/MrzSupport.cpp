#include "app/cli/CliSupport.h"
#include "app/cli/mrz/MrzSubcommands.h"

#include <QCoreApplication>

namespace iin::cli::mrz {

int exitCodeOf(bool recognised, bool valid)
{
    if (!recognised)
        return ExitBadInput;
    return valid ? ExitOk : ExitNegative;
}

void addTodayOption(CommandLine& commandLine)
{
    commandLine.parser().addOption(QCommandLineOption(
        QStringLiteral("today"),
        QCoreApplication::translate(
            "Cli", "The day the century of the birth date is decided against (default: today)."),
        QStringLiteral("YYYY-MM-DD")));
}

std::optional<QDate> todayOf(CommandLine& commandLine)
{
    const QCommandLineParser& p = commandLine.parser();
    if (!p.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const std::optional<QDate> given = parseIsoDate(p.value(QStringLiteral("today")));
    if (!given)
        printError(QCoreApplication::translate("Cli", "--today takes a date as YYYY-MM-DD."));
    return given;
}

} // namespace iin::cli::mrz

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/mrz/MrzSubcommands.h"

#include <QCoreApplication>

namespace iin::cli {

// One file per action in mrz/.
int runMrzCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"parse")
        return mrz::parse(sub.arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli mrz <action> [options]\n"
               "  parse <FILE|->   read the lines of a machine-readable zone (ICAO Doc 9303)\n"
               "Each prints one line of JSON; exit 0 valid, 1 a check digit or another field "
               "is wrong, 2 not a machine-readable zone. All take --help."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/complaints/ComplaintsContext.h"

#include <QCoreApplication>

namespace iin::cli {

// One file per action in complaints/.
int runComplaintsCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"list")
        return complaints::list(sub.arguments);
    if (sub.name == u"add")
        return complaints::add(sub.arguments);
    if (sub.name == u"outcome")
        return complaints::outcome(sub.arguments);
    if (sub.name == u"show")
        return complaints::show(sub.arguments);
    if (sub.name == u"print")
        return complaints::print(sub.arguments);
    if (sub.name == u"refresh-due-dates")
        return complaints::refreshDueDates(sub.arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli complaints <action> [options]\n"
               "  list [--overdue] [--due-soon] [--open] [--application ID]\n"
               "  add <complaint.json>\n"
               "  outcome <id> --satisfied-favourably | --forwarded [--to BODY] |\n"
               "               --decided satisfied|refused --reference REF |\n"
               "               --extend N --reason TEXT   [--on YYYY-MM-DD]\n"
               "  show <id>\n"
               "  print <id> --pdf <file>\n"
               "  refresh-due-dates\n"
               "All take --db, --operator, --today YYYY-MM-DD, --due-soon-days N, --calendar "
               "FILE and --help."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

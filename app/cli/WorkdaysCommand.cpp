#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/StoreOptions.h"
#include "app/cli/workdays/WorkdaysRequest.h"

#include "core/base/Language.h"
#include "core/calendar/CalendarStore.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace iin::cli {

namespace {

// The calendar in force for the journal at `path`, with the years edited there; the built-in data
// (and the user's edited file) when there is no journal yet: asking about working days never
// creates one.
Result<WorkingCalendar> journalCalendar(const QString& path)
{
    if (!QFileInfo::exists(path))
        return WorkingCalendar::standard();
    Database::Options options;
    options.check = Database::OpenCheck::Deferred; // only the calendar row is read
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return db.error();
    return CalendarStore(**db).inForce();
}

} // namespace

// Parses the options and loads the calendar; one file per action in workdays/ answers.
int runWorkdaysCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Kazakhstan's working-day calendar.\n"
               "  workdays add <YYYY-MM-DD> <N>       the N-th working day after the date "
               "(the date itself is not counted)\n"
               "  workdays is-working <YYYY-MM-DD>    exit 0 for a working day, 1 for a day "
               "off, with the reason\n"
               "  workdays between <YYYY-MM-DD> <YYYY-MM-DD>  working days after the first "
               "date up to and including the second\n"
               "  workdays year <YYYY>                holidays, days off and working "
               "weekend days of a year"));
    cl.addPositional(QStringLiteral("action"),
                     QCoreApplication::translate("Cli", "add, is-working, between or year."));
    cl.addPositional(QStringLiteral("arguments"),
                     QCoreApplication::translate("Cli", "The action's dates or numbers."),
                     QStringLiteral("[arguments...]"));
    QCommandLineParser& p = cl.parser();
    p.addOption(QCommandLineOption(QStringLiteral("json"),
                                   QCoreApplication::translate("Cli", "Print one line of JSON.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("calendar"),
        QCoreApplication::translate(
            "Cli", "An edited calendar file laid over the built-in data (instead of the calendar "
                   "edited in the journal)."),
        QStringLiteral("file")));
    p.addOption(QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "Cli", "The journal whose edited calendar is in force (default: %1); without one, the "
                   "built-in data.")
            .arg(Database::defaultPath()),
        QStringLiteral("path")));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    Result<WorkingCalendar> loaded =
        p.isSet(QStringLiteral("calendar"))
            ? WorkingCalendar::withOverrideFile(p.value(QStringLiteral("calendar")))
            : journalCalendar(storePath(p));
    if (!loaded) {
        printError(loaded.errorMessage());
        return ExitBadInput;
    }
    const workdays::Request request{cl.positionals(), p.isSet(QStringLiteral("json")),
                                    Language::current(), *loaded};
    const QString action = request.args.constFirst();
    if (action == u"add")
        return workdays::add(request);
    if (action == u"is-working")
        return workdays::isWorking(request);
    if (action == u"between")
        return workdays::between(request);
    if (action == u"year")
        return workdays::year(request);
    printError(QCoreApplication::translate(
                   "Cli", "Unknown action \"%1\": use add, is-working, between or year.")
                   .arg(action));
    return ExitBadInput;
}

} // namespace iin::cli

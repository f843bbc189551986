#include "app/cli/complaints/ComplaintsContext.h"

#include "core/complaints/ComplaintJson.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>

namespace iin::cli::complaints {

int list(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Lists complaints, newest first, one JSON object per line: the application, "
               "the addressee, the registration date, each term with its due date and "
               "state, the outcome. No personal data."));
    addRegisterOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {QStringLiteral("overdue"),
         QCoreApplication::translate("Cli", "Only complaints with a term overdue.")},
        {QStringLiteral("due-soon"),
         QCoreApplication::translate(
             "Cli", "Only complaints with a term due soon (with --overdue: either).")},
        {QStringLiteral("open"),
         QCoreApplication::translate("Cli", "Only complaints not yet finished.")},
        {QStringLiteral("application"),
         QCoreApplication::translate("Cli", "Only complaints about this application (id or "
                                            "registration number)."),
         QStringLiteral("application")},
        {QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most this many (1-1000)."),
         QStringLiteral("n"), QStringLiteral("100")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    auto opened = openContext(p);
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);

    ComplaintQuery query;
    query.today = ctx.today;
    query.overdue = p.isSet(QStringLiteral("overdue"));
    query.dueSoon = p.isSet(QStringLiteral("due-soon"));
    query.openOnly = p.isSet(QStringLiteral("open"));
    bool limitOk = false;
    query.limit = p.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > 1000) {
        printError(QCoreApplication::translate("Cli", "--limit must be a number from 1 to 1000."));
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("application"))) {
        Journal journal(*ctx.db);
        auto found = journal.find(p.value(QStringLiteral("application")));
        if (!found) {
            printError(found.errorMessage());
            return ExitFailure;
        }
        if (!*found) {
            printError(QCoreApplication::translate("Cli", "There is no application \"%1\".")
                           .arg(p.value(QStringLiteral("application"))));
            return ExitNegative;
        }
        query.applicationId = (*found)->id;
    }
    auto entries = ctx.complaints->list(query);
    if (!entries) {
        printError(entries.errorMessage());
        return ExitFailure;
    }
    for (const ComplaintEntry& e : *entries)
        printJson(ComplaintJson::entry(e));
    return ExitOk;
}

} // namespace iin::cli::complaints

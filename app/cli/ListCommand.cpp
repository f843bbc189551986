#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace iin::cli {

int runListCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Lists applications in the journal, newest first, one JSON object per line."));
    addStoreOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {QStringLiteral("status"),
         QCoreApplication::translate("Cli", "Only applications in this status."),
         QStringLiteral("status")},
        {QStringLiteral("search"),
         QCoreApplication::translate("Cli", "An IIN, registration number, document number or "
                                            "name words (Cyrillic or Latin)."),
         QStringLiteral("text")},
        {QStringLiteral("from"),
         QCoreApplication::translate("Cli", "Registered on or after this day (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "Registered on or before this day (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most this many (1-1000)."),
         QStringLiteral("n"), QStringLiteral("50")},
        {QStringLiteral("before"),
         QCoreApplication::translate("Cli", "The next page: only ids below this one."),
         QStringLiteral("id")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;

    JournalQuery query;
    query.text = p.value(QStringLiteral("search"));
    if (p.isSet(QStringLiteral("status"))) {
        query.status = ApplicationStatuses::fromString(p.value(QStringLiteral("status")));
        if (!query.status) {
            printError(QCoreApplication::translate("Cli", "Unknown status \"%1\".")
                           .arg(p.value(QStringLiteral("status"))));
            return ExitBadInput;
        }
    }
    for (const auto& [option, date] : {std::pair{QStringLiteral("from"), &query.from},
                                       std::pair{QStringLiteral("to"), &query.to}}) {
        if (!p.isSet(option))
            continue;
        *date = QDate::fromString(p.value(option), Qt::ISODate);
        if (!date->isValid()) {
            printError(QCoreApplication::translate("Cli", "\"%1\" is not a date (YYYY-MM-DD).")
                           .arg(p.value(option)));
            return ExitBadInput;
        }
    }
    bool ok = false;
    query.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 1000) {
        printError(QCoreApplication::translate("Cli", "--limit must be 1 to 1000."));
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("before"))) {
        query.beforeId = p.value(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || query.beforeId < 1) {
            printError(QCoreApplication::translate("Cli", "--before must be an application id."));
            return ExitBadInput;
        }
    }

    auto store = openSignedIn(p, {Permission::ViewApplications});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    // Names and dates of birth are shown: a view of personal data, recorded with the search.
    Result<QList<JournalEntry>> found = Journal(*db).view(query, operatorId);
    if (!found) {
        printError(found.errorMessage());
        return ExitFailure;
    }
    for (const JournalEntry& e : *found)
        printJson(entryToJson(e));
    return ExitOk;
}

} // namespace iin::cli

#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/store/Database.h"
#include "core/usecases/FindApplication.h"

#include <QCoreApplication>

namespace iin::cli {

int runShowCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli",
        "Shows one application with its status history, attachments, queue state and "
        "handover, as JSON. The view is recorded in the audit trail. Exit 1 when there is no such "
        "application."));
    addStoreOptions(cl);
    cl.addPositional(QStringLiteral("application"),
                     QCoreApplication::translate("Cli", "Application id or registration number."),
                     QStringLiteral("<id|registration-number>"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    auto store = openSignedIn(cl.parser(), {Permission::ViewApplications});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    const Result<JournalEntry> found = FindApplication::run(*db, cl.positionals().constFirst(),
                                                            FindApplication::Accept::IdOrNumber);
    if (!found && found.error().code == u"journal.not_found") {
        printError(QCoreApplication::translate("Cli", "There is no application \"%1\".")
                       .arg(cl.positionals().constFirst()));
        return ExitNegative;
    }
    if (!found) {
        printError(found.errorMessage());
        return ExitFailure;
    }
    // The record as stored, without the audit table the desk's view adds for supervisors.
    Result<QJsonObject> record = Journal(*db).openRecord(found->id, operatorId);
    if (!record) {
        printError(record.errorMessage());
        return ExitFailure;
    }
    printJson(*record);
    return ExitOk;
}

} // namespace iin::cli

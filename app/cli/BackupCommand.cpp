#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/backup/Backup.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace iin::cli {

int runBackupCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Writes a consistent copy of the journal to a new file while the desk runs."));
    addStoreOptions(cl);
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("to"), QCoreApplication::translate("Cli", "The backup file to create."),
        QStringLiteral("file")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    if (!cl.parser().isSet(QStringLiteral("to"))) {
        printError(QCoreApplication::translate("Cli", "--to is required."));
        return ExitBadInput;
    }
    auto store = openSignedIn(cl.parser(), {Permission::ExportData});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    const QString target = cl.parser().value(QStringLiteral("to"));
    if (Status s = Backup::write(*db, target, operatorId); !s) {
        printError(s.errorMessage());
        return s.error().code.startsWith(u"operator.") ? ExitNotAllowed : ExitFailure;
    }
    printJson({{QStringLiteral("backup"), target}, {QStringLiteral("ok"), true}});
    return ExitOk;
}

} // namespace iin::cli

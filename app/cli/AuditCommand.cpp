#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace iin::cli {

int runAuditCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "audit verify: checks that no audit record was edited, deleted or reordered. "
               "Exit 0 when the chain holds, 1 naming the first bad record."));
    addStoreOptions(cl);
    cl.addPositional(QStringLiteral("action"), QCoreApplication::translate("Cli", "verify"),
                     QStringLiteral("verify"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    if (cl.positionals().constFirst() != u"verify") {
        printError(QCoreApplication::translate("Cli", "Unknown audit action \"%1\": use verify.")
                       .arg(cl.positionals().constFirst()));
        return ExitBadInput;
    }
    auto store = openSignedIn(cl.parser(), {Permission::ViewAuditTrail});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& db = std::get<SignedInStore>(store).db;
    const AuditVerification v = AuditTrail::verify(db->sql());
    const QJsonValue null(QJsonValue::Null);
    printJson({{QStringLiteral("ok"), v.ok},
               {QStringLiteral("records"), v.records},
               {QStringLiteral("first_bad"), v.firstBad ? QJsonValue(v.firstBad) : null},
               {QStringLiteral("reason"), v.reason.isEmpty() ? null : QJsonValue(v.reason)}});
    if (!v.ok)
        printError(v.reason);
    return v.ok ? ExitOk : ExitNegative;
}

} // namespace iin::cli

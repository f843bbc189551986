#include "app/cli/complaints/ComplaintsContext.h"

#include "core/complaints/ComplaintJson.h"

#include <QCoreApplication>

namespace iin::cli::complaints {

int show(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Shows one complaint with its personal data, terms and history, as JSON. "
               "The view is recorded in the audit trail. Exit 1 when there is no such "
               "complaint."));
    addRegisterOptions(cl);
    cl.addPositional(QStringLiteral("id"),
                     QCoreApplication::translate("Cli", "The complaint's id."),
                     QStringLiteral("<id>"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto opened = openContext(cl.parser());
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);
    const auto id = complaintId(cl.positionals().constFirst());
    if (!id)
        return ExitBadInput;
    // Audited as a view of personal data.
    auto record = ctx.complaints->open(*id, ctx.operatorId, ctx.today);
    if (!record) {
        printError(record.errorMessage());
        return ExitFailure;
    }
    if (!*record) {
        printError(QCoreApplication::translate("Cli", "There is no complaint %1.").arg(*id));
        return ExitNegative;
    }
    printJson(ComplaintJson::record(**record));
    return ExitOk;
}

} // namespace iin::cli::complaints

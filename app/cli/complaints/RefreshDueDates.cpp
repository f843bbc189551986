#include "app/cli/complaints/ComplaintsContext.h"

#include "core/usecases/RefreshComplaintDueDates.h"

#include <QCoreApplication>

namespace iin::cli::complaints {

int refreshDueDates(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "After the calendar was edited: writes the due dates of the calendar in "
               "force into every unfinished complaint and prints how many changed."));
    addRegisterOptions(cl);
    if (auto exit = cl.parse(arguments))
        return *exit;
    auto opened = openContext(cl.parser());
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);
    auto changed = refreshComplaintDueDates(*ctx.complaints, ctx.operatorId);
    if (!changed) {
        printError(changed.errorMessage());
        return ExitFailure;
    }
    printJson({{QStringLiteral("changed"), *changed}});
    return ExitOk;
}

} // namespace iin::cli::complaints

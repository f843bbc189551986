#include "app/cli/complaints/ComplaintsContext.h"

#include "app/cli/DocumentCommandSupport.h"
#include "core/complaints/ComplaintJson.h"
#include "core/journal/Journal.h"
#include "core/usecases/RegisterComplaint.h"

#include <QCoreApplication>

namespace iin::cli::complaints {

int add(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Registers a complaint from a JSON file (docs/complaints.md) and prints it "
               "with its terms. Exit 2 when the file is not a valid complaint."));
    addRegisterOptions(cl);
    cl.addPositional(QStringLiteral("complaint"),
                     QCoreApplication::translate("Cli",
                                                 "The complaint's JSON file (\"-\": standard "
                                                 "input)."),
                     QStringLiteral("<complaint.json>"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto json = readJsonObject(cl.positionals().constFirst());
    if (!json) {
        printError(json.errorMessage());
        return ExitBadInput;
    }
    QString applicationRef;
    Result<Complaint> complaint = Complaint::fromJson(*json, &applicationRef);
    if (!complaint) {
        printError(complaint.errorMessage());
        return ExitBadInput;
    }
    auto opened = openContext(cl.parser());
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);
    Journal journal(*ctx.db);
    auto added = registerComplaint(*ctx.complaints, journal, *complaint, applicationRef,
                                   ctx.operatorId, ctx.today);
    if (!added) {
        const QString code = added.error().code;
        if (code == ComplaintApplicationNotFound) {
            printError(QCoreApplication::translate("Cli", "There is no application \"%1\".")
                           .arg(applicationRef));
            return ExitBadInput;
        }
        printError(added.errorMessage());
        return code.startsWith(u"complaint.") ? ExitBadInput : ExitFailure;
    }
    for (const QString& warning : added->terms.warnings)
        printError(warning);
    printJson(ComplaintJson::entry(*added));
    return ExitOk;
}

} // namespace iin::cli::complaints

#include "app/cli/complaints/ComplaintsContext.h"

#include "core/usecases/PrintComplaintSummary.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace iin::cli::complaints {

int print(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Writes the printable summary of a complaint (Kazakh and Russian) to a PDF. "
               "The print is recorded in the audit trail."));
    addRegisterOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {QStringLiteral("pdf"), QCoreApplication::translate("Cli", "Where to write the PDF."),
         QStringLiteral("file")},
        {QStringLiteral("office-kk"),
         QCoreApplication::translate("Cli", "The office's name in Kazakh, for the heading."),
         QStringLiteral("name")},
        {QStringLiteral("office-ru"),
         QCoreApplication::translate("Cli", "The office's name in Russian, for the heading."),
         QStringLiteral("name")},
        {QStringLiteral("training"),
         QCoreApplication::translate("Cli", "Mark every page as a training document.")},
    });
    cl.addPositional(QStringLiteral("id"),
                     QCoreApplication::translate("Cli", "The complaint's id."),
                     QStringLiteral("<id>"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    if (!p.isSet(QStringLiteral("pdf"))) {
        printError(QCoreApplication::translate("Cli", "--pdf is required. See --help."));
        return ExitBadInput;
    }
    auto opened = openContext(p);
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);
    const auto id = complaintId(cl.positionals().constFirst());
    if (!id)
        return ExitBadInput;
    ComplaintLayout::Options options;
    options.office = {p.value(QStringLiteral("office-kk")), p.value(QStringLiteral("office-ru"))};
    options.printedOn = ctx.today;
    options.training = p.isSet(QStringLiteral("training"));
    const QString pdf = p.value(QStringLiteral("pdf"));
    auto printed =
        printComplaintSummary(*ctx.db, *ctx.complaints, *id, pdf, options, ctx.operatorId);
    if (!printed) {
        printError(printed.errorMessage());
        return ExitFailure;
    }
    if (!*printed) {
        printError(QCoreApplication::translate("Cli", "There is no complaint %1.").arg(*id));
        return ExitNegative;
    }
    printJson({{QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()},
               {QStringLiteral("id"), (*printed)->entry.complaint.id}});
    return ExitOk;
}

} // namespace iin::cli::complaints

#include "app/cli/complaints/ComplaintsContext.h"

#include "core/complaints/ComplaintJson.h"
#include "core/usecases/RecordComplaintOutcome.h"

#include <QCoreApplication>

namespace iin::cli::complaints {

int outcome(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Records what happened to a complaint: exactly one of --satisfied-favourably, "
               "--forwarded, --decided or --extend. Exit 1 when the register refuses it "
               "(wrong state, past a term)."));
    addRegisterOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {QStringLiteral("satisfied-favourably"),
         QCoreApplication::translate(
             "Cli",
             "A favourable act fully satisfying the complaint was adopted within the 3 working "
             "days: it is not forwarded.")},
        {QStringLiteral("forwarded"),
         QCoreApplication::translate("Cli", "Sent with the case file to the reviewing body.")},
        {QStringLiteral("decided"),
         QCoreApplication::translate("Cli", "The reviewing body decided: satisfied or refused."),
         QStringLiteral("decision")},
        {QStringLiteral("extend"),
         QCoreApplication::translate("Cli", "Extend the review term by N working days."),
         QStringLiteral("n")},
        {QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why the term is extended."),
         QStringLiteral("text")},
        {QStringLiteral("on"),
         QCoreApplication::translate("Cli", "When it happened (YYYY-MM-DD; default: --today)."),
         QStringLiteral("date")},
        {QStringLiteral("reference"),
         QCoreApplication::translate("Cli", "The number of the act or decision."),
         QStringLiteral("text")},
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "The reviewing body the complaint went to."),
         QStringLiteral("body")},
    });
    cl.addPositional(QStringLiteral("id"),
                     QCoreApplication::translate("Cli", "The complaint's id."),
                     QStringLiteral("<id>"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const auto id = complaintId(cl.positionals().constFirst());
    if (!id)
        return ExitBadInput;

    ComplaintOutcome o;
    int kinds = 0;
    if (p.isSet(QStringLiteral("satisfied-favourably"))) {
        o.kind = ComplaintOutcome::Kind::SatisfiedFavourably;
        ++kinds;
    }
    if (p.isSet(QStringLiteral("forwarded"))) {
        o.kind = ComplaintOutcome::Kind::Forwarded;
        ++kinds;
    }
    if (p.isSet(QStringLiteral("decided"))) {
        o.kind = ComplaintOutcome::Kind::Decided;
        const QString d = p.value(QStringLiteral("decided"));
        if (d != u"satisfied" && d != u"refused") {
            printError(QCoreApplication::translate("Cli", "--decided takes satisfied or refused."));
            return ExitBadInput;
        }
        o.decision = *ComplaintCodes::decisionFrom(d);
        ++kinds;
    }
    if (p.isSet(QStringLiteral("extend"))) {
        o.kind = ComplaintOutcome::Kind::Extended;
        bool ok = false;
        o.extensionDays = p.value(QStringLiteral("extend")).toInt(&ok);
        if (!ok || o.extensionDays < 1) {
            printError(
                QCoreApplication::translate("Cli", "--extend takes a number of working days."));
            return ExitBadInput;
        }
        o.reason = p.value(QStringLiteral("reason"));
        ++kinds;
    }
    if (kinds != 1) {
        printError(QCoreApplication::translate(
            "Cli", "Give exactly one of --satisfied-favourably, --forwarded, --decided, "
                   "--extend. See --help."));
        return ExitBadInput;
    }
    o.reference = p.value(QStringLiteral("reference"));
    o.forwardedTo = p.value(QStringLiteral("to"));

    auto opened = openContext(p);
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);
    o.on = ctx.today;
    if (p.isSet(QStringLiteral("on"))) {
        const auto on = parseIsoDate(p.value(QStringLiteral("on")));
        if (!on) {
            printError(QCoreApplication::translate("Cli", "\"%1\" is not a date (YYYY-MM-DD).")
                           .arg(p.value(QStringLiteral("on"))));
            return ExitBadInput;
        }
        o.on = *on;
    }
    auto recorded = recordComplaintOutcome(*ctx.complaints, *id, o, ctx.operatorId, ctx.today);
    if (!recorded) {
        printError(recorded.errorMessage());
        const QString code = recorded.error().code;
        return code == u"complaint.outcome_refused" || code == u"complaint.not_found" ? ExitNegative
                                                                                      : ExitFailure;
    }
    printJson(ComplaintJson::entry(*recorded));
    return ExitOk;
}

} // namespace iin::cli::complaints

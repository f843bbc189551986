#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/base/Clock.h"
#include "core/store/Database.h"
#include "core/usecases/ListNeedsAttention.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTextStream>

namespace iin::cli {

namespace {

struct ThresholdOption
{
    const char* name;
    int OfficeThresholds::*field;
};

const ThresholdOption thresholdOptions[] = {
    {"outbox-hours", &OfficeThresholds::outboxStuckHours},
    {"iin-hours", &OfficeThresholds::iinWithinHours},
    {"print-hours", &OfficeThresholds::printWithinHours},
    {"handover-days", &OfficeThresholds::handoverWithinDays},
    {"blanks-below", &OfficeThresholds::blanksBelow},
};

} // namespace

// What passed the office's thresholds, for a supervisor or a monitoring script
// (docs/office.md, "Needs attention").
int runAttentionCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Lists what needs a supervisor's attention: applications stuck in the outbox, "
               "without an IIN, not printed or not handed over past the thresholds of the desk's "
               "settings, blanks running low, clock warnings of the last day. Exit 0 nothing, 1 "
               "something needs attention, 2 bad input, 3 journal or file error, 4 not "
               "allowed."));
    addStoreOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")},
        {QStringLiteral("csv"),
         QCoreApplication::translate(
             "Cli", "Write the list for the registry's help desk (CSV, no personal data)."),
         QStringLiteral("file")},
        {QStringLiteral("as-of"),
         QCoreApplication::translate(
             "Cli", "Judge the thresholds as of this moment (ISO 8601, e.g. the end of a shift: "
                    "2026-12-05T18:00+05:00); default now."),
         QStringLiteral("time")},
        {QStringLiteral("outbox-hours"),
         QCoreApplication::translate("Cli", "Threshold: request stuck in the outbox after hours."),
         QStringLiteral("H")},
        {QStringLiteral("iin-hours"),
         QCoreApplication::translate("Cli", "Threshold: IIN not formed within hours."),
         QStringLiteral("H")},
        {QStringLiteral("print-hours"),
         QCoreApplication::translate("Cli", "Threshold: certificate not printed within hours."),
         QStringLiteral("H")},
        {QStringLiteral("handover-days"),
         QCoreApplication::translate("Cli", "Threshold: certificate not handed over within days."),
         QStringLiteral("D")},
        {QStringLiteral("blanks-below"),
         QCoreApplication::translate("Cli", "Threshold: fewer blanks on hand than."),
         QStringLiteral("M")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;

    // The desk's own settings, then what the command line says.
    OfficeThresholds t =
        OfficeThresholds::load(QSettings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk")));
    for (const ThresholdOption& o : thresholdOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int value = p.value(name).toInt(&ok);
        if (!ok) {
            printError(QCoreApplication::translate("Cli", "--%1 \"%2\" is not a whole number.")
                           .arg(name, p.value(name)));
            return ExitBadInput;
        }
        t.*o.field = value;
    }
    if (const Problems problems = t.validate(); !problems.isEmpty()) {
        for (const Problem& problem : problems)
            printError(problem.message);
        return ExitBadInput;
    }

    QDateTime asOf = Clock::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDateTime::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            printError(QCoreApplication::translate("Cli",
                                                   "--as-of \"%1\" is not a moment in ISO 8601 "
                                                   "(2026-12-05T18:00+05:00).")
                           .arg(p.value(QStringLiteral("as-of"))));
            return ExitBadInput;
        }
    }

    auto store = openSignedIn(p, {Permission::SuperviseOffice});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<NeedsAttention> list = ListNeedsAttention::run(*s.db, s.operatorId, t, asOf);
    if (!list) {
        printError(list.errorMessage());
        return list.error().code.startsWith(u"operator.") ? ExitNotAllowed : ExitFailure;
    }
    if (p.isSet(QStringLiteral("csv"))) {
        if (Status written = ListNeedsAttention::exportCsv(*s.db, s.operatorId, *list,
                                                           p.value(QStringLiteral("csv")));
            !written) {
            printError(written.errorMessage());
            return ExitFailure;
        }
    }
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(ListNeedsAttention::json(*list));
    } else if (!p.isSet(QStringLiteral("csv"))) {
        const QString summary = ListNeedsAttention::summary(*list);
        out << (summary.isEmpty()
                    ? QCoreApplication::translate("Cli", "Nothing has passed its threshold.")
                    : summary)
            << '\n';
        for (const OfficeException& e : list->items)
            out << "  " << OfficeException::code(e.kind) << '\t' << e.registrationNumber << '\t'
                << (e.since.isValid() ? e.since.toUTC().toString(Qt::ISODate) : QString()) << '\t'
                << e.detail << '\n';
    }
    return list->items.isEmpty() ? ExitOk : ExitNegative;
}

} // namespace iin::cli

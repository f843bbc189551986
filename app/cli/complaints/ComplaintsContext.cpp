#include "app/cli/complaints/ComplaintsContext.h"

#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"
#include "core/calendar/WorkingCalendar.h"

#include <QCoreApplication>

namespace iin::cli::complaints {

void addRegisterOptions(CommandLine& cl)
{
    addStoreOptions(cl);
    cl.parser().addOptions({
        {QStringLiteral("today"),
         QCoreApplication::translate(
             "Cli", "The day the terms are judged on (YYYY-MM-DD; default: today)."),
         QStringLiteral("date")},
        {QStringLiteral("due-soon-days"),
         QCoreApplication::translate(
             "Cli", "A term is \"due soon\" with at most this many working days left (default 1)."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("calendar"),
         QCoreApplication::translate(
             "Cli", "An edited calendar file laid over the built-in data (instead of the calendar "
                    "edited in the journal)."),
         QStringLiteral("file")},
    });
}

std::variant<Context, int> openContext(const QCommandLineParser& p)
{
    Context ctx;
    ctx.today = QDate::currentDate();
    if (p.isSet(QStringLiteral("today"))) {
        const auto today = parseIsoDate(p.value(QStringLiteral("today")));
        if (!today) {
            printError(QCoreApplication::translate("Cli", "\"%1\" is not a date (YYYY-MM-DD).")
                           .arg(p.value(QStringLiteral("today"))));
            return ExitBadInput;
        }
        ctx.today = *today;
    }
    bool ok = false;
    const int dueSoon = p.value(QStringLiteral("due-soon-days")).toInt(&ok);
    if (!ok || dueSoon < 0 || dueSoon > 30) {
        printError(
            QCoreApplication::translate("Cli", "--due-soon-days must be a number from 0 to 30."));
        return ExitBadInput;
    }
    auto store = openSignedIn(p, {Permission::ManageComplaints});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    ctx.db = std::move(std::get<SignedInStore>(store).db);
    ctx.operatorId = std::get<SignedInStore>(store).operatorId;
    // The calendar in force for this journal (with the years its supervisor edited), unless a
    // file is given.
    if (p.isSet(QStringLiteral("calendar"))) {
        Result<WorkingCalendar> calendar =
            WorkingCalendar::withOverrideFile(p.value(QStringLiteral("calendar")));
        if (!calendar) {
            printError(calendar.errorMessage());
            return ExitBadInput;
        }
        ctx.inForce = std::make_unique<ComplaintsInForce>(*ctx.db, *calendar, dueSoon);
    } else {
        ctx.inForce = std::make_unique<ComplaintsInForce>(*ctx.db, dueSoon);
    }
    Result<ComplaintRegister*> complaints = ctx.inForce->get();
    if (!complaints) {
        printError(complaints.errorMessage());
        return ExitBadInput;
    }
    ctx.complaints = *complaints;
    return ctx;
}

std::optional<qint64> complaintId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        printError(QCoreApplication::translate("Cli", "\"%1\" is not a complaint id.").arg(text));
        return std::nullopt;
    }
    return id;
}

} // namespace iin::cli::complaints

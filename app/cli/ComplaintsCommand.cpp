#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/DocumentCommandSupport.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/calendar/CalendarStore.h"
#include "core/complaints/ComplaintLayout.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/store/Database.h"
#include "core/documents/DocumentPdf.h"
#include "core/journal/Journal.h"
#include "core/calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <variant>

namespace iin::cli {

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The options every complaints action shares: the store, the calendar, the day and the
// "due soon" threshold.
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

struct Context
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ComplaintRegister> complaints;
    QDate today;
    QString operatorId;
};

// Opens the store and the calendar as the options say; prints the error and returns the exit
// code on failure.
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
    Result<WorkingCalendar> calendar =
        p.isSet(QStringLiteral("calendar"))
            ? WorkingCalendar::withOverrideFile(p.value(QStringLiteral("calendar")))
            : CalendarStore(*ctx.db).inForce();
    if (!calendar) {
        printError(calendar.errorMessage());
        return ExitBadInput;
    }
    ctx.complaints = std::make_unique<ComplaintRegister>(*ctx.db, *calendar, dueSoon);
    return ctx;
}

QJsonObject entryJson(const ComplaintEntry& e)
{
    const Complaint& c = e.complaint;
    QJsonArray terms;
    for (const ComplaintTerm& t : e.terms.terms)
        terms.append(QJsonObject{
            {QStringLiteral("term"), ComplaintCodes::termKind(t.kind)},
            {QStringLiteral("working_days"), t.workingDays},
            {QStringLiteral("due"), dateJson(t.due)},
            {QStringLiteral("stored_due"), dateJson(t.storedDue)},
            {QStringLiteral("state"), ComplaintCodes::termState(t.state)},
            {QStringLiteral("working_days_left"), t.workingDaysLeft},
            {QStringLiteral("done_on"), dateJson(t.doneOn)},
        });
    QJsonValue outcome(QJsonValue::Null);
    switch (c.state) {
    case ComplaintState::Open:
        break;
    case ComplaintState::SatisfiedFavourably:
        outcome = QJsonObject{{QStringLiteral("kind"), QStringLiteral("satisfied_favourably")},
                              {QStringLiteral("on"), dateJson(c.favourableActOn)},
                              {QStringLiteral("reference"), textJson(c.favourableActReference)}};
        break;
    case ComplaintState::Forwarded:
        outcome = QJsonObject{{QStringLiteral("kind"), QStringLiteral("forwarded")},
                              {QStringLiteral("on"), dateJson(c.forwardedOn)},
                              {QStringLiteral("to"), textJson(c.forwardedTo)}};
        break;
    case ComplaintState::Decided:
        outcome = QJsonObject{{QStringLiteral("kind"), QStringLiteral("decided")},
                              {QStringLiteral("decision"), ComplaintCodes::decision(c.decision)},
                              {QStringLiteral("on"), dateJson(c.decidedOn)},
                              {QStringLiteral("reference"), textJson(c.decisionReference)},
                              {QStringLiteral("forwarded_on"), dateJson(c.forwardedOn)}};
        break;
    }
    QJsonValue limitation(QJsonValue::Null);
    if (e.terms.limitation.known)
        limitation = QJsonObject{{QStringLiteral("learned"), dateJson(e.terms.limitation.learned)},
                                 {QStringLiteral("months"), e.terms.limitation.months},
                                 {QStringLiteral("last_day"), dateJson(e.terms.limitation.lastDay)},
                                 {QStringLiteral("late"), e.terms.limitation.late}};
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("application_id"),
         c.applicationId > 0 ? QJsonValue(c.applicationId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("registration_number"), textJson(c.registrationNumber)},
        {QStringLiteral("subject"), ComplaintCodes::subject(c.subject)},
        {QStringLiteral("addressee"), ComplaintCodes::addressee(c.addressee)},
        {QStringLiteral("received"), dateJson(c.received)},
        {QStringLiteral("channel"), ComplaintCodes::channel(c.channel)},
        {QStringLiteral("forward_to_reviewing_body"), c.forwardToReviewingBody},
        {QStringLiteral("state"), ComplaintCodes::state(c.state)},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("terms"), terms},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("deemed_refusal"), e.terms.deemedRefusal},
        {QStringLiteral("limitation"), limitation},
        {QStringLiteral("calendar_changed"), e.terms.calendarChanged()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.terms.warnings)},
    };
}

QJsonObject recordJson(const ComplaintRecord& r)
{
    const Complaint& c = r.entry.complaint;
    QJsonObject o = entryJson(r.entry);
    o.insert(QStringLiteral("subject_person"), textJson(c.subjectPerson));
    o.insert(QStringLiteral("complainant"), c.complainant);
    o.insert(QStringLiteral("contact"), textJson(c.contact));
    o.insert(QStringLiteral("substance"), c.substance);
    o.insert(QStringLiteral("act_learned"), dateJson(c.actLearned));
    o.insert(QStringLiteral("appeal_instructions_given"), c.appealInstructionsGiven);
    o.insert(QStringLiteral("created_at"), c.createdAt);
    o.insert(QStringLiteral("created_by"), c.createdBy);
    QJsonArray history;
    for (const ComplaintEvent& ev : r.history) {
        QJsonObject h{{QStringLiteral("kind"), ev.kind},
                      {QStringLiteral("on"), dateJson(ev.on)},
                      {QStringLiteral("at"), ev.at},
                      {QStringLiteral("operator"), ev.operatorId},
                      {QStringLiteral("reference"), textJson(ev.reference)},
                      {QStringLiteral("forward_due"), dateJson(ev.forwardDue)},
                      {QStringLiteral("review_due"), dateJson(ev.reviewDue)}};
        if (ev.days > 0)
            h.insert(QStringLiteral("days"), ev.days);
        if (!ev.reason.isEmpty())
            h.insert(QStringLiteral("reason"), ev.reason);
        history.append(h);
    }
    o.insert(QStringLiteral("history"), history);
    return o;
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

int list(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Lists complaints, newest first, one JSON object per line: the application, "
               "the addressee, the registration date, each term with its due date and "
               "state, the outcome. No personal data."));
    addRegisterOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {QStringLiteral("overdue"),
         QCoreApplication::translate("Cli", "Only complaints with a term overdue.")},
        {QStringLiteral("due-soon"),
         QCoreApplication::translate(
             "Cli", "Only complaints with a term due soon (with --overdue: either).")},
        {QStringLiteral("open"),
         QCoreApplication::translate("Cli", "Only complaints not yet finished.")},
        {QStringLiteral("application"),
         QCoreApplication::translate("Cli", "Only complaints about this application (id or "
                                            "registration number)."),
         QStringLiteral("application")},
        {QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most this many (1-1000)."),
         QStringLiteral("n"), QStringLiteral("100")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    auto opened = openContext(p);
    if (auto* exit = std::get_if<int>(&opened))
        return *exit;
    Context& ctx = std::get<Context>(opened);

    ComplaintQuery query;
    query.today = ctx.today;
    query.overdue = p.isSet(QStringLiteral("overdue"));
    query.dueSoon = p.isSet(QStringLiteral("due-soon"));
    query.openOnly = p.isSet(QStringLiteral("open"));
    bool limitOk = false;
    query.limit = p.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > 1000) {
        printError(QCoreApplication::translate("Cli", "--limit must be a number from 1 to 1000."));
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("application"))) {
        Journal journal(*ctx.db);
        auto found = journal.find(p.value(QStringLiteral("application")));
        if (!found) {
            printError(found.errorMessage());
            return ExitFailure;
        }
        if (!*found) {
            printError(QCoreApplication::translate("Cli", "There is no application \"%1\".")
                           .arg(p.value(QStringLiteral("application"))));
            return ExitNegative;
        }
        query.applicationId = (*found)->id;
    }
    auto entries = ctx.complaints->list(query);
    if (!entries) {
        printError(entries.errorMessage());
        return ExitFailure;
    }
    for (const ComplaintEntry& e : *entries)
        printJson(entryJson(e));
    return ExitOk;
}

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
    if (!applicationRef.isEmpty()) {
        Journal journal(*ctx.db);
        auto found = journal.find(applicationRef);
        if (!found) {
            printError(found.errorMessage());
            return ExitFailure;
        }
        if (!*found) {
            printError(QCoreApplication::translate("Cli", "There is no application \"%1\".")
                           .arg(applicationRef));
            return ExitBadInput;
        }
        complaint->applicationId = (*found)->id;
    }
    auto added = ctx.complaints->add(*complaint, ctx.operatorId, ctx.today);
    if (!added) {
        printError(added.errorMessage());
        return added.error().code.startsWith(u"complaint.") ? ExitBadInput : ExitFailure;
    }
    for (const QString& warning : added->terms.warnings)
        printError(warning);
    printJson(entryJson(*added));
    return ExitOk;
}

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
    auto recorded = ctx.complaints->recordOutcome(*id, o, ctx.operatorId, ctx.today);
    if (!recorded) {
        printError(recorded.errorMessage());
        const QString code = recorded.error().code;
        return code == u"complaint.outcome_refused" || code == u"complaint.not_found" ? ExitNegative
                                                                                      : ExitFailure;
    }
    printJson(entryJson(*recorded));
    return ExitOk;
}

// Opens one complaint (audited as a view); the exit code when it cannot.
std::variant<ComplaintRecord, int> openRecord(Context& ctx, const QString& idText)
{
    const auto id = complaintId(idText);
    if (!id)
        return ExitBadInput;
    auto record = ctx.complaints->open(*id, ctx.operatorId, ctx.today);
    if (!record) {
        printError(record.errorMessage());
        return ExitFailure;
    }
    if (!*record) {
        printError(QCoreApplication::translate("Cli", "There is no complaint %1.").arg(*id));
        return ExitNegative;
    }
    return **record;
}

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
    auto record = openRecord(std::get<Context>(opened), cl.positionals().constFirst());
    if (auto* exit = std::get_if<int>(&record))
        return *exit;
    printJson(recordJson(std::get<ComplaintRecord>(record)));
    return ExitOk;
}

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
    auto found = openRecord(ctx, cl.positionals().constFirst());
    if (auto* exit = std::get_if<int>(&found))
        return *exit;
    const ComplaintRecord& record = std::get<ComplaintRecord>(found);
    ComplaintLayout::Options options;
    options.office = {p.value(QStringLiteral("office-kk")), p.value(QStringLiteral("office-ru"))};
    options.printedOn = ctx.today;
    options.training = p.isSet(QStringLiteral("training"));
    const QString pdf = p.value(QStringLiteral("pdf"));
    const Status written = DocumentPdf::write(
        pdf, QStringLiteral("Шағым туралы анықтама / Справка о жалобе"),
        [&](QPagedPaintDevice* device) { return ComplaintLayout::paint(record, options, device); });
    if (!written) {
        printError(written.errorMessage());
        return ExitFailure;
    }
    if (Status s = ctx.complaints->recordPrint(record.entry.complaint.id, ctx.operatorId); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    printJson({{QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()},
               {QStringLiteral("id"), record.entry.complaint.id}});
    return ExitOk;
}

int refresh(const QStringList& arguments)
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
    auto changed = ctx.complaints->refreshDueDates(ctx.operatorId);
    if (!changed) {
        printError(changed.errorMessage());
        return ExitFailure;
    }
    printJson({{QStringLiteral("changed"), *changed}});
    return ExitOk;
}

} // namespace

int runComplaintsCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"list")
        return list(sub.arguments);
    if (sub.name == u"add")
        return add(sub.arguments);
    if (sub.name == u"outcome")
        return outcome(sub.arguments);
    if (sub.name == u"show")
        return show(sub.arguments);
    if (sub.name == u"print")
        return print(sub.arguments);
    if (sub.name == u"refresh-due-dates")
        return refresh(sub.arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli complaints <action> [options]\n"
               "  list [--overdue] [--due-soon] [--open] [--application ID]\n"
               "  add <complaint.json>\n"
               "  outcome <id> --satisfied-favourably | --forwarded [--to BODY] |\n"
               "               --decided satisfied|refused --reference REF |\n"
               "               --extend N --reason TEXT   [--on YYYY-MM-DD]\n"
               "  show <id>\n"
               "  print <id> --pdf <file>\n"
               "  refresh-due-dates\n"
               "All take --db, --operator, --today YYYY-MM-DD, --due-soon-days N, --calendar "
               "FILE and --help."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/blanks/BlankLedger.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace iin::cli {

namespace {

std::optional<qint64> serialOption(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option)) {
        printError(QCoreApplication::translate("Cli", "--%1 is required. See --help.").arg(option));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 serial = p.value(option).toLongLong(&ok);
    if (!ok || serial <= 0) {
        printError(
            QCoreApplication::translate("Cli", "--%1 \"%2\" is not a serial (a positive number).")
                .arg(option, p.value(option)));
        return std::nullopt;
    }
    return serial;
}

void addRangeOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("first"),
         QCoreApplication::translate("Cli", "The first serial of the range."), QStringLiteral("N")},
        {QStringLiteral("last"),
         QCoreApplication::translate("Cli", "The last serial of the range."), QStringLiteral("M")},
    });
}

// --first and --last: two serials, the second not below the first; the message said otherwise.
std::optional<std::pair<qint64, qint64>> rangeOptions(const QCommandLineParser& p)
{
    const auto first = serialOption(p, QStringLiteral("first"));
    if (!first)
        return std::nullopt;
    const auto last = serialOption(p, QStringLiteral("last"));
    if (!last)
        return std::nullopt;
    if (*last < *first) {
        printError(QCoreApplication::translate("Cli", "--last must not be below --first."));
        return std::nullopt;
    }
    return std::pair{*first, *last};
}

int exitFor(const Error& error)
{
    printError(error.message);
    if (error.code.startsWith(u"blanks."))
        return ExitNegative;
    if (error.code.startsWith(u"operator."))
        return ExitNotAllowed;
    return ExitFailure;
}

int receive(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Records a range of numbered security-paper blanks received by the office "
               "(a supervisor's). Prints the range and the balance as JSON. Exit 0 "
               "recorded, 1 the range overlaps one received before, 2 bad input, 3 "
               "journal error, 4 not allowed."));
    addStoreOptions(cl);
    addRangeOptions(cl.parser());
    cl.parser().addOptions({
        {QStringLiteral("series"),
         QCoreApplication::translate("Cli", "The series printed on the blanks (optional)."),
         QStringLiteral("S")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const auto serials = rangeOptions(p);
    if (!serials)
        return ExitBadInput;
    const auto [first, last] = *serials;
    auto store = openSignedIn(p, {Permission::ManageBlanks});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<BlankRange> range = BlankLedger::receive(
        s.db->sql(), s.operatorId, p.value(QStringLiteral("series")), first, last);
    if (!range)
        return exitFor(range.error());
    printJson({{QStringLiteral("series"), range->series},
               {QStringLiteral("first"), range->first},
               {QStringLiteral("last"), range->last},
               {QStringLiteral("count"), range->count()},
               {QStringLiteral("received_by"), range->receivedBy}});
    return ExitOk;
}

int spoil(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Records a spoiled security-paper blank with its reason, countersigned "
               "by the signed-in supervisor. Exit 0 recorded, 1 the blank is not on "
               "hand, 2 bad input, 3 journal error, 4 not allowed."));
    addStoreOptions(cl);
    cl.parser().addOptions({
        {QStringLiteral("serial"), QCoreApplication::translate("Cli", "The blank's serial."),
         QStringLiteral("N")},
        {QStringLiteral("reason"),
         QCoreApplication::translate("Cli", "Why it is spoiled: misprint, jam, damaged or other."),
         QStringLiteral("misprint|jam|damaged|other")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const auto serial = serialOption(p, QStringLiteral("serial"));
    if (!serial)
        return ExitBadInput;
    const auto reason = spoilReasonFrom(p.value(QStringLiteral("reason")));
    if (!reason) {
        printError(QCoreApplication::translate("Cli", "--reason must be one of: %1.")
                       .arg(spoilReasonCodes().join(QStringLiteral(", "))));
        return ExitBadInput;
    }
    auto store = openSignedIn(p, {Permission::ManageBlanks});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    if (Status st = BlankLedger::spoil(s.db->sql(), s.operatorId, *serial, *reason); !st)
        return exitFor(st.error());
    printJson({{QStringLiteral("serial"), *serial},
               {QStringLiteral("reason"), spoilReasonCode(*reason)},
               {QStringLiteral("countersigned_by"), s.operatorId}});
    return ExitOk;
}

// --date D [--to D]: the desk's local days D to the --to day, inclusive, into `scope`. False
// on bad input, said.
bool readDays(const QCommandLineParser& p, BlankScope& scope)
{
    if (!p.isSet(QStringLiteral("date"))) {
        if (!p.isSet(QStringLiteral("to")))
            return true;
        printError(QCoreApplication::translate("Cli", "--to goes with --date. See --help."));
        return false;
    }
    const QDate first = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
    const QDate last = p.isSet(QStringLiteral("to"))
                           ? QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate)
                           : first;
    if (!first.isValid() || !last.isValid() || last < first) {
        printError(QCoreApplication::translate(
            "Cli", "--date and --to are dates YYYY-MM-DD, --to not before --date."));
        return false;
    }
    scope = blankScopeForDays(scope.operatorId, first, last);
    return true;
}

int balance(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Prints a balance of security-paper blanks: begin + received − issued − "
               "spoiled − returned = on hand, for the office or one operator (what was "
               "handed to them), over the journal's whole life or the days given (local "
               "to the desk). Exit 0, 2 bad input, 3 journal error, 4 not allowed."));
    addStoreOptions(cl, false);
    cl.parser().addOptions({
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")},
        {QStringLiteral("operator"),
         QCoreApplication::translate("Cli", "The operator whose blanks (default: the office's)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("date"),
         QCoreApplication::translate("Cli", "The first day of the period (YYYY-MM-DD)."),
         QStringLiteral("D")},
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "The last day of the period (default: --date)."),
         QStringLiteral("D")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    BlankScope scope;
    scope.operatorId = p.value(QStringLiteral("operator")).trimmed();
    // A misspelt --date must not print the whole life's figures as if they were the day's.
    if (!readDays(p, scope))
        return ExitBadInput;
    auto store = openSignedIn(p, {Permission::PrintCertificate, Permission::ManageBlanks},
                              OperatorOption::Subject);
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<BlankBalance> b = BlankLedger::balance(s.db->sql(), scope);
    if (!b)
        return exitFor(b.error());
    if (p.isSet(QStringLiteral("json"))) {
        const Result<QList<BlankRange>> ranges = BlankLedger::ranges(s.db->sql());
        if (!ranges)
            return exitFor(ranges.error());
        QJsonArray list;
        for (const BlankRange& r : *ranges)
            list.append(QJsonObject{{QStringLiteral("series"), r.series},
                                    {QStringLiteral("first"), r.first},
                                    {QStringLiteral("last"), r.last},
                                    {QStringLiteral("training"), r.training}});
        QJsonArray spoiled;
        for (const SpoiledBlank& sb : b->spoiledBlanks)
            spoiled.append(QJsonObject{{QStringLiteral("serial"), sb.serial},
                                       {QStringLiteral("reason"), sb.reason},
                                       {QStringLiteral("operator"), sb.operatorId},
                                       {QStringLiteral("countersigned_by"), sb.countersignedBy},
                                       {QStringLiteral("at"), sb.at}});
        QJsonObject out{{QStringLiteral("begin"), b->begin},
                        {QStringLiteral("received"), b->received},
                        {QStringLiteral("issued"), b->issued},
                        {QStringLiteral("spoiled"), b->spoiled},
                        {QStringLiteral("returned"), b->returned},
                        {QStringLiteral("on_hand"), b->onHand},
                        {QStringLiteral("next"), b->next ? QJsonValue(*b->next) : QJsonValue()},
                        {QStringLiteral("spoiled_serials"), spoiled},
                        {QStringLiteral("ranges"), list}};
        if (!scope.operatorId.isEmpty())
            out.insert(QStringLiteral("operator"), scope.operatorId);
        if (scope.from.isValid()) {
            out.insert(QStringLiteral("from"), scope.from.toString(Qt::ISODate));
            out.insert(QStringLiteral("to"), scope.to.toString(Qt::ISODate));
        }
        printJson(out);
        return ExitOk;
    }
    printLine(QCoreApplication::translate(
                  "Cli", "Begin:    %1\nReceived: %2\nIssued:   %3\nSpoiled:  %4\nReturned: %5\n"
                         "On hand:  %6")
                  .arg(b->begin)
                  .arg(b->received)
                  .arg(b->issued)
                  .arg(b->spoiled)
                  .arg(b->returned)
                  .arg(b->onHand));
    if (b->next)
        printLine(QCoreApplication::translate("Cli", "Next blank: %1").arg(*b->next));
    return ExitOk;
}

int hand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Hands a range of the office's security-paper blanks to an operator's "
               "shift (a supervisor's): every serial on hand and held by nobody. Once "
               "the office hands out, each operator prints on their own blanks. Prints "
               "the hand-out as JSON. Exit 0 handed, 1 a serial not on hand or held "
               "by someone, or not an operator who prints, 2 bad input, 3 journal "
               "error, 4 not allowed."));
    addStoreOptions(cl);
    addRangeOptions(cl.parser());
    cl.parser().addOptions({
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "The operator who receives the blanks."),
         QStringLiteral("LOGIN")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const auto serials = rangeOptions(p);
    if (!serials)
        return ExitBadInput;
    const auto [first, last] = *serials;
    const QString to = p.value(QStringLiteral("to")).trimmed();
    if (to.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "--to is required. See --help."));
        return ExitBadInput;
    }
    auto store = openSignedIn(p, {Permission::ManageBlanks});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<BlankHandout> h = BlankLedger::handOut(s.db->sql(), s.operatorId, first, last, to);
    if (!h)
        return exitFor(h.error());
    printJson({{QStringLiteral("first"), h->first},
               {QStringLiteral("last"), h->last},
               {QStringLiteral("count"), h->count()},
               {QStringLiteral("to"), h->operatorId},
               {QStringLiteral("handed_by"), h->handedBy}});
    return ExitOk;
}

int takeBack(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Takes back the unused blanks an operator holds at the end of a shift (a "
               "supervisor's): they are the office's stock again. Prints how many as "
               "JSON. Exit 0 returned, 1 the operator holds none, 2 bad input, 3 "
               "journal error, 4 not allowed."));
    addStoreOptions(cl);
    cl.parser().addOption(
        {QStringLiteral("from"),
         QCoreApplication::translate("Cli", "The operator who hands the blanks back."),
         QStringLiteral("LOGIN")});
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const QString from = p.value(QStringLiteral("from")).trimmed();
    if (from.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "--from is required. See --help."));
        return ExitBadInput;
    }
    auto store = openSignedIn(p, {Permission::ManageBlanks});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<qint64> returned = BlankLedger::takeBack(s.db->sql(), s.operatorId, from);
    if (!returned)
        return exitFor(returned.error());
    printJson({{QStringLiteral("from"), from},
               {QStringLiteral("returned"), *returned},
               {QStringLiteral("received_by"), s.operatorId}});
    return ExitOk;
}

} // namespace

// The security-paper blanks ledger (docs/office.md).
int runBlanksCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"receive")
        return receive(sub.arguments);
    if (sub.name == u"spoil")
        return spoil(sub.arguments);
    if (sub.name == u"balance")
        return balance(sub.arguments);
    if (sub.name == u"hand")
        return hand(sub.arguments);
    if (sub.name == u"return")
        return takeBack(sub.arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli blanks receive|spoil|balance|hand|return [options]\n"
               "  receive --first <N> --last <M> [--series <S>]\n"
               "  spoil --serial <N> --reason misprint|jam|damaged|other\n"
               "  balance [--json] [--operator <LOGIN>] [--date <D> [--to <D>]]\n"
               "  hand --first <N> --last <M> --to <LOGIN>\n"
               "  return --from <LOGIN>\n"
               "Each takes --help and the journal's options (--db, --as, --password-file)."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/blanks/BlankLedger.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace iin::cli {

namespace {

QString cli(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<qint64> serialOption(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option)) {
        printError(cli("--%1 is required. See --help.").arg(option));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 serial = p.value(option).toLongLong(&ok);
    if (!ok || serial <= 0) {
        printError(
            cli("--%1 \"%2\" is not a serial (a positive number).").arg(option, p.value(option)));
        return std::nullopt;
    }
    return serial;
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
    CommandLine cl(cli("Records a range of numbered security-paper blanks received by the office "
                       "(a supervisor's). Prints the range and the balance as JSON. Exit 0 "
                       "recorded, 1 the range overlaps one received before, 2 bad input, 3 "
                       "journal error, 4 not allowed."));
    addStoreOptions(cl);
    cl.parser().addOptions({
        {QStringLiteral("first"), cli("The first serial of the range."), QStringLiteral("N")},
        {QStringLiteral("last"), cli("The last serial of the range."), QStringLiteral("M")},
        {QStringLiteral("series"), cli("The series printed on the blanks (optional)."),
         QStringLiteral("S")},
    });
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const auto first = serialOption(p, QStringLiteral("first"));
    if (!first)
        return ExitBadInput;
    const auto last = serialOption(p, QStringLiteral("last"));
    if (!last)
        return ExitBadInput;
    if (*last < *first) {
        printError(cli("--last must not be below --first."));
        return ExitBadInput;
    }
    auto store = openSignedIn(p, {Permission::ManageBlanks});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<BlankRange> range = BlankLedger::receive(
        s.db->sql(), s.operatorId, p.value(QStringLiteral("series")), *first, *last);
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
    CommandLine cl(cli("Records a spoiled security-paper blank with its reason, countersigned "
                       "by the signed-in supervisor. Exit 0 recorded, 1 the blank is not on "
                       "hand, 2 bad input, 3 journal error, 4 not allowed."));
    addStoreOptions(cl);
    cl.parser().addOptions({
        {QStringLiteral("serial"), cli("The blank's serial."), QStringLiteral("N")},
        {QStringLiteral("reason"), cli("Why it is spoiled: misprint, jam, damaged or other."),
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
        printError(
            cli("--reason must be one of: %1.").arg(spoilReasonCodes().join(QStringLiteral(", "))));
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

int balance(const QStringList& arguments)
{
    CommandLine cl(cli("Prints the office's balance of security-paper blanks: begin + received "
                       "− issued − spoiled = on hand. Exit 0, 3 journal error, 4 not allowed."));
    addStoreOptions(cl);
    cl.parser().addOption({QStringLiteral("json"), cli("Print JSON.")});
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    auto store = openSignedIn(p, {Permission::PrintCertificate, Permission::ManageBlanks});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);
    const Result<BlankBalance> b = BlankLedger::balance(s.db->sql());
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
        printJson({{QStringLiteral("begin"), b->begin},
                   {QStringLiteral("received"), b->received},
                   {QStringLiteral("issued"), b->issued},
                   {QStringLiteral("spoiled"), b->spoiled},
                   {QStringLiteral("on_hand"), b->onHand},
                   {QStringLiteral("next"), b->next ? QJsonValue(*b->next) : QJsonValue()},
                   {QStringLiteral("ranges"), list}});
        return ExitOk;
    }
    printLine(cli("Begin:    %1\nReceived: %2\nIssued:   %3\nSpoiled:  %4\nOn hand:  %5")
                  .arg(b->begin)
                  .arg(b->received)
                  .arg(b->issued)
                  .arg(b->spoiled)
                  .arg(b->onHand));
    if (b->next)
        printLine(cli("Next blank: %1").arg(*b->next));
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
    printLine(cli("Usage: iin-desk-cli blanks receive|spoil|balance [options]\n"
                  "  receive --first <N> --last <M> [--series <S>]\n"
                  "  spoil --serial <N> --reason misprint|jam|damaged|other\n"
                  "  balance [--json]\n"
                  "Each takes --help and the journal's options (--db, --as, --password-file)."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

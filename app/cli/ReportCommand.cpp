#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/DocumentCommandSupport.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/desk/DeskSettings.h"
#include "core/documents/QrCode.h"
#include "core/office/OfficeThresholds.h"
#include "core/office/ShiftReportCsv.h"
#include "core/office/ShiftReportDocument.h"
#include "core/office/ShiftReportJson.h"
#include "core/office/ShiftReportLabels.h"
#include "core/office/ShiftReportPayload.h"
#include "core/office/ShiftReportVerifier.h"
#include "core/signing/SigningKey.h"
#include "core/signing/TrustStore.h"
#include "core/store/Database.h"
#include "core/usecases/MakeShiftReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSettings>

namespace iin::cli {

namespace {

// The options of `report shift` besides the journal's: its --operator is the operator reported
// on, not the one recorded (OperatorOption::Subject).
void addShiftOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("date"),
         QCoreApplication::translate("Cli",
                                     "The (first) day of the report, YYYY-MM-DD, the desk's local "
                                     "day."),
         QStringLiteral("D")},
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "The last day of a period (default: --date)."),
         QStringLiteral("D")},
        {QStringLiteral("json"),
         QCoreApplication::translate("Cli",
                                     "Print the report as JSON (the default is a readable text).")},
        {QStringLiteral("pdf"),
         QCoreApplication::translate("Cli",
                                     "Write the signed report in Kazakh and Russian to this PDF."),
         QStringLiteral("FILE")},
        {QStringLiteral("csv"),
         QCoreApplication::translate(
             "Cli", "Write the report as CSV (UTF-8 with BOM, semicolons) to this file."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"),
         QCoreApplication::translate(
             "Cli",
             "This desk's own signing key file for the PDF (default: desk-signing.key beside "
             "the journal; a training desk signs with the training desk key)."),
         QStringLiteral("file")},
    });
}

int exitFor(const Error& error)
{
    printError(error.message);
    if (error.code.startsWith(u"operator.") || error.code.startsWith(u"login."))
        return ExitNotAllowed;
    if (error.code.startsWith(u"report."))
        return ExitBadInput;
    return ExitFailure;
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("report.file"),
                     QCoreApplication::translate("Cli", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    return {};
}

void printText(const ShiftReportData& r)
{
    QStringList lines;
    lines << QCoreApplication::translate("Cli",
                                         "End-of-shift report: office %1, desk %2, %3, %4 to %5")
                 .arg(r.office, r.desk,
                      r.operatorId.isEmpty() ? QCoreApplication::translate("Cli", "all operators")
                                             : r.operatorId,
                      r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    for (const ShiftReportLine& line : ShiftReportLabels::counts(r.counts))
        lines << QStringLiteral("  %1: %2").arg(line.label).arg(line.value);
    for (const ShiftReportLine& line : ShiftReportLabels::blanks(r.blanks.balance))
        lines << QStringLiteral("  %1: %2").arg(line.label).arg(line.value);
    for (const SpoiledBlank& b : r.blanks.balance.spoiledBlanks)
        lines << QCoreApplication::translate("Cli", "  Spoiled blank %1: %2, countersigned by %3")
                     .arg(b.serial)
                     .arg(b.reason, b.countersignedBy);
    lines << QCoreApplication::translate("Cli", "Exceptions: %1").arg(r.exceptions.size());
    for (const OfficeException& e : r.exceptions)
        lines << QStringLiteral("  %1 %2 %3 %4 %5")
                     .arg(OfficeException::title(e.kind), e.registrationNumber, e.operatorId,
                          e.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          e.detail)
                     .simplified()
                     .prepend(QStringLiteral("  "));
    printLine(lines.join(u'\n'));
}

int shift(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "The end-of-shift report of the desk, or of one operator, for a day or a "
               "period (docs/office.md): the applications, the certificates, the blanks "
               "and the exceptions. Supervisors and administrators report on anyone; a "
               "clerk or an officer on their own work (--operator with their own login). "
               "Exit 0 done, 2 bad input, 3 journal or file error, 4 not allowed."));
    QCommandLineParser& p = cl.parser();
    addStoreOptions(cl, false);
    p.addOption({QStringLiteral("operator"),
                 QCoreApplication::translate(
                     "Cli", "Report on this operator's work only (default: the whole desk)."),
                 QStringLiteral("LOGIN")});
    addShiftOptions(p);
    if (auto exit = cl.parse(arguments))
        return *exit;

    if (!p.isSet(QStringLiteral("date"))) {
        printError(QCoreApplication::translate("Cli", "--date is required. See --help."));
        return ExitBadInput;
    }
    const std::optional<QDate> from = parseIsoDate(p.value(QStringLiteral("date")));
    const std::optional<QDate> to =
        p.isSet(QStringLiteral("to")) ? parseIsoDate(p.value(QStringLiteral("to"))) : from;
    if (!from || !to) {
        printError(QCoreApplication::translate("Cli", "--date and --to take a day as YYYY-MM-DD."));
        return ExitBadInput;
    }
    if (*to < *from) {
        printError(QCoreApplication::translate("Cli", "--to must not be before --date."));
        return ExitBadInput;
    }
    const int outputs = int(p.isSet(QStringLiteral("json"))) + int(p.isSet(QStringLiteral("pdf"))) +
                        int(p.isSet(QStringLiteral("csv")));
    if (outputs > 1) {
        printError(QCoreApplication::translate("Cli", "Give one of --json, --pdf and --csv."));
        return ExitBadInput;
    }
    const QString format = p.isSet(QStringLiteral("json"))  ? QStringLiteral("json")
                           : p.isSet(QStringLiteral("pdf")) ? QStringLiteral("pdf")
                           : p.isSet(QStringLiteral("csv")) ? QStringLiteral("csv")
                                                            : QStringLiteral("text");

    // --operator names whom the report is about; the journal records who signed in (or "cli").
    auto store = openSignedIn(p, {Permission::ReportOwnShift, Permission::ReportAnyShift},
                              OperatorOption::Subject);
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& s = std::get<SignedInStore>(store);

    const QSettings settings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
    const DeskSettings desk = DeskSettings::load(settings);
    ShiftReportRequest request;
    request.office = desk.officeCodeInUse();
    request.desk = desk.deskCodeInUse();
    request.operatorId = p.value(QStringLiteral("operator")).trimmed().toLower();
    request.from = *from;
    request.to = *to;
    request.thresholds = OfficeThresholds::load(settings);
    request.training = desk.trainingMode();

    // The desk's key before the report is made and recorded: a PDF that cannot be signed is
    // refused before anything is written.
    std::optional<SigningKey> key;
    if (format == u"pdf") {
        Result<SigningKey> loaded = ShiftReportDocument::signingKey(
            request.training, p.value(QStringLiteral("key")), s.db->path());
        if (!loaded) {
            printError(loaded.errorMessage());
            return ExitFailure;
        }
        key = *loaded;
    }

    const Result<ShiftReportData> report =
        MakeShiftReport::run(*s.db, request, s.operatorId, format);
    if (!report)
        return exitFor(report.error());

    if (format == u"json") {
        printJson(ShiftReportJson::toJson(*report));
    } else if (format == u"csv") {
        const QString path = p.value(QStringLiteral("csv"));
        if (Status st = writeFile(path, ShiftReportCsv::write(*report)); !st)
            return exitFor(Error{QStringLiteral("file"), st.errorMessage()});
        printJson({{QStringLiteral("csv"), QFileInfo(path).absoluteFilePath()}});
    } else if (format == u"pdf") {
        const QString path = p.value(QStringLiteral("pdf"));
        const Result<QString> keyId = ShiftReportDocument::writePdf(
            *report, {desk.officeNameKk, desk.officeNameRu}, *key, path);
        if (!keyId)
            return exitFor(Error{QStringLiteral("file"), keyId.errorMessage()});
        printJson({{QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath()},
                   {QStringLiteral("desk_key_id"), *keyId},
                   {QStringLiteral("training"), request.training}});
    } else {
        printText(*report);
    }
    return ExitOk;
}

int verify(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Reads the QR code of an end-of-shift report (PDF or image) and checks the "
               "desk's signature offline, as a certificate's. Exit 0 when genuine, 1 when "
               "not genuine or signed by an unknown key, 2 when no report code can be "
               "read."));
    cl.addPositional(QStringLiteral("file"),
                     QCoreApplication::translate("Cli", "The report: a PDF, PNG or JPEG."));
    QCommandLineParser& p = cl.parser();
    addTrustOptions(p, QCoreApplication::translate(
                           "Cli", "Accept reports signed by the training desk key (training "
                                  "mode only)."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const std::optional<TrustStore> loaded = loadTrust(p);
    if (!loaded)
        return ExitBadInput;
    const TrustStore& trust = *loaded;
    const QString file = cl.positionals().constFirst();
    const Result<QList<QByteArray>> codes = QrReader::readFile(file);
    const QByteArray code = codes ? ShiftReportVerifier::pick(*codes) : QByteArray();
    if (code.isEmpty()) {
        const QString reason =
            codes ? QCoreApplication::translate(
                        "Cli", "No end-of-shift report's code was found in the document.")
                  : codes.errorMessage();
        printJson({{QStringLiteral("file"), file},
                   {QStringLiteral("genuine"), false},
                   {QStringLiteral("verdict"), QStringLiteral("unreadable")},
                   {QStringLiteral("reason"), reason}});
        return ExitBadInput;
    }
    const ShiftReportVerification v =
        ShiftReportVerifier::verify(code, trust, p.isSet(QStringLiteral("trust-training")));
    QJsonObject out{{QStringLiteral("file"), file},
                    {QStringLiteral("genuine"), v.genuine()},
                    {QStringLiteral("verdict"), Verification::verdictName(v.verdict)},
                    {QStringLiteral("reason"), v.reason}};
    if (v.payload) {
        const ShiftReportPayload& r = *v.payload;
        out.insert(QStringLiteral("desk_key_id"), r.deskKeyId);
        out.insert(QStringLiteral("office"), r.office);
        out.insert(QStringLiteral("desk"), r.desk);
        out.insert(QStringLiteral("operator"),
                   r.operatorId.isEmpty() ? QJsonValue() : QJsonValue(r.operatorId));
        out.insert(QStringLiteral("period"),
                   QJsonObject{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                               {QStringLiteral("to"), r.to.toString(Qt::ISODate)}});
        out.insert(QStringLiteral("training"), r.training);
        QJsonObject counts;
        const QList<ShiftReportLine> names = ShiftReportLabels::counts({});
        for (int i = 0; i < names.size() && i < r.counts.size(); ++i)
            counts.insert(names[i].key, r.counts[i]);
        out.insert(QStringLiteral("counts"), counts);
        QJsonObject blanks;
        const QList<ShiftReportLine> blankNames = ShiftReportLabels::blanks({});
        for (int i = 0; i < blankNames.size() && i < r.blanks.size(); ++i)
            blanks.insert(blankNames[i].key, r.blanks[i]);
        out.insert(QStringLiteral("blanks"), blanks);
        out.insert(QStringLiteral("exceptions"), r.exceptions);
        out.insert(QStringLiteral("json_sha256"), QString::fromLatin1(r.jsonHash.toHex()));
    }
    printJson(out);
    return v.genuine() ? ExitOk : ExitNegative;
}

} // namespace

int runReportCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"shift")
        return shift(sub.arguments);
    if (sub.name == u"verify")
        return verify(sub.arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli report shift|verify [options]\n"
               "  shift --date D [--to D] [--operator LOGIN] [--json | --pdf FILE | --csv "
               "FILE]\n"
               "  verify FILE.pdf [--trust FILE]... [--trust-training]\n"
               "Each takes --help."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

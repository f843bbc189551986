#include "app/cli/JournalPrintSupport.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/desk/DeskSettings.h"
#include "core/documents/DocumentPdf.h"
#include "core/registry/DeskKeyStore.h"
#include "core/store/Database.h"
#include "core/usecases/FindApplication.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace iin::cli {

void addJournalPrintOptions(CommandLine& cl, bool withKey)
{
    addStoreOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOption({QStringLiteral("pdf"),
                 QCoreApplication::translate("Cli", "Where to write the PDF."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("office-name"),
                 QCoreApplication::translate(
                     "Cli", "The office printed on the document: once for both languages, or "
                            "twice (Kazakh, then Russian)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("officer"),
                 QCoreApplication::translate(
                     "Cli", "The officer named on the document (default: the operator)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("training"),
                 QCoreApplication::translate(
                     "Cli", "Print a training document (TRAINING marks, training key); always "
                            "so while no registry address is configured.")});
    if (withKey)
        p.addOption({QStringLiteral("blank"),
                     QCoreApplication::translate(
                         "Cli", "The serial of the security-paper blank printed on (default: the "
                                "next one on hand); the print fails when it is not on hand."),
                     QStringLiteral("serial")});
    if (withKey)
        p.addOption({QStringLiteral("reason"),
                     QCoreApplication::translate(
                         "Cli", "Why a certificate printed before is printed again (a "
                                "DUPLICATE): lost, damaged, spoiled_blank, correction or other; "
                                "recorded in the audit trail (\"unspecified\" when not given)."),
                     QStringLiteral("code")});
    if (withKey)
        p.addOption({QStringLiteral("key"),
                     QCoreApplication::translate(
                         "Cli", "This desk's own signing key file, certified by the registry "
                                "at the first sync (default: desk-signing.key beside the "
                                "journal; a training print uses the training keys)."),
                     QStringLiteral("file")});
    cl.addPositional(QStringLiteral("record"),
                     QCoreApplication::translate("Cli", "The application's id or registration "
                                                        "number."),
                     QStringLiteral("<id|registration-number>"));
}

int printFromJournal(CommandLine& cl, const QStringList& arguments, bool withKey,
                     const QString& title, const PrintCall& print)
{
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    if (!p.isSet(QStringLiteral("pdf"))) {
        printError(QCoreApplication::translate("Cli", "--pdf is required. See --help."));
        return ExitBadInput;
    }
    PrintOptions options;
    const QStringList office = p.values(QStringLiteral("office-name"));
    if (!office.isEmpty())
        options.office = {office.constFirst(), office.constLast()};
    // A desk on the training registry prints nothing but training documents; --training
    // asks for them on a desk connected to the real one too.
    options.training =
        p.isSet(QStringLiteral("training")) || DeskSettings::load(QSettings()).trainingMode();
    if (withKey && p.isSet(QStringLiteral("blank"))) {
        bool ok = false;
        const qint64 serial = p.value(QStringLiteral("blank")).toLongLong(&ok);
        if (!ok || serial <= 0) {
            printError(QCoreApplication::translate("Cli", "--blank \"%1\" is not a serial.")
                           .arg(p.value(QStringLiteral("blank"))));
            return ExitBadInput;
        }
        options.blankSerial = serial;
    }
    if (withKey && p.isSet(QStringLiteral("reason"))) {
        options.reprintReason = reprintReasonFrom(p.value(QStringLiteral("reason")));
        if (!options.reprintReason) {
            printError(QCoreApplication::translate("Cli", "--reason must be one of: %1.")
                           .arg(reprintReasonCodes().join(QStringLiteral(", "))));
            return ExitBadInput;
        }
    }
    if (withKey && p.isSet(QStringLiteral("key"))) {
        auto key = SigningKey::load(p.value(QStringLiteral("key")));
        if (!key) {
            printError(key.errorMessage());
            return ExitBadInput;
        }
        options.deskKey = key.value();
    }

    auto store = openSignedIn(
        p, withKey ? QList<Permission>{Permission::PrintCertificate, Permission::ReprintCertificate}
                   : QList<Permission>{Permission::PrintReceipts});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    std::unique_ptr<Database>& db = std::get<SignedInStore>(store).db;
    options.operatorId = std::get<SignedInStore>(store).operatorId;
    options.officer = p.isSet(QStringLiteral("officer")) ? p.value(QStringLiteral("officer"))
                                                         : options.operatorId;
    if (withKey && !options.deskKey && !options.training &&
        QFileInfo::exists(DeskKeyStore::defaultKeyFile(db->path()))) {
        auto key = SigningKey::load(DeskKeyStore::defaultKeyFile(db->path()));
        if (!key) {
            printError(key.errorMessage());
            return ExitBadInput;
        }
        options.deskKey = key.value();
    }
    const QString wanted = cl.positionals().constFirst();
    const Result<JournalEntry> found =
        FindApplication::run(*db, wanted, FindApplication::Accept::IdOrNumber);
    if (!found && found.error().code == u"journal.not_found") {
        printError(QCoreApplication::translate("Cli", "There is no application \"%1\" in the "
                                                      "journal.")
                       .arg(wanted));
        return ExitNegative;
    }
    if (!found) {
        printError(found.errorMessage());
        return ExitFailure;
    }

    DocumentPrinter printer(*db);
    const QString pdf = p.value(QStringLiteral("pdf"));
    std::optional<PrintRecord> record;
    const Status written = DocumentPdf::write(pdf, title, [&](QPagedPaintDevice* device) -> Status {
        Result<PrintRecord> r = print(printer, found->id, device, options);
        if (!r)
            return r.error();
        record = r.value();
        return {};
    });
    if (!written) {
        printError(written.errorMessage());
        const QString code = written.error().code;
        if (code == u"print.no_iin" || code == u"print.no_receipt" ||
            code == u"journal.not_found" || code == u"print.no_attestation" ||
            code.startsWith(u"blanks."))
            return ExitNegative;
        if (code == u"print.no_key" || code.startsWith(u"print.desk_key") ||
            code.startsWith(u"payload"))
            return ExitBadInput;
        return ExitFailure;
    }
    const QJsonValue null(QJsonValue::Null);
    QJsonObject out{
        {QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()},
        {QStringLiteral("application_id"), record->applicationId},
        {QStringLiteral("document"), DocumentPrinter::documentName(record->document)},
        {QStringLiteral("duplicate"), record->duplicate},
        {QStringLiteral("training"), record->training},
        {QStringLiteral("status"), ApplicationStatuses::toString(record->status)},
        {QStringLiteral("audit_seq"), record->auditSeq},
    };
    if (record->document == PrintedDocument::Certificate) {
        out.insert(QStringLiteral("certificate_number"), record->certificateNumber);
        out.insert(QStringLiteral("issue_date"), record->issueDate.toString(Qt::ISODate));
        out.insert(QStringLiteral("blank_serial"), record->blankSerial);
        out.insert(QStringLiteral("key_id"), record->keyId);
        out.insert(QStringLiteral("desk_key_id"), record->deskKeyId);
        if (record->duplicate)
            out.insert(QStringLiteral("reason"), options.reprintReason
                                                     ? reprintReasonCode(*options.reprintReason)
                                                     : QStringLiteral("unspecified"));
    }
    printJson(out);
    return ExitOk;
}

} // namespace iin::cli

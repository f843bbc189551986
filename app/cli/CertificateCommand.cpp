#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/DocumentCommandSupport.h"
#include "app/cli/JournalPrintSupport.h"

#include "core/base/NewFile.h"
#include "core/documents/CertificateLayout.h"
#include "core/documents/CertificateVerifier.h"
#include "core/documents/DocumentPdf.h"
#include "core/documents/QrCode.h"
#include "core/signing/SigningKey.h"
#include "core/signing/TrustStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace iin::cli {

namespace {

int render(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Renders a registration certificate to PDF from a JSON description "
               "(docs/certificate.md): a training certificate, signed with the training keys, or "
               "a preview of a real one, signed with throwaway keys that no trust file holds. "
               "A real certificate is printed only from the journal (certificate <id>)."));
    QCommandLineParser& p = cl.parser();
    p.addOption(
        {QStringLiteral("json"),
         QCoreApplication::translate("Cli", "The certificate's data (\"-\": standard input)."),
         QStringLiteral("file")});
    p.addOption({QStringLiteral("pdf"),
                 QCoreApplication::translate("Cli", "Where to write the PDF."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("key"),
                 QCoreApplication::translate(
                     "Cli", "Refused unless it is the training key: real keys sign only "
                            "certificates printed from the journal."),
                 QStringLiteral("file")});
    if (auto exit = cl.parse(arguments))
        return *exit;
    if (!p.isSet(QStringLiteral("json")) || !p.isSet(QStringLiteral("pdf"))) {
        printError(
            QCoreApplication::translate("Cli", "Both --json and --pdf are required. See --help."));
        return ExitBadInput;
    }
    auto json = readJsonObject(p.value(QStringLiteral("json")));
    if (!json) {
        printError(json.errorMessage());
        return ExitBadInput;
    }
    auto data = CertificateData::fromJson(*json);
    if (!data) {
        printError(data.errorMessage());
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("key"))) {
        auto loaded = SigningKey::load(p.value(QStringLiteral("key")));
        if (!loaded) {
            printError(loaded.errorMessage());
            return ExitBadInput;
        }
        // No journal row, no certificate number issued, no audit record: whatever a real key
        // signed here would be a certificate nobody can trace.
        if (!loaded->isTraining()) {
            printError(QCoreApplication::translate(
                "Cli", "render makes previews and training certificates only; a real "
                       "certificate is printed from the journal (iin-desk-cli certificate <id>) "
                       "with the desk's certified key."));
            return ExitBadInput;
        }
    }
    const bool preview = !data->training;
    std::optional<SigningKey> registryKey;
    std::optional<SigningKey> deskKey;
    if (preview) {
        auto throwaway = SigningKey::generate(QStringLiteral("PREVIEW"), QStringLiteral("preview"));
        auto throwawayDesk = SigningKey::generateForDesk(QStringLiteral("PREVIEW"));
        if (!throwaway || !throwawayDesk) {
            printError(throwaway ? throwawayDesk.errorMessage() : throwaway.errorMessage());
            return ExitFailure;
        }
        registryKey = *throwaway;
        deskKey = *throwawayDesk;
    } else {
        registryKey = SigningKey::training();
        deskKey = SigningKey::trainingDesk();
    }
    const QString pdf = p.value(QStringLiteral("pdf"));
    std::optional<CertificatePayload> signedPayload;
    const Status written = DocumentPdf::write(
        pdf, QStringLiteral("ТІРКЕУ КУӘЛІГІ / РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО ") + data->iin,
        [&](QPagedPaintDevice* device) -> Status {
            auto payload =
                CertificateLayout::paintWithOwnKeys(*data, *registryKey, *deskKey, device);
            if (!payload)
                return payload.error();
            signedPayload = payload.value();
            return {};
        });
    if (!written) {
        printError(written.errorMessage());
        return written.error().code.startsWith(u"payload") ||
                       written.error().code.startsWith(u"attestation")
                   ? ExitBadInput
                   : ExitFailure;
    }
    printJson({{QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()},
               {QStringLiteral("iin"), data->iin},
               {QStringLiteral("certificate_number"), data->certificateNumber},
               {QStringLiteral("key_id"), signedPayload->keyId},
               {QStringLiteral("desk_key_id"), signedPayload->deskKeyId},
               {QStringLiteral("training"), data->training},
               {QStringLiteral("preview"), preview},
               {QStringLiteral("duplicate"), data->duplicate},
               {QStringLiteral("payload"), QString::fromUtf8(signedPayload->encode())}});
    return ExitOk;
}

QJsonValue nameJson(const PersonName& n)
{
    return QJsonObject{{QStringLiteral("surname"), n.surname},
                       {QStringLiteral("given_name"), n.givenName},
                       {QStringLiteral("patronymic"), n.patronymic}};
}

int verify(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Reads the QR code of a registration certificate (PDF or image) and checks "
               "its signature offline. Exit 0 when genuine, 1 when not genuine or signed "
               "by an unknown key, 2 when no certificate code can be read."));
    cl.addPositional(QStringLiteral("file"),
                     QCoreApplication::translate("Cli", "The certificate: a PDF, PNG or JPEG."));
    QCommandLineParser& p = cl.parser();
    addTrustOptions(p, QCoreApplication::translate(
                           "Cli", "Accept certificates signed by the training key (training "
                                  "mode only)."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    const std::optional<TrustStore> loaded = loadTrust(p);
    if (!loaded)
        return ExitBadInput;
    const TrustStore& trust = *loaded;
    const QString file = cl.positionals().constFirst();
    auto codes = QrReader::readFile(file);
    if (!codes || codes->isEmpty()) {
        const QString reason =
            codes ? QCoreApplication::translate("Cli", "No QR code was found in the document.")
                  : codes.errorMessage();
        printJson({{QStringLiteral("file"), file},
                   {QStringLiteral("genuine"), false},
                   {QStringLiteral("verdict"), QStringLiteral("unreadable")},
                   {QStringLiteral("reason"), reason}});
        return ExitBadInput;
    }
    // A page may hold other codes: the first one that is a certificate payload decides.
    Verification v = CertificateVerifier::verify(codes->constFirst(), trust,
                                                 p.isSet(QStringLiteral("trust-training")));
    for (const QByteArray& code : *codes) {
        if (CertificatePayload::parse(code)) {
            v = CertificateVerifier::verify(code, trust, p.isSet(QStringLiteral("trust-training")));
            break;
        }
    }
    QJsonObject out{{QStringLiteral("file"), file},
                    {QStringLiteral("genuine"), v.genuine()},
                    {QStringLiteral("verdict"), Verification::verdictName(v.verdict)},
                    {QStringLiteral("reason"), v.reason}};
    if (v.payload) {
        const CertificatePayload& c = *v.payload;
        out.insert(QStringLiteral("iin"), c.iin);
        out.insert(QStringLiteral("certificate_number"), c.certificateNumber);
        out.insert(QStringLiteral("name_cyrillic"), nameJson(c.nameCyrillic));
        out.insert(QStringLiteral("name_latin"), nameJson(c.nameLatin));
        out.insert(QStringLiteral("birth_date"), c.birthDate.toString(Qt::ISODate));
        out.insert(QStringLiteral("issue_date"), c.issueDate.toString(Qt::ISODate));
        out.insert(QStringLiteral("training"), c.training);
        out.insert(QStringLiteral("key_id"), c.keyId);
        out.insert(QStringLiteral("version"), c.version);
        if (c.version != 1)
            out.insert(QStringLiteral("desk_key_id"), c.deskKeyId);
    }
    if (v.key)
        out.insert(QStringLiteral("issuer"), v.key->issuer);
    if (v.deskKey)
        out.insert(QStringLiteral("desk_id"), v.deskKey->certificate.deskId);
    printJson(out);
    return v.genuine() ? ExitOk : ExitNegative;
}

int keygen(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Creates a signing key file (readable by its owner only, never over an existing "
               "file): a desk's own key without --id (the desk also makes it by itself at its "
               "first sync), a named key with --id; optionally the trust file with its public "
               "half."));
    QCommandLineParser& p = cl.parser();
    p.addOption(
        {QStringLiteral("id"),
         QCoreApplication::translate("Cli", "The key id printed in every payload it signs "
                                            "(default: derived from the key, as for a desk key)."),
         QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("issuer"),
         QCoreApplication::translate("Cli", "Who holds the key (a registry's name, a desk id)."),
         QStringLiteral("name")});
    p.addOption({QStringLiteral("out"),
                 QCoreApplication::translate("Cli", "The secret key file to create."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("public"),
                 QCoreApplication::translate("Cli", "A trust file to create with the public key."),
                 QStringLiteral("file")});
    if (auto exit = cl.parse(arguments))
        return *exit;
    if (!p.isSet(QStringLiteral("out"))) {
        printError(QCoreApplication::translate("Cli", "--out is required. See --help."));
        return ExitBadInput;
    }
    const QString out = p.value(QStringLiteral("out"));
    const QString publicFile = p.value(QStringLiteral("public"));
    // Both names are checked before anything is made: a refused --public must not leave a new
    // key behind.
    for (const QString& path : {out, publicFile}) {
        if (!path.isEmpty() && (QFileInfo::exists(path) || QFileInfo(path).isSymLink())) {
            printError(
                QCoreApplication::translate("Cli", "%1 exists already; it is never overwritten.")
                    .arg(path));
            return ExitBadInput;
        }
    }
    auto key =
        p.isSet(QStringLiteral("id"))
            ? SigningKey::generate(p.value(QStringLiteral("id")), p.value(QStringLiteral("issuer")))
            : SigningKey::generateForDesk(p.value(QStringLiteral("issuer")));
    if (!key) {
        printError(key.errorMessage());
        return ExitBadInput;
    }
    if (Status s = key->save(out); !s) {
        printError(s.errorMessage());
        return s.error().code == u"file.exists" ? ExitBadInput : ExitFailure;
    }
    if (!publicFile.isEmpty()) {
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{key->publicEntry()}}})
                .toJson();
        if (Status s = NewFile::write(publicFile, bytes, NewFile::PublicMode); !s) {
            printError(s.errorMessage());
            return s.error().code == u"file.exists" ? ExitBadInput : ExitFailure;
        }
    }
    printJson(key->publicEntry());
    return ExitOk;
}

// The certificate of an application in the journal: the first print moves it to
// certificate_printed, later ones are duplicates; each is audited.
int printRecord(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Prints the registration certificate of an application in the journal to PDF. "
               "Only an application with an IIN has one: the first print moves it to "
               "certificate_printed, every later print is a DUPLICATE; each is recorded in the "
               "audit trail and consumes one security-paper blank. Exit 0 printed, 1 no such "
               "application, no IIN yet or the blank not on hand, 2 bad input, 3 journal or file "
               "error."));
    addJournalPrintOptions(cl, true);
    return printFromJournal(
        cl, arguments, true, QStringLiteral("ТІРКЕУ КУӘЛІГІ / РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО"),
        [](DocumentPrinter& printer, qint64 id, QPagedPaintDevice* device,
           const PrintOptions& options) { return printer.printCertificate(id, device, options); });
}

} // namespace

int runCertificateCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"render")
        return render(sub.arguments);
    if (sub.name == u"verify")
        return verify(sub.arguments);
    if (sub.name == u"keygen")
        return keygen(sub.arguments);
    if (!sub.name.isEmpty())
        return printRecord(arguments);
    printLine(QCoreApplication::translate(
        "Cli",
        "Usage: iin-desk-cli certificate <id|registration-number>|render|verify|keygen [options]\n"
        "  <id|registration-number> --db <journal> --pdf <out.pdf> [--blank <serial>] "
        "[--reason <code>] [--key <key file>] [--training]\n"
        "  render --json <data.json> --pdf <out.pdf>\n"
        "  verify <pdf|png> [--trust <trust file>]... [--trust-training]\n"
        "  keygen --out <key file> [--id <key id>] [--issuer <name>] [--public <trust "
        "file>]\n"
        "Each takes --help."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

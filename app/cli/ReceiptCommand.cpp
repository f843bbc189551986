#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/DocumentCommandSupport.h"
#include "app/cli/JournalPrintSupport.h"

#include "core/documents/DocumentPdf.h"
#include "core/documents/ReceiptLayout.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace iin::cli {

namespace {

int render(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Renders a receipt to PDF from a JSON description (docs/certificate.md): "
               "of acceptance (a registered package) or of refusal to accept documents "
               "(the missing documents and their legal references)."));
    QCommandLineParser& p = cl.parser();
    p.addOption({QStringLiteral("kind"),
                 QCoreApplication::translate("Cli", "acceptance or refusal."),
                 QStringLiteral("kind")});
    p.addOption({QStringLiteral("json"),
                 QCoreApplication::translate("Cli", "The receipt's data (\"-\": standard input)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("pdf"),
                 QCoreApplication::translate("Cli", "Where to write the PDF."),
                 QStringLiteral("file")});
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QString kind = p.value(QStringLiteral("kind"));
    if ((kind != u"acceptance" && kind != u"refusal") || !p.isSet(QStringLiteral("json")) ||
        !p.isSet(QStringLiteral("pdf"))) {
        printError(QCoreApplication::translate(
            "Cli", "--kind acceptance|refusal, --json and --pdf are required. See --help."));
        return ExitBadInput;
    }
    auto json = readJsonObject(p.value(QStringLiteral("json")));
    if (!json) {
        printError(json.errorMessage());
        return ExitBadInput;
    }
    const QString pdf = p.value(QStringLiteral("pdf"));
    Status written;
    int items = 0;
    if (kind == u"acceptance") {
        auto data = AcceptanceReceiptData::fromJson(*json);
        if (!data) {
            printError(data.errorMessage());
            return ExitBadInput;
        }
        items = int(data->documents.size());
        written = DocumentPdf::write(pdf, QStringLiteral("Құжаттарды қабылдау туралы қолхат"),
                                     [&](QPagedPaintDevice* device) {
                                         return ReceiptLayout::paintAcceptance(*data, device);
                                     });
    } else {
        auto data = RefusalReceiptData::fromJson(*json);
        if (!data) {
            printError(data.errorMessage());
            return ExitBadInput;
        }
        items = int(data->missingDocuments.size());
        written = DocumentPdf::write(
            pdf, QStringLiteral("Құжаттарды қабылдаудан бас тарту туралы қолхат"),
            [&](QPagedPaintDevice* device) { return ReceiptLayout::paintRefusal(*data, device); });
    }
    if (!written) {
        printError(written.errorMessage());
        return ExitFailure;
    }
    printJson({{QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()},
               {QStringLiteral("kind"), kind},
               {QStringLiteral("items"), items}});
    return ExitOk;
}

// The receipt of an application in the journal: acceptance for a registered one, refusal for
// one refused at intake; audited as a print.
int printRecord(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Prints the receipt of an application in the journal to PDF: of acceptance for a "
               "registered application, of refusal (each missing document with its legal "
               "reference) for one refused at intake. A receipt printed before is printed as a "
               "DUPLICATE; each print is recorded in the audit trail. Exit 0 printed, 1 no such "
               "application or a draft, 2 bad input, 3 journal or file error."));
    addJournalPrintOptions(cl, false);
    return printFromJournal(
        cl, arguments, false, QStringLiteral("Қолхат / Расписка"),
        [](DocumentPrinter& printer, qint64 id, QPagedPaintDevice* device,
           const PrintOptions& options) { return printer.printReceipt(id, device, options); });
}

} // namespace

int runReceiptCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"render")
        return render(sub.arguments);
    if (!sub.name.isEmpty())
        return printRecord(arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli receipt <id|registration-number> --db <journal> --pdf "
               "<out.pdf> [--training]\n"
               "       iin-desk-cli receipt render --kind acceptance|refusal --json <data.json> "
               "--pdf <out.pdf>\nTakes --help."));
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

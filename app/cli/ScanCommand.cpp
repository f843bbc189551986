#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/capture/SaneScanner.h"
#include "core/capture/ScanPdf.h"
#include "core/capture/ScannerErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace iin::cli {

namespace {

int listDevices(SaneScanner& sane, bool json)
{
    const Result<ScanDevices> devices = sane.devices();
    if (!devices) {
        printError(devices.errorMessage());
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const ScanDevice& d : *devices)
            array.append(QJsonObject{{QStringLiteral("name"), d.name},
                                     {QStringLiteral("vendor"), d.vendor},
                                     {QStringLiteral("model"), d.model},
                                     {QStringLiteral("type"), d.type}});
        printJson({{QStringLiteral("devices"), array}});
        return ExitOk;
    }
    for (const ScanDevice& d : *devices)
        printLine(QStringList{d.name, d.vendor, d.model, d.type}.join(u'\t'));
    return ExitOk;
}

} // namespace

int runScanCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Lists the scanners SANE finds, or scans pages into one PDF. Exit 0 when "
               "listed or written, 2 for wrong options, 3 for a scanner error (the pages "
               "scanned before it are still written)."));
    QCommandLineParser& p = cl.parser();
    p.addOption(
        {QStringLiteral("list"),
         QCoreApplication::translate("Cli", "List the scanners: name, vendor, model, type.")});
    p.addOption({QStringLiteral("json"),
                 QCoreApplication::translate("Cli", "With --list: one JSON object.")});
    p.addOption({QStringLiteral("device"),
                 QCoreApplication::translate("Cli", "The scanner's SANE name (see --list)."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("pages"),
         QCoreApplication::translate(
             "Cli", "Scan up to N pages, from the document feeder where the scanner has one; 0: "
                    "until the feeder is empty (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")});
    p.addOption(
        {QStringLiteral("dpi"),
         QCoreApplication::translate("Cli", "Resolution in dots per inch (the nearest the scanner "
                                            "offers)."),
         QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("mode"),
         QCoreApplication::translate("Cli", "color, gray or lineart (default: the scanner's)."),
         QStringLiteral("MODE")});
    p.addOption(
        {QStringLiteral("set"),
         QCoreApplication::translate(
             "Cli", "A backend option as scanimage takes it, e.g. filename=page.pnm; may be "
                    "repeated."),
         QStringLiteral("OPTION=VALUE")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF to write."),
                 QStringLiteral("FILE.pdf")});
    if (auto exit = cl.parse(arguments))
        return *exit;

    if (p.isSet(QStringLiteral("list"))) {
        SaneScanner sane;
        return listDevices(sane, p.isSet(QStringLiteral("json")));
    }

    ScanRequest request;
    request.device = p.value(QStringLiteral("device"));
    const QString out = p.value(QStringLiteral("out"));
    if (request.device.isEmpty() || out.isEmpty()) {
        printError(QCoreApplication::translate(
            "Cli", "Give --list, or --device NAME and --out FILE.pdf."));
        return ExitBadInput;
    }
    bool ok = false;
    request.pages = p.value(QStringLiteral("pages")).toInt(&ok);
    if (!ok || request.pages < 0) {
        printError(QCoreApplication::translate(
            "Cli", "--pages takes a number of pages (0: until the feeder is empty)."));
        return ExitBadInput;
    }
    request.source = request.pages == 1 ? ScanSource::Default : ScanSource::FeederIfOffered;
    if (p.isSet(QStringLiteral("dpi"))) {
        request.dpi = p.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || request.dpi <= 0) {
            printError(QCoreApplication::translate(
                "Cli", "--dpi takes a resolution in dots per inch, e.g. 300."));
            return ExitBadInput;
        }
    }
    if (p.isSet(QStringLiteral("mode"))) {
        const QString mode = p.value(QStringLiteral("mode")).toLower();
        if (mode == u"color" || mode == u"colour")
            request.mode = ScanMode::Color;
        else if (mode == u"gray" || mode == u"grey")
            request.mode = ScanMode::Gray;
        else if (mode == u"lineart")
            request.mode = ScanMode::Lineart;
        else {
            printError(QCoreApplication::translate("Cli", "--mode takes color, gray or lineart."));
            return ExitBadInput;
        }
    }
    for (const QString& text : p.values(QStringLiteral("set"))) {
        const ScanOption option = ScanOption::parse(text);
        if (option.name.isEmpty()) {
            printError(QCoreApplication::translate(
                           "Cli", "--set takes OPTION=VALUE, e.g. resolution=300: \"%1\".")
                           .arg(text));
            return ExitBadInput;
        }
        request.options.append(option);
    }

    SaneScanner sane;
    const std::atomic_bool never(false);
    const ScanOutcome outcome = sane.scan(request, never);
    // Whatever was scanned before an error is written all the same: the paper may already be
    // out of the feeder.
    if (!outcome.pages.isEmpty()) {
        if (const Status written = ScanPdf::write(outcome.pages, out); !written) {
            printError(written.errorMessage());
            return ExitFailure;
        }
    }
    if (!outcome.ok()) {
        printError(outcome.error->message);
        if (!outcome.pages.isEmpty())
            printError(QCoreApplication::translate(
                           "Cli", "%n page(s) scanned before the error were written to %1.",
                           nullptr, int(outcome.pages.size()))
                           .arg(QDir::toNativeSeparators(out)));
        return outcome.error->code == ScannerErrors::UnknownOption ||
                       outcome.error->code == ScannerErrors::OptionValue ||
                       outcome.error->code == ScannerErrors::OptionInactive
                   ? ExitBadInput
                   : ExitFailure;
    }
    printLine(QCoreApplication::translate("Cli", "%n page(s) written to %1.", nullptr,
                                          int(outcome.pages.size()))
                  .arg(QDir::toNativeSeparators(out)));
    return ExitOk;
}

} // namespace iin::cli

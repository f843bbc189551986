#include "core/services/DocumentJobs.h"

#include "core/documents/PageImages.h"
#include "core/registry/DeskKeyStore.h"
#include "core/services/StoreContext.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace iin {

QString DocumentJobs::documentTitle(PrintedDocument document)
{
    switch (document) {
    case PrintedDocument::Certificate:
        return QStringLiteral("ТІРКЕУ КУӘЛІГІ / РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО");
    case PrintedDocument::AcceptanceReceipt:
        return QStringLiteral("Құжаттарды қабылдау туралы қолхат / Расписка о приеме документов");
    case PrintedDocument::RefusalReceipt:
        return QStringLiteral("Құжаттарды қабылдаудан бас тарту туралы қолхат / Расписка об "
                              "отказе в приеме документов");
    }
    return {};
}

Result<DocumentPreview> DocumentJobs::preview(StoreContext& store, const DocumentJob& job)
{
    DocumentPrinter& printer = store.keep<DocumentPrinter>();
    PageImages device(job.previewDpi);
    Result<PrintRecord> record =
        job.document == PrintedDocument::Certificate
            ? printer.previewCertificate(job.applicationId, &device, job.options)
            : printer.previewReceipt(job.applicationId, &device, job.options);
    if (!record)
        return record.error();
    return DocumentPreview{*record, device.pages()};
}

Result<PrintRecord> DocumentJobs::print(StoreContext& store, const DocumentJob& job)
{
    DocumentPrinter& printer = store.keep<DocumentPrinter>();
    PrintOptions options = job.options;
    // The default file exists once the desk has synced with a real registry; before that
    // the printer says what is missing (print.no_key) rather than "no such file".
    const QString keyFile =
        job.deskKeyFile.isEmpty() ? DeskKeyStore::defaultKeyFile(store.path()) : job.deskKeyFile;
    if (job.document == PrintedDocument::Certificate && !options.deskKey && !options.training &&
        (!job.deskKeyFile.isEmpty() || QFile::exists(keyFile))) {
        Result<SigningKey> key = SigningKey::load(keyFile);
        if (!key)
            return key.error();
        options.deskKey = *key;
    }
    if (!job.pdfPath.isEmpty())
        return printToPdf(printer, job, options);
    if (!job.device)
        return Error{QStringLiteral("print.no_device"),
                     tr("No printer was given for the document.")};
    Result<PrintRecord> r =
        job.document == PrintedDocument::Certificate
            ? printer.printCertificate(job.applicationId, job.device.get(), options)
            : printer.printReceipt(job.applicationId, job.device.get(), options);
    // The layouts speak of a file; on a printer the clerk needs to hear of the printer.
    if (!r && r.error().code == u"document.device")
        return Error{QStringLiteral("print.printer_failed"),
                     tr("The printer did not accept the document: check that it is switched "
                        "on, connected and has paper.")};
    return r;
}

Result<PrintRecord> DocumentJobs::printToPdf(DocumentPrinter& printer, const DocumentJob& job,
                                             const PrintOptions& printOptions)
{
    QSaveFile file(job.pdfPath);
    // Owner-only before the first byte, as every file with an applicant's data (a file that
    // exists keeps its permissions: QSaveFile carries them over).
    const bool created = !QFile::exists(job.pdfPath);
    if (!file.open(QIODevice::WriteOnly) ||
        (created && !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)))
        return Error{QStringLiteral("document.write"),
                     tr("Cannot write %1: %2").arg(job.pdfPath, file.errorString())};
    std::optional<Result<PrintRecord>> record;
    {
        QPdfWriter writer(&file);
        writer.setTitle(documentTitle(job.document));
        writer.setCreator(QStringLiteral("IIN Desk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        PrintOptions options = printOptions;
        // The layouts finish the PDF when their painter ends; the file is put in place before
        // the print is recorded.
        options.beforeRecord = [&file, path = job.pdfPath]() -> Status {
            if (file.error() != QFileDevice::NoError || !file.commit())
                return Error{QStringLiteral("document.write"),
                             tr("Cannot write %1: %2").arg(path, file.errorString())};
            return {};
        };
        record = job.document == PrintedDocument::Certificate
                     ? printer.printCertificate(job.applicationId, &writer, options)
                     : printer.printReceipt(job.applicationId, &writer, options);
    }
    // Committed file, failed record (the journal refused): no file without its record.
    if (!*record && !file.isOpen())
        QFile::remove(job.pdfPath);
    return *record;
}

} // namespace iin

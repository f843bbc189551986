#pragma once

#include "core/documents/DocumentPrinter.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;

namespace iin {

class StoreContext;

// One document of one application to show or print (docs/desk.md, "Printing").
struct DocumentJob
{
    qint64 applicationId = 0;
    // The certificate, or a receipt: which receipt is the application's status' to say
    // (acceptance for a registered one, refusal for one refused at intake).
    PrintedDocument document = PrintedDocument::Certificate;
    PrintOptions options;
    // The desk's own key file, read here when a real certificate is printed and
    // options.deskKey is not given (DeskSettings::deskKeyFile, or beside the journal).
    QString deskKeyFile;
    // Where a print goes: a PDF file written here (Save as PDF), or else `device`, a printer
    // the desk set up (painted on the store's thread; released by the desk after the answer).
    QString pdfPath;
    std::shared_ptr<QPagedPaintDevice> device;
    int previewDpi = 110; // previews only
};

// The pages as images at the job's preview resolution; `record` says what printing would be
// (document, duplicate).
struct DocumentPreview
{
    PrintRecord record;
    QList<QImage> pages;
};

// The desk's printed documents as jobs on the journal's StoreThread: painted through
// DocumentPrinter over the store's connection, so that neither SQL nor the painting of a whole
// document runs on the UI thread.
//
// A preview records nothing and issues no certificate number; a print is the one path of
// DocumentPrinter (number, status, audit in one transaction). A PDF is written to a temporary
// file beside the target and put in place before the print is recorded, so a file that cannot
// be written (disk full) leaves no record, and a print that cannot be recorded leaves no file.
class DocumentJobs
{
    Q_DECLARE_TR_FUNCTIONS(iin::DocumentJobs)

public:
    static Result<DocumentPreview> preview(StoreContext& store, const DocumentJob& job);
    static Result<PrintRecord> print(StoreContext& store, const DocumentJob& job);

    // The title a printed file or job carries: "ТІРКЕУ КУӘЛІГІ / РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО".
    static QString documentTitle(PrintedDocument document);

private:
    static Result<PrintRecord> printToPdf(DocumentPrinter& printer, const DocumentJob& job,
                                          const PrintOptions& options);
};

} // namespace iin

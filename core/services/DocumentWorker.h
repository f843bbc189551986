#pragma once

#include "core/documents/DocumentPrinter.h"
#include "core/journal/Journal.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QPagedPaintDevice;

namespace iin {

class Database;

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
    // the desk set up (painted on this worker's thread; released by the desk after the answer).
    QString pdfPath;
    std::shared_ptr<QPagedPaintDevice> device;
    int previewDpi = 110; // previews only
};

// The desk's printed documents, on the journal's thread: it opens its own Database there (as
// JournalWorker does; SQLite lets the two connections work side by side) and paints through
// DocumentPrinter, so that neither SQL nor the painting of a whole document runs on the UI
// thread. Every request carries an id chosen by the caller; every answer names it.
//
// A preview records nothing and issues no certificate number; a print is the one path of
// DocumentPrinter (number, status, audit in one transaction). A PDF is written to a temporary
// file beside the target and put in place before the print is recorded, so a file that cannot
// be written (disk full) leaves no record, and a print that cannot be recorded leaves no file.
class DocumentWorker : public QObject
{
    Q_OBJECT

public:
    explicit DocumentWorker(QString databasePath, QObject* parent = nullptr);
    ~DocumentWorker() override;

    // The title a printed file or job carries: "ТІРКЕУ КУӘЛІГІ / РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО".
    static QString documentTitle(PrintedDocument document);

public slots:
    void open();
    void close();

    void preview(quint64 requestId, const iin::DocumentJob& job);
    void print(quint64 requestId, const iin::DocumentJob& job);
    // The application a clerk asked for by its id or registration number, or else by an IIN or
    // document number that names exactly one: found() or failed() saying what was not found.
    void find(quint64 requestId, const QString& text);

signals:
    // The pages as images at the job's preview resolution; `record` says what printing would
    // be (document, duplicate).
    void previewReady(quint64 requestId, const iin::PrintRecord& record,
                      const QList<QImage>& pages);
    void printed(quint64 requestId, const iin::PrintRecord& record);
    void found(quint64 requestId, const iin::JournalEntry& entry);
    void failed(quint64 requestId, const QString& message);

private:
    Result<DocumentPrinter*> printer();
    Result<PrintRecord> printToPdf(const DocumentJob& job, const PrintOptions& options);
    Result<JournalEntry> lookUp(const QString& text);

    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DocumentPrinter> m_printer;
};

} // namespace iin

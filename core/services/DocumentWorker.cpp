#include "core/services/DocumentWorker.h"

#include "core/documents/PageImages.h"
#include "core/registry/DeskKeyStore.h"
#include "core/store/Database.h"
#include "core/usecases/FindApplication.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace iin {

DocumentWorker::DocumentWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

DocumentWorker::~DocumentWorker() = default;

QString DocumentWorker::documentTitle(PrintedDocument document)
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

void DocumentWorker::open()
{
    // Opened lazily on the first request otherwise; a failure here is told then.
    printer();
}

void DocumentWorker::close()
{
    m_printer.reset();
    m_database.reset();
}

Result<DocumentPrinter*> DocumentWorker::printer()
{
    if (!m_printer) {
        // The journal's worker checks the whole file (quick_check: seconds on a big journal)
        // on this same thread as the desk starts; a second full read would only double that.
        Database::Options options;
        options.check = Database::OpenCheck::Deferred;
        Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
        if (!db)
            return db.error();
        m_database = std::move(db).value();
        m_printer = std::make_unique<DocumentPrinter>(*m_database);
    }
    return m_printer.get();
}

void DocumentWorker::preview(quint64 requestId, const DocumentJob& job)
{
    Result<DocumentPrinter*> printer = this->printer();
    if (!printer) {
        emit failed(requestId, printer.errorMessage());
        return;
    }
    QList<QImage> pages;
    Result<PrintRecord> record = [&]() -> Result<PrintRecord> {
        PageImages device(job.previewDpi);
        Result<PrintRecord> r =
            job.document == PrintedDocument::Certificate
                ? (*printer)->previewCertificate(job.applicationId, &device, job.options)
                : (*printer)->previewReceipt(job.applicationId, &device, job.options);
        pages = device.pages();
        return r;
    }();
    if (!record)
        emit failed(requestId, record.errorMessage());
    else
        emit previewReady(requestId, *record, pages);
}

void DocumentWorker::print(quint64 requestId, const DocumentJob& job)
{
    Result<DocumentPrinter*> printer = this->printer();
    if (!printer) {
        emit failed(requestId, printer.errorMessage());
        return;
    }
    Result<PrintRecord> record = [&]() -> Result<PrintRecord> {
        PrintOptions options = job.options;
        // The default file exists once the desk has synced with a real registry; before that
        // the printer says what is missing (print.no_key) rather than "no such file".
        const QString keyFile =
            job.deskKeyFile.isEmpty() ? DeskKeyStore::defaultKeyFile(m_path) : job.deskKeyFile;
        if (job.document == PrintedDocument::Certificate && !options.deskKey && !options.training &&
            (!job.deskKeyFile.isEmpty() || QFile::exists(keyFile))) {
            Result<SigningKey> key = SigningKey::load(keyFile);
            if (!key)
                return key.error();
            options.deskKey = *key;
        }
        if (!job.pdfPath.isEmpty())
            return printToPdf(job, options);
        if (!job.device)
            return Error{QStringLiteral("print.no_device"),
                         tr("No printer was given for the document.")};
        Result<PrintRecord> r =
            job.document == PrintedDocument::Certificate
                ? (*printer)->printCertificate(job.applicationId, job.device.get(), options)
                : (*printer)->printReceipt(job.applicationId, job.device.get(), options);
        // The layouts speak of a file; on a printer the clerk needs to hear of the printer.
        if (!r && r.error().code == u"document.device")
            return Error{QStringLiteral("print.printer_failed"),
                         tr("The printer did not accept the document: check that it is switched "
                            "on, connected and has paper.")};
        return r;
    }();
    if (!record)
        emit failed(requestId, record.errorMessage());
    else
        emit printed(requestId, *record);
}

Result<PrintRecord> DocumentWorker::printToPdf(const DocumentJob& job,
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
                     ? m_printer->printCertificate(job.applicationId, &writer, options)
                     : m_printer->printReceipt(job.applicationId, &writer, options);
    }
    // Committed file, failed record (the journal refused): no file without its record.
    if (!*record && !file.isOpen())
        QFile::remove(job.pdfPath);
    return *record;
}

void DocumentWorker::find(quint64 requestId, const QString& text)
{
    Result<JournalEntry> entry = lookUp(text.trimmed());
    if (!entry)
        emit failed(requestId, entry.errorMessage());
    else
        emit found(requestId, *entry);
}

Result<JournalEntry> DocumentWorker::lookUp(const QString& text)
{
    Result<DocumentPrinter*> printer = this->printer();
    if (!printer)
        return printer.error();
    return FindApplication::run(*m_database, text);
}

} // namespace iin

#pragma once

#include "core/application/ApplicationStatus.h"
#include "core/base/Result.h"
#include "core/documents/CertificateData.h"
#include "core/documents/ReprintReason.h"
#include "core/signing/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace iin {

class Database;

// What the desk says about one print.
struct PrintOptions
{
    QString operatorId;    // who prints: recorded in the audit trail
    BilingualText office;  // the office printed on the document
    QString officer;       // the officer (certificate) or clerk (receipts) named on it
    bool training = false; // DeskSettings::trainingMode(): TRAINING marks, the training keys
    // The desk's own key (DeskKeyStore): signs a real certificate's number and issue date next
    // to the registry's attestation from the journal; it must have been certified by the
    // registry. Training prints and previews do without it.
    std::optional<SigningKey> deskKey;
    // Runs after the page was painted and before the print is recorded, e.g. to commit the PDF
    // file just written: an error here leaves nothing recorded, as a failed painting does.
    std::function<Status()> beforeRecord;
    // Certificates: the security-paper blank the clerk confirmed (docs/office.md); none means
    // the next one on hand. The print fails before painting when it is not on hand.
    std::optional<qint64> blankSerial;
    // Certificates printed again (DUPLICATE): why, recorded in the audit trail as "reason";
    // none is recorded as "unspecified" (scripts written before reasons were asked).
    std::optional<ReprintReason> reprintReason;
};

enum class PrintedDocument
{
    Certificate,
    AcceptanceReceipt,
    RefusalReceipt,
};

// What was printed, as recorded in the audit trail.
struct PrintRecord
{
    qint64 applicationId = 0;
    PrintedDocument document = PrintedDocument::Certificate;
    bool duplicate = false; // a reprint, marked ТЕЛНҰСҚА / ДУБЛИКАТ
    bool training = false;
    QString certificateNumber; // certificates only
    QDate issueDate;           // certificates only: the first print's date
    QString keyId;             // certificates only: the registry key of the QR's attestation
    QString deskKeyId;         // certificates only: the desk key that signed the QR
    QByteArray payload;        // certificates only: the signed QR payload
    ApplicationStatus status = ApplicationStatus::Draft; // after the print
    qint64 auditSeq = 0;                                 // the audit record of this print
    // Certificates: the blank the print consumed; for a preview, the one it would consume by
    // default (0 when none is on hand).
    qint64 blankSerial = 0;
    QString blankMessage; // a preview with no blank to propose: why (none on hand, none held)
};

// Prints the documents of an application in the journal on any paged device (a QPdfWriter in
// the CLI, a QPrinter in the desk), so that both share one path. Each print is painted inside
// one write transaction together with what it changes: the certificate number (issued once),
// the status (iin_assigned → certificate_printed on the first print) and the audit record
// (`application.printed`: document, original or duplicate, certificate number, blank serial) and,
// for a certificate, the security-paper blank it consumes (BlankLedger). If painting fails
// nothing is recorded and no blank is consumed. docs/certificate.md, docs/store.md.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    explicit DocumentPrinter(Database& database) : m_database(database) {}

    // The registration certificate: only for an application that has its IIN (iin_assigned;
    // certificate_printed or handed_over print a DUPLICATE). `print.no_iin` otherwise.
    Result<PrintRecord> printCertificate(qint64 id, QPagedPaintDevice* device,
                                         const PrintOptions& options);
    // The receipt of acceptance for a registered application, the receipt of refusal (each
    // missing document with its provision, in Kazakh and Russian) for one refused at intake.
    // A receipt printed before is printed again as a DUPLICATE.
    Result<PrintRecord> printReceipt(qint64 id, QPagedPaintDevice* device,
                                     const PrintOptions& options);

    // The same documents painted for a look before printing (the desk's print preview): read
    // only, nothing is recorded, no certificate number is issued. The page is what the print
    // would be (DUPLICATE when it would be a reprint) except that a certificate not printed yet
    // shows its number as a blank and its QR code is signed by a throwaway key, never by the
    // registry's, so that a picture of the preview is no certificate. The record answered
    // tells what the print would be (document, duplicate, status now; auditSeq 0).
    Result<PrintRecord> previewCertificate(qint64 id, QPagedPaintDevice* device,
                                           const PrintOptions& options);
    Result<PrintRecord> previewReceipt(qint64 id, QPagedPaintDevice* device,
                                       const PrintOptions& options);

    // "certificate", "acceptance_receipt", "refusal_receipt": the names in the audit trail.
    static QString documentName(PrintedDocument document);
    // "ALM01-02-2026-000017": office, desk, year of issue, sequence (docs/store.md).
    static QString certificateNumber(const QString& office, const QString& desk, int year,
                                     qint64 sequence);

private:
    enum class Mode
    {
        Print,
        Preview,
    };
    Result<PrintRecord> certificate(qint64 id, QPagedPaintDevice* device,
                                    const PrintOptions& options, Mode mode);
    Result<PrintRecord> receipt(qint64 id, QPagedPaintDevice* device, const PrintOptions& options,
                                Mode mode);

    Database& m_database;
};

} // namespace iin

#pragma once

#include "core/documents/ReprintReason.h"
#include "core/operators/Role.h"
#include "core/services/DocumentJobs.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class PrintPreviewDialog;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

// The print preview of one document of one application: the pages as they will come out
// (painted on the journal's thread, nothing recorded), then Print to the desk's printer (Enter)
// or Save as PDF. A certificate asks for the serial of its security-paper blank (the next one on
// hand, or of the clerk's own blanks, proposed) and cannot be printed when none is on hand; a
// DUPLICATE asks why it is printed again (docs/office.md). A print is recorded by the journal
// (certificate number, status, audit) only once it was painted without error; the dialog closes
// when it is done and says nothing has been recorded when it failed. Ctrl+Plus / Ctrl+Minus /
// Ctrl+0 zoom, Esc closes.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `job` says which document of which application (options filled in); `printerName` is the
    // desk's printer from the settings (empty: none configured); `role` decides whether a
    // reprint (DUPLICATE) may be printed.
    PrintPreviewDialog(StoreThread* journal, DocumentJob job, QString printerName, Role role,
                       QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    bool isReady() const { return m_preview.has_value(); }
    bool isBusy() const { return m_printing; }
    int pageCount() const { return int(m_pages.size()); }
    int zoomPercent() const { return m_zoom; }
    // What printing would be: the document, original or DUPLICATE (once the preview is ready).
    std::optional<PrintRecord> previewRecord() const { return m_preview; }
    QString summary() const;
    QString message() const;
    const DocumentJob& job() const { return m_job; }
    // Certificates: the serial of the blank the print will consume, as the clerk confirmed it.
    qint64 blankSerial() const;
    void setBlankSerial(qint64 serial);
    // A DUPLICATE certificate: the reason the clerk chose (none until chosen; Print waits for it).
    bool asksReprintReason() const;
    std::optional<ReprintReason> reprintReason() const;
    void setReprintReason(ReprintReason reason);

public slots:
    void print();
    void saveAsPdf();
    void zoomIn();
    void zoomOut();

signals:
    void previewShown();
    // The print is recorded; `where` is the printer's name or the PDF file.
    void printed(const iin::PrintRecord& record, const QString& where);
    void printFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void requestPreview();
    void onPreviewReady(const iin::DocumentPreview& preview);
    void onPreviewFailed(const QString& message);
    void onPrinted(const iin::PrintRecord& record);
    void onPrintFailed(const QString& message);
    void post(DocumentJob job, const QString& where);
    // The job with the blank the clerk confirmed (certificates).
    DocumentJob withBlank(DocumentJob job) const;
    void showPages();
    void setZoom(int percent);
    void updateButtons();
    // The preview shown, the role allowing it, nothing printing, a duplicate's reason chosen.
    bool mayPrintNow() const;
    void fillReprintReasons();
    void refreshTexts();
    QString suggestedFileName() const;

    std::unique_ptr<Ui::PrintPreviewDialog> m_ui;
    QPointer<StoreThread> m_journal;
    DocumentJob m_job;
    QString m_printerName;
    Role m_role;
    bool m_printing = false; // a print's answer is awaited
    QString m_printTarget;
    std::optional<PrintRecord> m_preview;
    QString m_previewError;
    QList<QImage> m_pages;
    int m_zoom = 75;
};

} // namespace iin::ui

#pragma once

#include "core/documents/DocumentPrinter.h"
#include "core/operators/Operator.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QInputDialog;
class QPagedPaintDevice;
class QWidget;

namespace iin {
class StoreThread;
} // namespace iin

namespace iin::ui {

class MessageBar;
class PrintPreviewDialog;

// Printing at the desk: opens the print preview of a document of an application in the journal
// with what the desk prints on it (the office names and the signing key from the settings, the
// signed-in operator, training or not), asks for an application by its number to print its
// certificate, and tells in the main window's message bar what was printed or why not.
// The main window owns it; the journal's thread does the reading and the painting.
class DeskPrinter : public QObject
{
    Q_OBJECT

public:
    DeskPrinter(QWidget* window, MessageBar* messageBar, const Operator& op);
    ~DeskPrinter() override;

    void setJournal(StoreThread* journal, const QString& officeCode);
    void setTraining(bool training) { m_training = training; }

    // Opens the preview (the clerk prints with Enter); nullptr, said in the message bar, when
    // the operator's role may not print that document or there is no journal.
    PrintPreviewDialog* preview(qint64 applicationId, PrintedDocument document);
    // "Print certificate…": asks for a registration number, IIN or id, finds the application
    // on the journal's thread and previews its certificate.
    QInputDialog* askForCertificate();

    // What the desk prints on its documents, from the settings and the operator.
    PrintOptions options() const;

    // The desk's printer from the settings, ready for a document of that title: full page, A4.
    // A clear message when none is configured or it is not available.
    static Result<std::shared_ptr<QPagedPaintDevice>> openPrinter(const QString& printerName,
                                                                  const QString& title);
    // Tests: the printer writes PDF to this file instead (empty: a real printer again).
    static void setPrinterOutputForTesting(const QString& pdfFile);

signals:
    void previewOpened(iin::ui::PrintPreviewDialog* dialog);
    void documentPrinted(const iin::PrintRecord& record);

private:
    void tellPrinted(const PrintRecord& record, const QString& where);

    QWidget* m_window;
    MessageBar* m_messageBar;
    Operator m_operator;
    QPointer<StoreThread> m_journal;
    QString m_officeCode;
    bool m_training = false;
    static QString s_testOutput;
};

} // namespace iin::ui

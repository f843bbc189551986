#include "ui/printing/DeskPrinter.h"

#include "core/desk/DeskSettings.h"
#include "core/services/StoreThread.h"
#include "core/usecases/FindApplication.h"
#include "ui/printing/PrintPreviewDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QInputDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace iin::ui {

QString DeskPrinter::s_testOutput;

DeskPrinter::DeskPrinter(QWidget* window, MessageBar* messageBar, const Operator& op)
    : QObject(window), m_window(window), m_messageBar(messageBar), m_operator(op)
{
}

DeskPrinter::~DeskPrinter() = default;

void DeskPrinter::setJournal(StoreThread* journal, const QString& officeCode)
{
    m_journal = journal;
    m_officeCode = officeCode;
}

PrintOptions DeskPrinter::options() const
{
    const DeskSettings settings = DeskSettings::load(QSettings());
    PrintOptions o;
    o.operatorId = m_operator.login;
    o.officer = m_operator.fullName.isEmpty() ? m_operator.login : m_operator.fullName;
    // One name given serves both languages; none: the office code, as on the numbers.
    const QString kk = settings.officeNameKk.trimmed();
    const QString ru = settings.officeNameRu.trimmed();
    o.office = {kk.isEmpty() ? ru : kk, ru.isEmpty() ? kk : ru};
    if (o.office.isEmpty())
        o.office = {m_officeCode, m_officeCode};
    o.training = m_training;
    return o;
}

PrintPreviewDialog* DeskPrinter::preview(qint64 applicationId, PrintedDocument document)
{
    const Role role = m_operator.role;
    const bool allowed = document == PrintedDocument::Certificate
                             ? roleMay(role, Permission::PrintCertificate) ||
                                   roleMay(role, Permission::ReprintCertificate)
                             : roleMay(role, Permission::PrintReceipts);
    if (!allowed) {
        m_messageBar->showMessage(tr("Your role may not print this document."));
        return nullptr;
    }
    if (!m_journal) {
        m_messageBar->showMessage(tr("The journal is not open on this desk: nothing can be "
                                     "printed."));
        return nullptr;
    }
    const DeskSettings settings = DeskSettings::load(QSettings());
    DocumentJob job;
    job.applicationId = applicationId;
    job.document = document;
    job.options = options();
    job.deskKeyFile = settings.deskKeyFile;
    auto* dialog =
        new PrintPreviewDialog(m_journal, job, settings.printerName.trimmed(), role, m_window);
    connect(dialog, &PrintPreviewDialog::printed, this, &DeskPrinter::tellPrinted);
    connect(dialog, &PrintPreviewDialog::printFailed, this,
            [this](const QString& message) { m_messageBar->showMessage(message); });
    // Back to the desk's window afterwards, so that its shortcuts work at once.
    connect(dialog, &QDialog::finished, m_window,
            [window = m_window] { window->activateWindow(); });
    dialog->open();
    emit previewOpened(dialog);
    return dialog;
}

QInputDialog* DeskPrinter::askForCertificate()
{
    if (!roleMay(m_operator.role, Permission::PrintCertificate) &&
        !roleMay(m_operator.role, Permission::ReprintCertificate)) {
        m_messageBar->showMessage(tr("Your role may not print certificates."));
        return nullptr;
    }
    auto* ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("printCertificateInputDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Print certificate"));
    ask->setLabelText(tr("&Registration number, IIN or application id:"));
    ask->setAccessibleName(tr("Print certificate"));
    ask->setInputMode(QInputDialog::TextInput);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (!m_journal || text.trimmed().isEmpty())
            return;
        // FindApplication: the one policy (id, number, IIN or document number).
        StoreThread* journal = m_journal;
        journal->run(
            this,
            [text = text.trimmed()](StoreContext& c) {
                return FindApplication::run(c.database(), text);
            },
            [this, journal](Result<JournalEntry> entry) {
                if (journal != m_journal)
                    return; // asked of a journal since replaced
                if (!entry) {
                    m_messageBar->showMessage(entry.errorMessage());
                    return;
                }
                m_messageBar->clearMessage();
                preview(entry->id, PrintedDocument::Certificate);
            });
        m_messageBar->showMessage(tr("Looking for the application…"),
                                  MessageBar::Kind::Information);
    });
    ask->open();
    return ask;
}

void DeskPrinter::tellPrinted(const PrintRecord& record, const QString& where)
{
    QString text;
    switch (record.document) {
    case PrintedDocument::Certificate:
        text = record.duplicate
                   ? tr("A duplicate of certificate %1 was printed (%2).")
                   : tr("Certificate %1 was printed (%2); the application is now \"certificate "
                        "printed\".");
        text = text.arg(record.certificateNumber, where);
        break;
    case PrintedDocument::AcceptanceReceipt:
        text = (record.duplicate ? tr("A duplicate of the receipt of acceptance was printed (%1).")
                                 : tr("The receipt of acceptance was printed (%1)."))
                   .arg(where);
        break;
    case PrintedDocument::RefusalReceipt:
        text = (record.duplicate ? tr("A duplicate of the receipt of refusal was printed (%1).")
                                 : tr("The receipt of refusal was printed (%1)."))
                   .arg(where);
        break;
    }
    m_messageBar->showMessage(text, MessageBar::Kind::Positive);
    emit documentPrinted(record);
}

Result<std::shared_ptr<QPagedPaintDevice>> DeskPrinter::openPrinter(const QString& printerName,
                                                                    const QString& title)
{
    std::shared_ptr<QPrinter> printer;
    if (!s_testOutput.isEmpty()) {
        printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(s_testOutput);
    } else {
        if (printerName.trimmed().isEmpty())
            return Error{QStringLiteral("print.no_printer"),
                         tr("No printer is configured for this desk (File > Settings > "
                            "Printer).")};
        const QPrinterInfo info = QPrinterInfo::printerInfo(printerName.trimmed());
        if (info.isNull())
            return Error{QStringLiteral("print.printer_unavailable"),
                         tr("The printer \"%1\" is not available on this computer: check that "
                            "it is installed, switched on and connected.")
                             .arg(printerName)};
        printer = std::make_shared<QPrinter>(info, QPrinter::HighResolution);
        if (!printer->isValid())
            return Error{QStringLiteral("print.printer_unavailable"),
                         tr("The printer \"%1\" cannot be used now.").arg(printerName)};
    }
    // The layouts keep their own margins on an A4 page.
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setDocName(title);
    printer->setCreator(QStringLiteral("IIN Desk"));
    return std::shared_ptr<QPagedPaintDevice>(std::move(printer));
}

void DeskPrinter::setPrinterOutputForTesting(const QString& pdfFile)
{
    s_testOutput = pdfFile;
}

} // namespace iin::ui

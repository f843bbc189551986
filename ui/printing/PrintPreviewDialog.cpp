#include "ui/printing/PrintPreviewDialog.h"
#include "ui_PrintPreviewDialog.h"

#include "core/documents/DocumentFonts.h"
#include "core/services/StoreThread.h"
#include "ui/printing/DeskPrinter.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>

namespace iin::ui {

namespace {

constexpr int ZoomLevels[] = {40, 50, 67, 75, 90, 100, 125, 150, 200, 300};

QString documentText(PrintedDocument document)
{
    switch (document) {
    case PrintedDocument::Certificate:
        return PrintPreviewDialog::tr("Registration certificate");
    case PrintedDocument::AcceptanceReceipt:
        return PrintPreviewDialog::tr("Receipt of acceptance");
    case PrintedDocument::RefusalReceipt:
        return PrintPreviewDialog::tr("Receipt of refusal");
    }
    return {};
}

bool mayPrint(Role role, const PrintRecord& record)
{
    switch (record.document) {
    case PrintedDocument::Certificate:
        // A certificate is printed on a blank on hand, none otherwise.
        return record.blankSerial > 0 &&
               roleMay(role, record.duplicate ? Permission::ReprintCertificate
                                              : Permission::PrintCertificate);
    case PrintedDocument::AcceptanceReceipt:
    case PrintedDocument::RefusalReceipt:
        return roleMay(role, Permission::PrintReceipts);
    }
    return false;
}

} // namespace

PrintPreviewDialog::PrintPreviewDialog(StoreThread* journal, DocumentJob job, QString printerName,
                                       Role role, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrintPreviewDialog>()), m_journal(journal),
      m_job(std::move(job)), m_printerName(std::move(printerName)), m_role(role)
{
    m_ui->setupUi(this);
    m_ui->pagesScrollArea->setBackgroundRole(QPalette::Dark);
    m_ui->printButton->setDefault(true);
    connect(m_ui->printButton, &QPushButton::clicked, this, &PrintPreviewDialog::print);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &PrintPreviewDialog::saveAsPdf);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->zoomInButton, &QPushButton::clicked, this, &PrintPreviewDialog::zoomIn);
    connect(m_ui->zoomOutButton, &QPushButton::clicked, this, &PrintPreviewDialog::zoomOut);
    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &PrintPreviewDialog::zoomIn);
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, this,
            &PrintPreviewDialog::zoomOut);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this), &QShortcut::activated, this,
            [this] { setZoom(100); });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &PrintPreviewDialog::print);
    // The pages scroll whichever button has the focus.
    QScrollBar* scroll = m_ui->pagesScrollArea->verticalScrollBar();
    connect(new QShortcut(QKeySequence(Qt::Key_PageDown), this), &QShortcut::activated, scroll,
            [scroll] { scroll->triggerAction(QAbstractSlider::SliderPageStepAdd); });
    connect(new QShortcut(QKeySequence(Qt::Key_PageUp), this), &QShortcut::activated, scroll,
            [scroll] { scroll->triggerAction(QAbstractSlider::SliderPageStepSub); });
    // A dialog closed while its print is still being painted stays until the answer came, so
    // that the answer is still told (DeskPrinter shows it in the main window).
    connect(this, &QDialog::finished, this, [this] {
        if (!isBusy())
            deleteLater();
    });
    const int width = fontMetrics().averageCharWidth() * 100;
    int height = fontMetrics().height() * 45;
    if (const QScreen* s = screen())
        height = std::min(height, s->availableGeometry().height() * 9 / 10);
    resize(width, height);
    // The blank's serial is asked for certificates only, once the preview says which is next.
    // The spin box's own line edit takes the focus: it carries the name for the screen reader.
    if (auto* edit = m_ui->blankSerialSpinBox->findChild<QLineEdit*>())
        edit->setAccessibleName(m_ui->blankSerialSpinBox->accessibleName());
    m_ui->blankSerialLabel->setVisible(false);
    m_ui->blankSerialSpinBox->setVisible(false);
    // A duplicate's reason is chosen by the clerk, never defaulted: the supervisor reads it in
    // the report of reprints.
    fillReprintReasons();
    m_ui->reprintReasonLabel->setVisible(false);
    m_ui->reprintReasonCombo->setVisible(false);
    connect(m_ui->reprintReasonCombo, &QComboBox::currentIndexChanged, this,
            [this] { updateButtons(); });
    refreshTexts();
    updateButtons();
    // The documents' fonts are registered here, on the application's thread, before the
    // journal's thread paints with them (the desk registers them once its window is up; a
    // window made without the session, as in the tests, registers them at its first print).
    DocumentFonts::ensureRegistered();
    requestPreview();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

QString PrintPreviewDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

qint64 PrintPreviewDialog::blankSerial() const
{
    return m_ui->blankSerialSpinBox->value();
}

void PrintPreviewDialog::setBlankSerial(qint64 serial)
{
    m_ui->blankSerialSpinBox->setValue(int(serial));
}

bool PrintPreviewDialog::asksReprintReason() const
{
    return m_preview && m_preview->document == PrintedDocument::Certificate && m_preview->duplicate;
}

std::optional<ReprintReason> PrintPreviewDialog::reprintReason() const
{
    return reprintReasonFrom(m_ui->reprintReasonCombo->currentData().toString());
}

void PrintPreviewDialog::setReprintReason(ReprintReason reason)
{
    m_ui->reprintReasonCombo->setCurrentIndex(
        m_ui->reprintReasonCombo->findData(reprintReasonCode(reason)));
}

void PrintPreviewDialog::fillReprintReasons()
{
    QComboBox* combo = m_ui->reprintReasonCombo;
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("Choose the reason…"));
    for (ReprintReason reason : reprintReasons())
        combo->addItem(ReprintReasonLabels::label(reason), reprintReasonCode(reason));
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

bool PrintPreviewDialog::mayPrintNow() const
{
    return m_preview && mayPrint(m_role, *m_preview) && !isBusy() &&
           (!asksReprintReason() || reprintReason().has_value());
}

QString PrintPreviewDialog::message() const
{
    return m_ui->messageBar->text();
}

void PrintPreviewDialog::requestPreview()
{
    if (!m_journal) {
        m_previewError = tr("The journal is not open on this desk.");
        m_ui->messageBar->showMessage(m_previewError);
        refreshTexts();
        return;
    }
    m_journal->run(
        this, [job = m_job](StoreContext& c) { return DocumentJobs::preview(c, job); },
        [this](Result<DocumentPreview> preview) {
            if (preview)
                onPreviewReady(*preview);
            else
                onPreviewFailed(preview.errorMessage());
        });
}

void PrintPreviewDialog::onPreviewReady(const DocumentPreview& preview)
{
    const PrintRecord& record = preview.record;
    m_preview = record;
    m_pages = preview.pages;
    showPages();
    // A reprint needs its own permission: it puts a second certificate into the world.
    if (record.document == PrintedDocument::Certificate &&
        !roleMay(m_role,
                 record.duplicate ? Permission::ReprintCertificate : Permission::PrintCertificate))
        m_ui->messageBar->showMessage(
            record.duplicate ? tr("This certificate was printed before; your role may not print "
                                  "a duplicate.")
                             : tr("Your role may not print certificates."),
            MessageBar::Kind::Warning);
    if (record.document == PrintedDocument::Certificate) {
        // The clerk confirms the serial of the blank in the printer (docs/office.md).
        const bool onHand = record.blankSerial > 0;
        m_ui->blankSerialLabel->setVisible(onHand);
        m_ui->blankSerialSpinBox->setVisible(onHand);
        if (onHand)
            m_ui->blankSerialSpinBox->setValue(int(record.blankSerial));
        else
            m_ui->messageBar->showMessage(
                !record.blankMessage.isEmpty()
                    ? record.blankMessage
                    : tr("No security-paper blank is on hand: a supervisor must receive a range "
                         "of blanks before certificates can be printed."),
                MessageBar::Kind::Warning);
        m_ui->reprintReasonLabel->setVisible(record.duplicate);
        m_ui->reprintReasonCombo->setVisible(record.duplicate);
    }
    refreshTexts();
    updateButtons();
    if (asksReprintReason() && mayPrint(m_role, record))
        m_ui->reprintReasonCombo->setFocus();
    else if (m_ui->printButton->isEnabled())
        m_ui->printButton->setFocus();
    emit previewShown();
}

void PrintPreviewDialog::onPrinted(const PrintRecord& record)
{
    emit printed(record, m_printTarget);
    if (isVisible())
        accept();
    else
        deleteLater();
}

void PrintPreviewDialog::onPreviewFailed(const QString& message)
{
    m_previewError = message;
    m_ui->messageBar->showMessage(message);
    refreshTexts();
    updateButtons();
    m_ui->closeButton->setFocus();
    emit previewShown();
}

void PrintPreviewDialog::onPrintFailed(const QString& message)
{
    const QString text =
        tr("The document was not printed: %1 Nothing was recorded; you can try again.")
            .arg(message);
    m_ui->messageBar->showMessage(text);
    updateButtons();
    emit printFailed(text);
    if (!isVisible())
        deleteLater();
}

void PrintPreviewDialog::updateButtons()
{
    const bool may = mayPrintNow();
    m_ui->printButton->setEnabled(may);
    m_ui->savePdfButton->setEnabled(may);
    m_ui->zoomInButton->setEnabled(!m_pages.isEmpty());
    m_ui->zoomOutButton->setEnabled(!m_pages.isEmpty());
}

void PrintPreviewDialog::print()
{
    if (!mayPrintNow())
        return;
    Result<std::shared_ptr<QPagedPaintDevice>> printer =
        DeskPrinter::openPrinter(m_printerName, DocumentJobs::documentTitle(m_preview->document));
    if (!printer) {
        m_ui->messageBar->showMessage(printer.errorMessage(), MessageBar::Kind::Warning);
        if (MessageBox::question(this, tr("Print"),
                                 printer.errorMessage() + QStringLiteral("\n\n") +
                                     tr("Save the document as PDF instead?"),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes)
            saveAsPdf();
        return;
    }
    DocumentJob job = withBlank(m_job);
    job.pdfPath.clear();
    job.device = std::move(printer).value();
    post(std::move(job), m_printerName);
}

void PrintPreviewDialog::saveAsPdf()
{
    if (!mayPrintNow())
        return;
    QString path = FileDialog::saveFileName(this, tr("Save as PDF"), suggestedFileName(),
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    DocumentJob job = withBlank(m_job);
    job.device.reset();
    job.pdfPath = path;
    post(std::move(job), QDir::toNativeSeparators(path));
}

DocumentJob PrintPreviewDialog::withBlank(DocumentJob job) const
{
    if (m_preview && m_preview->document == PrintedDocument::Certificate)
        job.options.blankSerial = m_ui->blankSerialSpinBox->value();
    if (asksReprintReason())
        job.options.reprintReason = reprintReason();
    return job;
}

void PrintPreviewDialog::post(DocumentJob job, const QString& where)
{
    if (!m_journal)
        return;
    m_printTarget = where;
    m_printing = true;
    m_journal->run(
        this, [job = std::move(job)](StoreContext& c) { return DocumentJobs::print(c, job); },
        [this](Result<PrintRecord> record) {
            m_printing = false;
            if (record)
                onPrinted(*record);
            else
                onPrintFailed(record.errorMessage());
        });
    m_ui->messageBar->showMessage(tr("Printing…"), MessageBar::Kind::Information);
    updateButtons();
}

QString PrintPreviewDialog::suggestedFileName() const
{
    QString name;
    switch (m_preview ? m_preview->document : m_job.document) {
    case PrintedDocument::Certificate:
        name = QStringLiteral("certificate");
        break;
    case PrintedDocument::AcceptanceReceipt:
        name = QStringLiteral("receipt");
        break;
    case PrintedDocument::RefusalReceipt:
        name = QStringLiteral("refusal");
        break;
    }
    return QStringLiteral("%1-%2.pdf").arg(name).arg(m_job.applicationId);
}

void PrintPreviewDialog::zoomIn()
{
    for (int level : ZoomLevels) {
        if (level > m_zoom) {
            setZoom(level);
            return;
        }
    }
}

void PrintPreviewDialog::zoomOut()
{
    int previous = 0;
    for (int level : ZoomLevels) {
        if (level >= m_zoom)
            break;
        previous = level;
    }
    if (previous > 0)
        setZoom(previous);
}

void PrintPreviewDialog::setZoom(int percent)
{
    m_zoom = percent;
    showPages();
}

void PrintPreviewDialog::showPages()
{
    QLayout* layout = m_ui->pagesWidget->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int count = int(m_pages.size());
    for (int i = 0; i < count; ++i) {
        const QImage& page = m_pages.at(i);
        auto* label = new QLabel(m_ui->pagesWidget);
        label->setObjectName(QStringLiteral("page%1Label").arg(i + 1));
        label->setPixmap(QPixmap::fromImage(page.scaledToWidth(
            std::max(1, page.width() * m_zoom / 100), Qt::SmoothTransformation)));
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(count));
        label->setFrameShape(QFrame::Box);
        layout->addWidget(label);
        layout->setAlignment(label, Qt::AlignHCenter);
    }
    m_ui->zoomLabel->setText(QStringLiteral("%1%").arg(m_zoom));
    m_ui->zoomLabel->setAccessibleDescription(m_ui->zoomLabel->text());
}

void PrintPreviewDialog::refreshTexts()
{
    const PrintedDocument document = m_preview ? m_preview->document : m_job.document;
    setWindowTitle(tr("Print preview — %1").arg(documentText(document)));
    QString text;
    if (m_preview) {
        text = tr("%1 of application %2: %n page(s).", nullptr, int(m_pages.size()))
                   .arg(documentText(m_preview->document))
                   .arg(m_preview->applicationId);
        if (m_preview->duplicate)
            text += u' ' + tr("It was printed before: this print is a DUPLICATE.");
        if (m_preview->document == PrintedDocument::Certificate && !m_preview->duplicate)
            text += u' ' + tr("The certificate number is issued when it is printed.");
        if (m_preview->training)
            text += u' ' + tr("Training document: it has no legal force.");
        text +=
            u' ' + (m_printerName.isEmpty() ? tr("No printer is configured: save it as PDF.")
                                            : tr("Press Enter to print on %1.").arg(m_printerName));
    } else if (!m_previewError.isEmpty()) {
        text = tr("The document cannot be shown.");
    } else {
        text = tr("Preparing the preview…");
    }
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->setAccessibleDescription(text);
}

void PrintPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (auto* edit = m_ui->blankSerialSpinBox->findChild<QLineEdit*>())
            edit->setAccessibleName(m_ui->blankSerialSpinBox->accessibleName());
        fillReprintReasons();
        refreshTexts();
        showPages();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

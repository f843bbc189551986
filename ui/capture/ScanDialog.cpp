#include "ui/capture/ScanDialog.h"
#include "ui_ScanDialog.h"

#include "core/atrest/DraftScans.h"
#include "core/capture/ScanPdf.h"
#include "core/capture/ScannerChoice.h"
#include "core/capture/ScannerErrors.h"
#include "core/capture/ScannerService.h"
#include "core/services/BackgroundJob.h"
#include "ui/widgets/MessageBar.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace iin::ui {

namespace {

constexpr int ThumbnailSize = 160;
constexpr int Resolutions[] = {150, 200, 300, 400, 600};

QImage thumbnailOf(const QImage& image)
{
    return image.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                        Qt::SmoothTransformation);
}

} // namespace

ScanDialog::ScanDialog(QWidget* parent, QString folder)
    : QDialog(parent), m_ui(std::make_unique<Ui::ScanDialog>()),
      m_scanner(new ScannerService(this)), m_folder(std::move(folder))
{
    m_ui->setupUi(this);
    m_ui->pagesListWidget->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    const ScannerChoice choice = ScannerChoice::load(QSettings());
    for (int dpi : Resolutions)
        m_ui->resolutionComboBox->addItem(tr("%1 dpi").arg(dpi), dpi);
    const int dpiIndex = m_ui->resolutionComboBox->findData(choice.dpi);
    m_ui->resolutionComboBox->setCurrentIndex(
        dpiIndex >= 0 ? dpiIndex : m_ui->resolutionComboBox->findData(ScannerChoice::DefaultDpi));
    (choice.feeder ? m_ui->feederRadioButton : m_ui->onePageRadioButton)->setChecked(true);

    connect(m_scanner, &ScannerService::devicesListed, this, &ScanDialog::showDevices);
    connect(m_scanner, &ScannerService::pageScanned, this, &ScanDialog::addPage);
    connect(m_scanner, &ScannerService::scanFinished, this, &ScanDialog::scanDone);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ScanDialog::lookForDevices);
    connect(m_ui->scanButton, &QPushButton::clicked, this, &ScanDialog::scan);
    connect(m_ui->cancelScanButton, &QPushButton::clicked, m_scanner, &ScannerService::cancel);
    connect(m_ui->rotateLeftButton, &QPushButton::clicked, this, [this] { rotateSelected(-1); });
    connect(m_ui->rotateRightButton, &QPushButton::clicked, this, [this] { rotateSelected(1); });
    connect(m_ui->removePageButton, &QPushButton::clicked, this, &ScanDialog::removeSelected);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &ScanDialog::attach);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->pagesListWidget, &QListWidget::currentRowChanged, this,
            &ScanDialog::updateButtons);
    connect(m_ui->deviceComboBox, &QComboBox::currentIndexChanged, this,
            &ScanDialog::updateButtons);
    m_ui->scanButton->setDefault(true);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
    lookForDevices();
}

// The service's thread stops with it: a scan under way is cancelled first.
ScanDialog::~ScanDialog() = default;

ScannedPages ScanDialog::pages() const
{
    ScannedPages pages;
    for (const Page& p : m_pages)
        pages.append(p.page);
    return pages;
}

void ScanDialog::lookForDevices()
{
    if (m_lookingForDevices)
        return;
    m_lookingForDevices = true;
    m_ui->deviceComboBox->clear();
    m_ui->deviceComboBox->addItem(tr("Looking for scanners…"));
    m_ui->deviceComboBox->setEnabled(false);
    updateButtons();
    m_scanner->listDevices();
}

void ScanDialog::showDevices(const Result<ScanDevices>& devices)
{
    m_lookingForDevices = false;
    QComboBox* combo = m_ui->deviceComboBox;
    combo->clear();
    if (!devices) {
        m_ui->messageBar->showMessage(devices.errorMessage());
    } else if (devices->isEmpty()) {
        m_ui->messageBar->showMessage(tr("No scanner was found. Check that it is switched on and "
                                         "connected, then look again."),
                                      MessageBar::Kind::Warning);
    } else {
        const QString last = ScannerChoice::load(QSettings()).device;
        for (const ScanDevice& d : *devices)
            combo->addItem(d.displayName(), d.name);
        const int index = combo->findData(last);
        combo->setCurrentIndex(std::max(0, index));
        combo->setEnabled(true);
    }
    updateButtons();
    if (m_scanWhenReady && combo->count() > 0) {
        m_scanWhenReady = false;
        scan();
    }
}

void ScanDialog::scanOnePageWhenReady()
{
    m_ui->onePageRadioButton->setChecked(true);
    if (m_scanning)
        return;
    if (m_lookingForDevices || m_ui->deviceComboBox->count() == 0) {
        m_scanWhenReady = true;
        if (!m_lookingForDevices)
            lookForDevices();
        return;
    }
    scan();
}

void ScanDialog::scan()
{
    const QString device = m_ui->deviceComboBox->currentData().toString();
    if (m_scanning || device.isEmpty())
        return;
    ScannerChoice choice;
    choice.device = device;
    choice.dpi = m_ui->resolutionComboBox->currentData().toInt();
    choice.feeder = m_ui->feederRadioButton->isChecked();
    QSettings settings;
    choice.save(settings);

    ScanRequest request;
    request.device = device;
    request.dpi = choice.dpi;
    request.mode = ScanMode::Color;
    request.source = choice.feeder ? ScanSource::Feeder : ScanSource::Flatbed;
    request.pages = choice.feeder ? 0 : 1;
    request.options = m_backendOptions;
    m_scanning = true;
    m_scannedThisTime = 0;
    m_ui->messageBar->clearMessage();
    m_ui->progressLabel->setText(tr("Scanning…"));
    updateButtons();
    m_scanner->scan(request);
}

void ScanDialog::addPage(const ScannedPage& page)
{
    ++m_scannedThisTime;
    m_ui->progressLabel->setText(tr("Scanning… %n page(s) so far", nullptr, m_scannedThisTime));
    const quint64 id = m_nextId++;
    m_pages.append({id, page, {}});
    showPages();
    m_ui->pagesListWidget->setCurrentRow(int(m_pages.size()) - 1);
    emit pageScanned(page.image);
    // The thumbnail is scaled off the UI thread (a 300-dpi page is 25 MB of pixels).
    BackgroundJob::run(
        this, [image = page.image] { return thumbnailOf(image); },
        [this, id](const QImage& thumbnail) {
            for (Page& p : m_pages)
                if (p.id == id)
                    p.thumbnail = thumbnail;
            showPages();
        });
}

void ScanDialog::scanDone(const ScanOutcome& outcome)
{
    m_scanning = false;
    m_ui->progressLabel->clear();
    if (outcome.error) {
        QString text = outcome.error->message;
        if (!m_pages.isEmpty())
            text +=
                u' ' + tr("The %n page(s) scanned before are kept.", nullptr, int(m_pages.size()));
        m_ui->messageBar->showMessage(text, outcome.error->code == ScannerErrors::Cancelled
                                                ? MessageBar::Kind::Information
                                                : MessageBar::Kind::Error);
    }
    updateButtons();
    if (m_ui->attachButton->isEnabled()) {
        m_ui->attachButton->setDefault(true);
        m_ui->attachButton->setFocus();
    }
}

void ScanDialog::rotateSelected(int quarterTurns)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const quint64 id = m_pages.at(index).id;
    ++m_rotating;
    updateButtons();
    BackgroundJob::run(
        this,
        [page = m_pages.at(index).page, quarterTurns] {
            const ScannedPage turned = page.rotated(quarterTurns);
            return std::make_pair(turned, thumbnailOf(turned.image));
        },
        [this, id](const std::pair<ScannedPage, QImage>& turned) {
            --m_rotating;
            for (Page& p : m_pages) {
                if (p.id == id) {
                    p.page = turned.first;
                    p.thumbnail = turned.second;
                }
            }
            showPages();
            updateButtons();
        });
}

void ScanDialog::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    m_pages.removeAt(index);
    showPages();
    m_ui->pagesListWidget->setCurrentRow(std::min(index, int(m_pages.size()) - 1));
    updateButtons();
}

QString ScanDialog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/scans");
}

QString ScanDialog::folder() const
{
    return m_folder.isEmpty() ? defaultFolder() : m_folder;
}

void ScanDialog::attach()
{
    if (m_pages.isEmpty() || m_writing || m_scanning || m_rotating > 0)
        return;
    m_writing = true;
    updateButtons();
    m_ui->progressLabel->setText(tr("Writing the PDF…"));
    const QString path = folder() + QStringLiteral("/scan-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
                         QUuid::createUuid().toString(QUuid::Id128).left(8) +
                         QStringLiteral(".pdf");
    // The pages attached are the ones shown now; pages scanned while the PDF is written stay.
    QList<quint64> ids;
    for (const Page& p : std::as_const(m_pages))
        ids.append(p.id);
    BackgroundJob::run(
        this,
        [pages = pages(), path, dir = folder()]() -> Status {
            if (!QDir().mkpath(dir))
                return Error{QStringLiteral("scan_pdf.write"),
                             tr("The folder %1 cannot be created.").arg(dir)};
            // Kept encrypted until registration moves it into the journal (docs/at-rest.md).
            Result<QByteArray> pdf = ScanPdf::toPdf(pages);
            if (!pdf)
                return pdf.error();
            return DraftScans::write(path, *pdf);
        },
        [this, path, ids](const Status& written) {
            m_writing = false;
            m_ui->progressLabel->clear();
            if (!written) {
                m_ui->messageBar->showMessage(written.errorMessage());
                updateButtons();
                return;
            }
            m_pages.erase(std::remove_if(m_pages.begin(), m_pages.end(),
                                         [&](const Page& p) { return ids.contains(p.id); }),
                          m_pages.end());
            showPages();
            updateButtons();
            emit attachRequested(path);
            if (m_pages.isEmpty())
                accept();
        });
}

void ScanDialog::showPages()
{
    QListWidget* list = m_ui->pagesListWidget;
    const int row = list->currentRow();
    list->clear();
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page& p = m_pages.at(i);
        auto* item = new QListWidgetItem(tr("Page %1").arg(i + 1), list);
        if (!p.thumbnail.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(p.thumbnail)));
        item->setToolTip(tr("%1 × %2 pixels, %3 dpi")
                             .arg(p.page.image.width())
                             .arg(p.page.image.height())
                             .arg(p.page.dpi));
    }
    list->setCurrentRow(std::min(row, int(list->count()) - 1));
}

void ScanDialog::updateButtons()
{
    const bool haveDevice = !m_ui->deviceComboBox->currentData().toString().isEmpty();
    const bool selected = selectedIndex() >= 0;
    m_ui->scanButton->setEnabled(haveDevice && !m_scanning && !m_lookingForDevices);
    m_ui->cancelScanButton->setEnabled(m_scanning);
    m_ui->refreshButton->setEnabled(!m_scanning && !m_lookingForDevices);
    const bool busy = m_writing || m_rotating > 0;
    m_ui->rotateLeftButton->setEnabled(selected && !busy);
    m_ui->rotateRightButton->setEnabled(selected && !busy);
    m_ui->removePageButton->setEnabled(selected && !busy);
    m_ui->attachButton->setEnabled(!m_pages.isEmpty() && !m_scanning && !busy);
}

int ScanDialog::selectedIndex() const
{
    const int row = m_ui->pagesListWidget->currentRow();
    return row >= 0 && row < m_pages.size() ? row : -1;
}

void ScanDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showPages();
    }
    QDialog::changeEvent(event);
}

// Closing while a scan runs stops it; the pages already scanned stay for the next opening.
void ScanDialog::closeEvent(QCloseEvent* event)
{
    m_scanner->cancel();
    QDialog::closeEvent(event);
}

void ScanDialog::reject()
{
    m_scanner->cancel();
    QDialog::reject();
}

} // namespace iin::ui

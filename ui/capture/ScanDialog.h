#pragma once

#include "core/capture/ScanDevice.h"
#include "core/capture/ScanRequest.h"
#include "core/capture/ScannedPage.h"

#include <QDialog>
#include <QImage>

#include <memory>

namespace Ui {
class ScanDialog;
}

namespace iin {
class ScannerService;
}

namespace iin::ui {

// Scanning at the counter: the scanners found (off the UI thread; the last one used is chosen
// again), resolution, one page or the whole feeder, the pages as they come in, turned or removed,
// and "Attach", which writes them as one PDF and hands its path over by attachRequested().
// A scanner error leaves every page scanned before it in the dialog; closing the dialog without
// attaching keeps them for when it is opened again (the intake form keeps the dialog).
class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    // `folder`: where the attached PDFs are written; empty: "<user data folder>/scans".
    explicit ScanDialog(QWidget* parent = nullptr, QString folder = {});
    ~ScanDialog() override;

    // "<user data folder>/scans": where the intake's scans wait until the application is
    // registered (the journal keeps its own copy) or discarded; the form then removes them.
    static QString defaultFolder();

    int pageCount() const { return int(m_pages.size()); }
    ScannedPages pages() const;
    // Backend options added to every scan (as scanimage's --name value), e.g. a training desk's
    // `filename` for the pnm backend.
    void setBackendOptions(const QList<ScanOption>& options) { m_backendOptions = options; }
    bool isScanning() const { return m_scanning; }
    // Scans one page from the glass as soon as a scanner is chosen (the last one used, found
    // off the UI thread): "Scan passport" at the intake is one key. Attach is then the default
    // button, so Enter attaches what was scanned.
    void scanOnePageWhenReady();

public slots:
    void reject() override;

signals:
    // Each page as soon as it is scanned (for reading a passport page's MRZ on the way).
    void pageScanned(const QImage& image);
    // The pages written as one PDF at `path`; the dialog is then empty and closes.
    void attachRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Page
    {
        quint64 id = 0;
        ScannedPage page;
        QImage thumbnail;
    };

    void lookForDevices();
    void showDevices(const Result<ScanDevices>& devices);
    void scan();
    void addPage(const ScannedPage& page);
    void scanDone(const ScanOutcome& outcome);
    void rotateSelected(int quarterTurns);
    void removeSelected();
    void attach();
    void showPages();
    void updateButtons();
    int selectedIndex() const;
    QString folder() const;

    std::unique_ptr<Ui::ScanDialog> m_ui;
    ScannerService* m_scanner;
    QString m_folder;
    QList<Page> m_pages;
    QList<ScanOption> m_backendOptions;
    quint64 m_nextId = 1;
    bool m_lookingForDevices = false;
    bool m_scanning = false;
    bool m_scanWhenReady = false;
    bool m_writing = false;
    int m_rotating = 0; // turns under way on the thread pool: no PDF until they are done
    int m_scannedThisTime = 0;
};

} // namespace iin::ui

#pragma once

#include "core/base/Result.h"
#include "core/capture/ScanDevice.h"
#include "core/capture/ScanRequest.h"
#include "core/capture/ScannedPage.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace iin {

class SaneScanner;

// ScannerService's side on the worker thread: it owns the SaneScanner (made on the first
// request, so that sane_init runs on that thread too) and answers by signals.
class ScannerWorker : public QObject
{
    Q_OBJECT

public:
    explicit ScannerWorker(std::shared_ptr<std::atomic_bool> cancel);
    ~ScannerWorker() override;

public slots:
    void listDevices();
    void scan(const iin::ScanRequest& request);
    void finish(); // closes SANE before the thread ends

signals:
    void devicesListed(const iin::Result<iin::ScanDevices>& devices);
    void pageScanned(const iin::ScannedPage& page);
    void scanFinished(const iin::ScanOutcome& outcome);

private:
    SaneScanner& sane();

    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<SaneScanner> m_sane;
};

} // namespace iin

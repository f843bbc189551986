#pragma once

#include "core/base/Result.h"
#include "core/capture/ScanDevice.h"
#include "core/capture/ScanRequest.h"
#include "core/capture/ScannedPage.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace iin {

class ScannerWorker;

// The desk's scanners on a thread of their own: every SANE call (discovery can take seconds,
// a page tens of seconds) runs on one worker thread, one request after another, as SANE is not
// thread-safe. Answers arrive as signals on the thread that owns the service.
class ScannerService : public QObject
{
    Q_OBJECT

public:
    explicit ScannerService(QObject* parent = nullptr);
    ~ScannerService() override; // cancels a scan under way and waits for the thread

    // Answered by devicesListed().
    void listDevices();
    // Answered by pageScanned() for each page as it is read, then scanFinished(). A second scan
    // asked while one runs waits for it.
    void scan(const ScanRequest& request);
    // Stops the scan under way between two reads; scanFinished() follows with the pages read
    // before and the error "scanner.cancelled".
    void cancel();
    bool isScanning() const { return m_scansPending > 0; }

signals:
    void devicesListed(const iin::Result<iin::ScanDevices>& devices);
    void pageScanned(const iin::ScannedPage& page);
    void scanFinished(const iin::ScanOutcome& outcome);

private:
    QThread m_thread;
    ScannerWorker* m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_scansPending = 0;
};

} // namespace iin

Q_DECLARE_METATYPE(iin::Result<iin::ScanDevices>)
Q_DECLARE_METATYPE(iin::ScannedPage)
Q_DECLARE_METATYPE(iin::ScanOutcome)
Q_DECLARE_METATYPE(iin::ScanRequest)

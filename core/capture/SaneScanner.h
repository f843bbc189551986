#pragma once

#include "core/base/Result.h"
#include "core/capture/ScanDevice.h"
#include "core/capture/ScanRequest.h"
#include "core/capture/ScannedPage.h"

#include <atomic>
#include <functional>

namespace iin {

// The scanners through SANE (libsane), synchronously. Every call blocks, sometimes for seconds
// (network discovery, a slow lamp), and SANE is not thread-safe: the desk calls this only from
// ScannerService's one worker thread, the command line from its main thread.
//
// SANE is initialised by the first SaneScanner and closed with the last one (sane_init reads
// SANE_CONFIG_DIR then: the tests point it at a folder whose dll.conf names `test` and `pnm`).
class SaneScanner
{
public:
    SaneScanner();
    ~SaneScanner();
    SaneScanner(const SaneScanner&) = delete;
    SaneScanner& operator=(const SaneScanner&) = delete;

    // An error when libsane could not be initialised at all.
    Status ready() const { return m_ready; }

    // Every device the backends find, virtual ones included, in SANE's order.
    Result<ScanDevices> devices();

    // Opens the device, applies the request's settings and scans its pages. `onPage` is called
    // with each page as soon as it is complete (on the calling thread). `cancel` is looked at
    // between reads; once set, the scan stops and the outcome's error is "scanner.cancelled".
    // An empty feeder after the first page ends a batch cleanly.
    ScanOutcome scan(const ScanRequest& request, const std::atomic_bool& cancel,
                     const std::function<void(const ScannedPage&)>& onPage = {});

private:
    Status m_ready;
};

} // namespace iin

#include "core/capture/ScannerWorker.h"

#include "core/capture/SaneScanner.h"

namespace iin {

ScannerWorker::ScannerWorker(std::shared_ptr<std::atomic_bool> cancel) : m_cancel(std::move(cancel))
{
}

ScannerWorker::~ScannerWorker() = default;

SaneScanner& ScannerWorker::sane()
{
    if (!m_sane)
        m_sane = std::make_unique<SaneScanner>();
    return *m_sane;
}

void ScannerWorker::listDevices()
{
    emit devicesListed(sane().devices());
}

void ScannerWorker::scan(const ScanRequest& request)
{
    ScanOutcome outcome = sane().scan(request, *m_cancel,
                                      [this](const ScannedPage& page) { emit pageScanned(page); });
    emit scanFinished(outcome);
}

void ScannerWorker::finish()
{
    m_sane.reset();
}

} // namespace iin

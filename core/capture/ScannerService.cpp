#include "core/capture/ScannerService.h"

#include "core/capture/ScannerWorker.h"

namespace iin {

ScannerService::ScannerService(QObject* parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Result<ScanDevices>>();
    qRegisterMetaType<ScannedPage>();
    qRegisterMetaType<ScanOutcome>();
    qRegisterMetaType<ScanRequest>();
    m_thread.setObjectName(QStringLiteral("scanner"));
    m_worker = new ScannerWorker(m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScannerWorker::devicesListed, this, &ScannerService::devicesListed);
    connect(m_worker, &ScannerWorker::pageScanned, this, &ScannerService::pageScanned);
    connect(m_worker, &ScannerWorker::scanFinished, this, [this](const ScanOutcome& outcome) {
        if (--m_scansPending == 0)
            m_cancel->store(false);
        emit scanFinished(outcome);
    });
    m_thread.start();
}

ScannerService::~ScannerService()
{
    // A scan under way stops at its next read; SANE is closed on its own thread before it ends.
    m_cancel->store(true);
    QMetaObject::invokeMethod(m_worker, &ScannerWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ScannerService::listDevices()
{
    QMetaObject::invokeMethod(m_worker, &ScannerWorker::listDevices, Qt::QueuedConnection);
}

void ScannerService::scan(const ScanRequest& request)
{
    ++m_scansPending;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->scan(request); }, Qt::QueuedConnection);
}

void ScannerService::cancel()
{
    if (m_scansPending > 0)
        m_cancel->store(true);
}

} // namespace iin

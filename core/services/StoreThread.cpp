#include "core/services/StoreThread.h"

namespace iin {

StoreThread::StoreThread(const QString& databasePath, Database::OpenCheck check,
                         const QString& name, QObject* parent)
    : QObject(parent), m_path(databasePath), m_thread(new QThread(this)), m_host(new QObject),
      m_context(std::make_unique<StoreContext>(databasePath, check))
{
    m_thread->setObjectName(name);
    m_host->moveToThread(m_thread);
    m_thread->start();
}

StoreThread::~StoreThread()
{
    m_closing = true;
    // A job waiting on the UI thread (DocumentPrinter's receipt of refusal) gives up rather than
    // wait for ever on a thread that is here, waiting for it.
    m_thread->requestInterruption();
    // The connection is closed on the thread that opened it (QtSql's rule); jobs queued after
    // this one are dropped with m_host.
    QMetaObject::invokeMethod(
        m_host, [this] { m_context->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_host;
}

} // namespace iin

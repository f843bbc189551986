#include "JournalThread.h"

namespace iin {

JournalThread::JournalThread(const QString& databasePath, QObject* parent)
    : JournalThread(databasePath, Database::OpenCheck::Full, parent)
{
}

JournalThread::JournalThread(const QString& databasePath, Database::OpenCheck check,
                             QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new JournalWorker(databasePath, check))
{
    m_thread->setObjectName(QStringLiteral("journal"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &JournalWorker::open);
    m_thread->start();
}

JournalThread::~JournalThread()
{
    // The connection is closed on the thread that opened it; then the worker goes with it.
    QMetaObject::invokeMethod(m_worker, &JournalWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

quint64 JournalThread::registerApplication(const RegisterRequest& request)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, request] { worker->registerApplication(id, request); },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalThread::search(const JournalQuery& query)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, query] { worker->search(id, query); },
        Qt::QueuedConnection);
    return id;
}

} // namespace iin

#include "JournalThread.h"

namespace iin {

JournalThread::JournalThread(const QString& databasePath, QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new JournalWorker(databasePath))
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

quint64 JournalThread::recordHandover(qint64 applicationId, const Handover& handover,
                                      const QString& operatorId)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, applicationId, handover, operatorId] {
            worker->recordHandover(id, applicationId, handover, operatorId);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalThread::openRecord(qint64 applicationId, const QString& operatorId)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, applicationId, operatorId] {
            worker->openRecord(id, applicationId, operatorId);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalThread::cancelApplication(qint64 applicationId, const QString& operatorId,
                                         const QString& reason)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, applicationId, operatorId, reason] {
            worker->cancelApplication(id, applicationId, operatorId, reason);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalThread::readAttachment(const QString& sha256)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, sha256] { worker->readAttachment(id, sha256); },
        Qt::QueuedConnection);
    return id;
}

} // namespace iin

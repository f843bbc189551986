#include "JournalThread.h"

namespace iin {

JournalThread::JournalThread(const QString& databasePath, QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new JournalWorker(databasePath)),
      m_documents(new DocumentWorker(databasePath))
{
    m_thread->setObjectName(QStringLiteral("journal"));
    m_worker->moveToThread(m_thread);
    m_documents->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &JournalWorker::open);
    connect(m_thread, &QThread::started, m_documents, &DocumentWorker::open);
    m_thread->start();
}

JournalThread::~JournalThread()
{
    // A print waiting on this (UI) thread gives up rather than wait for ever (DocumentPrinter).
    m_thread->requestInterruption();
    // The connection is closed on the thread that opened it; then the worker goes with it.
    QMetaObject::invokeMethod(m_worker, &JournalWorker::close, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_documents, &DocumentWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_documents;
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

quint64 JournalThread::previewDocument(const DocumentJob& job)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_documents, [worker = m_documents, id, job] { worker->preview(id, job); },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalThread::printDocument(const DocumentJob& job)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_documents, [worker = m_documents, id, job] { worker->print(id, job); },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalThread::findApplication(const QString& text)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_documents, [worker = m_documents, id, text] { worker->find(id, text); },
        Qt::QueuedConnection);
    return id;
}

} // namespace iin

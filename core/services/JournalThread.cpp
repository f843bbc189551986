#include "core/services/JournalThread.h"

namespace iin {

JournalThread::JournalThread(const QString& databasePath, QObject* parent)
    : JournalThread(databasePath, Database::OpenCheck::Full, parent)
{
}

JournalThread::JournalThread(const QString& databasePath, Database::OpenCheck check,
                             QObject* parent)
    : QObject(parent),
      m_store(new StoreThread(databasePath, check, QStringLiteral("journal"), this)),
      m_worker(new JournalWorker(databasePath, check)),
      m_documents(new DocumentWorker(databasePath))
{
    m_worker->moveToThread(m_store->thread());
    m_documents->moveToThread(m_store->thread());
    QMetaObject::invokeMethod(m_worker, &JournalWorker::open, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_documents, &DocumentWorker::open, Qt::QueuedConnection);
}

JournalThread::~JournalThread()
{
    // The connection is closed on the thread that opened it; then the worker goes with it.
    QMetaObject::invokeMethod(m_worker, &JournalWorker::close, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_documents, &DocumentWorker::close, Qt::BlockingQueuedConnection);
    delete m_store; // joins the thread
    delete m_documents;
    delete m_worker;
}

quint64 JournalThread::registerApplication(const RegisterRequest& request)
{
    return post(m_worker,
                [request](JournalWorker* w, quint64 id) { w->registerApplication(id, request); });
}

quint64 JournalThread::search(const JournalQuery& query, const QString& operatorId, bool record)
{
    return post(m_worker,
                [=](JournalWorker* w, quint64 id) { w->search(id, query, operatorId, record); });
}

quint64 JournalThread::declineDuplicates(const QList<qint64>& shown, const QString& operatorId)
{
    return post(m_worker,
                [=](JournalWorker* w, quint64 id) { w->declineDuplicates(id, shown, operatorId); });
}

quint64 JournalThread::recordHandover(qint64 applicationId, const Handover& handover,
                                      const QString& operatorId)
{
    return post(m_worker, [=](JournalWorker* w, quint64 id) {
        w->recordHandover(id, applicationId, handover, operatorId);
    });
}

quint64 JournalThread::openRecord(qint64 applicationId, const QString& operatorId)
{
    return post(m_worker, [=](JournalWorker* w, quint64 id) {
        w->openRecord(id, applicationId, operatorId);
    });
}

quint64 JournalThread::cancelApplication(qint64 applicationId, const QString& operatorId,
                                         const QString& reason)
{
    return post(m_worker, [=](JournalWorker* w, quint64 id) {
        w->cancelApplication(id, applicationId, operatorId, reason);
    });
}

quint64 JournalThread::readAttachment(qint64 applicationId, const QString& sha256,
                                      const QString& operatorId)
{
    return post(m_worker, [=](JournalWorker* w, quint64 id) {
        w->readAttachment(id, applicationId, sha256, operatorId);
    });
}

quint64 JournalThread::recordSettingsChanged(const QJsonObject& changes, const QString& operatorId)
{
    return post(m_worker, [=](JournalWorker* w, quint64 id) {
        w->recordSettingsChanged(id, changes, operatorId);
    });
}

quint64 JournalThread::previewDocument(const DocumentJob& job)
{
    return post(m_documents, [job](DocumentWorker* w, quint64 id) { w->preview(id, job); });
}

quint64 JournalThread::printDocument(const DocumentJob& job)
{
    return post(m_documents, [job](DocumentWorker* w, quint64 id) { w->print(id, job); });
}

quint64 JournalThread::findApplication(const QString& text)
{
    return post(m_documents, [text](DocumentWorker* w, quint64 id) { w->find(id, text); });
}

} // namespace iin

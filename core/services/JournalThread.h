#pragma once

#include "core/services/DocumentWorker.h"
#include "core/services/JournalWorker.h"
#include "core/services/StoreThread.h"

#include <QObject>
#include <QThread>

namespace iin {

// Runs a JournalWorker on a thread of its own for as long as this object lives: the worker opens
// its Database on that thread at start, and the destructor closes the connection and ends the
// thread (a request already running finishes first). Requests are posted with a fresh id each;
// connect to worker()'s signals for the answers (they arrive queued, on the receiver's thread).
// The printed documents are painted on the same thread by documents(), with its own connection.
class JournalThread : public QObject
{
    Q_OBJECT

public:
    explicit JournalThread(const QString& databasePath, QObject* parent = nullptr);
    // The same, opening the journal with `check` (see JournalWorker).
    JournalThread(const QString& databasePath, Database::OpenCheck check,
                  QObject* parent = nullptr);
    ~JournalThread() override;

    JournalWorker* worker() const { return m_worker; }
    DocumentWorker* documents() const { return m_documents; }
    QThread* thread() const { return m_store->thread(); }
    // The journal's StoreThread (the same thread): jobs run there over its own connection.
    StoreThread* store() const { return m_store; }

    // Post a request; returns its id.
    quint64 registerApplication(const RegisterRequest& request);
    // `record`: the first page of a search shown to `operatorId` (JournalWorker::search).
    quint64 search(const JournalQuery& query, const QString& operatorId = {}, bool record = false);
    quint64 declineDuplicates(const QList<qint64>& shown, const QString& operatorId);
    quint64 recordHandover(qint64 applicationId, const Handover& handover,
                           const QString& operatorId);
    quint64 openRecord(qint64 applicationId, const QString& operatorId);
    quint64 cancelApplication(qint64 applicationId, const QString& operatorId,
                              const QString& reason);
    quint64 readAttachment(qint64 applicationId, const QString& sha256, const QString& operatorId);
    quint64 recordSettingsChanged(const QJsonObject& changes, const QString& operatorId);
    // Answered by documents(): previewReady() or failed(); printed() or failed().
    quint64 previewDocument(const DocumentJob& job);
    quint64 printDocument(const DocumentJob& job);
    // Answered by documents(): found() or failed().
    quint64 findApplication(const QString& text);

private:
    // Queues `call(worker, id)` on the journal's thread with a fresh request id.
    template <typename Worker, typename Call>
    quint64 post(Worker* worker, Call call)
    {
        const quint64 id = ++m_lastRequestId;
        QMetaObject::invokeMethod(
            worker, [worker, id, call] { call(worker, id); }, Qt::QueuedConnection);
        return id;
    }

    StoreThread* m_store;
    JournalWorker* m_worker;
    DocumentWorker* m_documents;
    quint64 m_lastRequestId = 0;
};

} // namespace iin

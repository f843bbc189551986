#pragma once

#include "JournalWorker.h"

#include <QObject>
#include <QThread>

namespace iin {

// Runs a JournalWorker on a thread of its own for as long as this object lives: the worker opens
// its Database on that thread at start, and the destructor closes the connection and ends the
// thread (a request already running finishes first). Requests are posted with a fresh id each;
// connect to worker()'s signals for the answers (they arrive queued, on the receiver's thread).
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
    QThread* thread() const { return m_thread; }

    // Post a request; returns its id.
    quint64 registerApplication(const RegisterRequest& request);
    quint64 search(const JournalQuery& query);

private:
    QThread* m_thread;
    JournalWorker* m_worker;
    quint64 m_lastRequestId = 0;
};

} // namespace iin

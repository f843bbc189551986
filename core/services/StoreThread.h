#pragma once

#include "core/base/Result.h"
#include "core/services/Delivery.h"
#include "core/services/StoreContext.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <type_traits>

namespace iin {

// The one way the desk works off its UI thread on a SQLite file: a thread of its own with one
// connection to the file (StoreContext), on which jobs run one after another, each answering
// the caller that asked.
//
//     m_store->run(this,
//         [query](StoreContext& c) { return c.keep<Journal>().search(query); },
//         [this](Result<QList<JournalEntry>> found) { show(found); });
//
// A job is any callable taking StoreContext& and returning a Result. It runs on the store's
// thread with the connection open; if the file cannot be opened, the job does not run and the
// answer is that error. The answer is delivered on `context`'s thread (the thread run() is
// called from), and not at all once `context` is destroyed, so a window that closes takes its
// pending answers with it: no request ids, no broadcast signals.
//
// The destructor lets the job in hand finish, drops the jobs not yet started (their answers
// never come), closes the connection on its own thread and joins the thread.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    StoreThread(const QString& databasePath, Database::OpenCheck check, const QString& name,
                QObject* parent = nullptr);
    ~StoreThread() override;

    template <class Job, class Done>
    void run(QObject* context, Job job, Done done)
    {
        using Answer = std::invoke_result_t<Job&, StoreContext&>;
        auto deliver = deliveryTo<Answer>(context, std::move(done));
        enqueue([deliver = std::move(deliver), job = std::move(job)](StoreContext& store) mutable {
            if (Status opened = store.open(); !opened)
                deliver(Answer(opened.error()));
            else
                deliver(job(store));
        });
    }

    // The same for a job whose answer nobody waits for (an audit record of a view, say): it runs
    // with the connection open, or not at all when the file cannot be opened.
    template <class Job>
    void post(Job job)
    {
        enqueue([job = std::move(job)](StoreContext& store) mutable {
            if (store.open())
                job(store);
        });
    }

    // Opens the connection now rather than at the first job; a file that cannot be opened is
    // reported to the first job that needs it.
    void open()
    {
        enqueue([](StoreContext& store) { store.open(); });
    }

    QThread* thread() const { return m_thread; }
    const QString& path() const { return m_path; }

private:
    template <class Job>
    void enqueue(Job job)
    {
        QMetaObject::invokeMethod(
            m_host,
            [this, job = std::move(job)]() mutable {
                if (!m_closing.load())
                    job(*m_context);
            },
            Qt::QueuedConnection);
    }

    QString m_path;
    QThread* m_thread;
    QObject* m_host;                         // lives on m_thread; jobs are queued to it
    std::unique_ptr<StoreContext> m_context; // used on m_thread only
    std::atomic_bool m_closing = false;      // set by the destructor: queued jobs are skipped
};

} // namespace iin

#include "server/RegistryWorkers.h"

#include "server/DeskCredentials.h"
#include "server/RegistryService.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <vector>

namespace iin::server {

using namespace Qt::StringLiterals;

namespace {

// Jobs a lane holds waiting, per thread that serves it, and at least: enough for every desk of
// a busy office to have one request waiting, few enough that a waiting request is answered
// long before a desk gives up on it.
constexpr int JobsPerThread = 64;
constexpr int MinQueued = 256;
// Requests that share one commit at most: more would hold their answers back longer than the
// fsync they save.
constexpr size_t MaxShared = 64;

} // namespace

struct RegistryWorkers::Queue
{
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Job> jobs;
    int threads = 0;
    bool closing = false;
    bool shareCommits = false;

    size_t capacity() const { return size_t(std::max(MinQueued, JobsPerThread * threads)); }

    // Runs jobs until the queue is closed and empty.
    void serve(RegistryWorker& worker)
    {
        for (;;) {
            std::vector<Job> taken;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [this] { return closing || !jobs.empty(); });
                if (jobs.empty())
                    return;
                const size_t n = shareCommits ? std::min(jobs.size(), MaxShared) : 1;
                for (size_t i = 0; i < n; ++i) {
                    taken.push_back(std::move(jobs.front()));
                    jobs.pop_front();
                }
            }
            if (taken.size() > 1 && runTogether(worker, taken))
                continue;
            for (Job& job : taken)
                job(worker)();
        }
    }

    // The jobs in one transaction; false (nothing kept, nothing delivered) when it could not
    // be committed: each then runs alone.
    static bool runTogether(RegistryWorker& worker, std::vector<Job>& jobs)
    {
        if (!worker.store->beginGroup())
            return false;
        std::vector<Delivery> deliveries;
        deliveries.reserve(jobs.size());
        for (Job& job : jobs)
            deliveries.push_back(job(worker));
        if (!worker.store->commitGroup())
            return false;
        for (Delivery& d : deliveries)
            d();
        return true;
    }
};

RegistryWorkers::RegistryWorkers() = default;

int RegistryWorkers::defaultCount(RegistryStore::Kind kind)
{
    if (kind == RegistryStore::Kind::Sqlite)
        return 3;
    return std::max(4, 2 * QThread::idealThreadCount());
}

Result<std::unique_ptr<RegistryWorkers>> RegistryWorkers::start(const Setup& setup)
{
    std::unique_ptr<RegistryWorkers> w(new RegistryWorkers);
    const int count = std::max(1, setup.workers);
    w->m_writes = std::make_unique<Queue>();
    w->m_writes->shareCommits = setup.oneWriter;
    if (setup.oneWriter && count > 1)
        w->m_reads = std::make_unique<Queue>();
    for (int i = 0; i < count; ++i) {
        Queue& queue = (i == 0 || !w->m_reads) ? *w->m_writes : *w->m_reads;
        if (Status st = w->addThread(queue, setup); !st)
            return st.error(); // the destructor ends the threads already started
    }
    return w;
}

Status RegistryWorkers::addThread(Queue& queue, const Setup& setup)
{
    std::promise<Status> opened;
    std::future<Status> result = opened.get_future();
    QThread* thread = QThread::create([&queue, setup, &opened] {
        RegistryWorker worker;
        Result<std::unique_ptr<RegistryStore>> store = setup.openStore();
        if (!store) {
            opened.set_value(store.error());
            return;
        }
        worker.store = std::move(store).value();
        worker.credentials = std::make_unique<DeskCredentials>(*worker.store);
        if (setup.desksFrom)
            worker.credentials->shareFileDesks(*setup.desksFrom);
        worker.service = std::make_unique<RegistryService>(*worker.store);
        if (setup.signingKey)
            worker.service->setSigningKey(*setup.signingKey);
        opened.set_value(Status());
        queue.serve(worker);
        // The connection closes here, on the thread that opened it.
    });
    thread->setObjectName(u"iin-registry-worker-%1"_s.arg(m_threads.size() + 1));
    {
        std::lock_guard lock(queue.mutex);
        ++queue.threads;
    }
    m_threads.append(thread);
    thread->start();
    return result.get();
}

RegistryWorkers::~RegistryWorkers()
{
    for (Queue* q : {m_writes.get(), m_reads.get()}) {
        if (!q)
            continue;
        std::lock_guard lock(q->mutex);
        q->closing = true;
        q->ready.notify_all();
    }
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

bool RegistryWorkers::post(Lane lane, Job job)
{
    Queue& q = (lane == Lane::Read && m_reads) ? *m_reads : *m_writes;
    {
        std::lock_guard lock(q.mutex);
        if (q.closing || q.jobs.size() >= q.capacity())
            return false;
        q.jobs.push_back(std::move(job));
    }
    q.ready.notify_one();
    return true;
}

} // namespace iin::server

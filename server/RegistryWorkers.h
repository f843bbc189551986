#pragma once

#include "core/base/Result.h"
#include "server/RegistryStore.h"

#include <QList>

#include <functional>
#include <memory>

class QThread;

namespace iin {
class SigningKey;
}

namespace iin::server {

class DeskCredentials;
class RegistryService;

// What one worker thread owns: a database connection of its own (a store is used only by the
// thread that opened it), and the credentials and the service on that connection.
struct RegistryWorker
{
    std::unique_ptr<RegistryStore> store;
    std::unique_ptr<DeskCredentials> credentials;
    std::unique_ptr<RegistryService> service;
};

// The threads that serve iin-registryd's requests (docs/registry.md, "Threads"): the HTTP
// server reads a request on its own thread, hands it here and writes the answer when a worker is
// done. On PostgreSQL every worker takes every kind of request: transactions run in parallel and
// the database keeps IINs unique. On SQLite, which has one writer at a time, one worker takes the
// writes (submits, batches, desk keys) and the others the reads (queries), so that no worker
// waits on SQLite's lock behind another of the same process.
// SQLite's writer runs the requests that waited for it in one transaction, each behind a
// savepoint, and answers them after the one commit: one fsync for all instead of one each.
// Each lane's queue is bounded: a request that finds it full is refused at once (503, retry
// later) rather than waiting longer than a desk would.
class RegistryWorkers
{
public:
    enum class Lane
    {
        Write, // may change the database
        Read,  // reads only
    };

    using StoreFactory = std::function<Result<std::unique_ptr<RegistryStore>>()>;
    // What is done with a job's result once its changes are committed (on SQLite's writer the
    // commit may come after other jobs). Runs on the worker's thread.
    using Delivery = std::function<void()>;
    // Answers one request on a worker's thread with that worker's connection, and returns its
    // delivery. A job may be run a second time when the commit it shared failed: it must do
    // nothing outside the database before its delivery.
    using Job = std::function<Delivery(RegistryWorker&)>;

    struct Setup
    {
        // Opens one more connection to the registry's database; called on each worker's thread.
        StoreFactory openStore;
        // The desks read from --desks, handed to every worker (the file is read once).
        const DeskCredentials* desksFrom = nullptr;
        // The registry's signing key, given to every worker's service; none: no attestations.
        const SigningKey* signingKey = nullptr;
        int workers = 4;
        // SQLite: one writer, which runs the writes waiting for it in one transaction.
        bool oneWriter = false;
    };

    // Opens every worker's connection (one after the other: each brings the schema up to date
    // first) and starts the threads; an error names the first connection that failed.
    static Result<std::unique_ptr<RegistryWorkers>> start(const Setup& setup);
    // Runs what is queued, then ends the threads (each closes its connection).
    ~RegistryWorkers();
    RegistryWorkers(const RegistryWorkers&) = delete;
    RegistryWorkers& operator=(const RegistryWorkers&) = delete;

    // Queues a job for a worker of `lane`; false when that lane's queue is full (nothing queued).
    // The job runs on the worker's thread.
    bool post(Lane lane, Job job);

    int count() const { return int(m_threads.size()); }
    // The default of --workers for a database: PostgreSQL two per core and at least 4, whose
    // transactions wait on the database as much as they compute; SQLite one writer and two
    // readers.
    static int defaultCount(RegistryStore::Kind kind);

private:
    struct Queue;
    RegistryWorkers();
    Status addThread(Queue& queue, const Setup& setup);

    std::unique_ptr<Queue> m_writes;
    std::unique_ptr<Queue> m_reads; // null: reads go to m_writes
    QList<QThread*> m_threads;
};

} // namespace iin::server

#pragma once

#include "core/journal/Outbox.h"
#include "core/registry/RegistryClient.h"
#include "core/store/Database.h"
#include "core/sync/SyncState.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

namespace iin {

class SyncEngine;

// Drains the outbox to the registry (docs/sync.md). Runs on a thread of its own with its own
// Database connection; the object itself belongs to the thread that made it (the window's), and
// everything it offers there is thread-safe: a snapshot of the state, a signal when it changes,
// pause guards, wake-ups.
//
// Per cycle: the due entries, oldest first, up to a batch; those whose last attempt may have
// reached the registry are asked about by key first; the rest go in one batch request. Each
// answer is written with its status and audit record in one transaction (Outbox::recordAnswer);
// each failure is recorded with its kind, and the Outbox's persisted backoff decides when to
// try again. A registry answer that does not fit the application is never written as an IIN:
// the entry is held for the supervisor (SyncState::attention).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        // Full: the worker checks the whole file on open. A desk whose journal thread checks it
        // (or will) need not read it through a second time.
        Database::OpenCheck check = Database::OpenCheck::Full;
        RegistryEndpoint endpoint;
        bool training = false;
        QString operatorId = QStringLiteral("sync");
        int batchSize = registry::MaxBatchItems;
        Backoff backoff;
        // Look for new or due work at least this often (a wake() is quicker).
        std::chrono::milliseconds pollInterval{10000};
        // A request the registry holds for its officer (pending_review) is asked about by key
        // again after this long (±20 %), never more often: the officer may take days.
        std::chrono::milliseconds reviewPoll{std::chrono::minutes(10)};
        // The desk's own signing key, certified by the registry at the first sync with a real
        // registry (DeskKeyEnrolment); empty: DeskKeyStore::defaultKeyFile(databasePath).
        QString deskKeyFile;
        // "IIN requested" longer ago than this: overdue, the supervisor is told.
        std::chrono::seconds overdueAfter{std::chrono::hours(4)};
        // The desk's clock and the registry's (its HTTP Date) may differ by this much before
        // the operator is warned and the audit told (docs/sync.md, "Clocks").
        std::chrono::seconds clockTolerance{std::chrono::minutes(5)};
    };

    // Keeps the worker from starting new exchanges while it lives (exchanges already under way
    // finish and are recorded). Move-only; the worker resumes when the last guard goes.
    class PauseGuard
    {
    public:
        PauseGuard() = default;
        explicit PauseGuard(SyncWorker* worker);
        ~PauseGuard();
        PauseGuard(PauseGuard&& other) noexcept;
        PauseGuard& operator=(PauseGuard&& other) noexcept;
        PauseGuard(const PauseGuard&) = delete;
        PauseGuard& operator=(const PauseGuard&) = delete;
        void release();

    private:
        QPointer<SyncWorker> m_worker;
    };

    explicit SyncWorker(Options options, QObject* parent = nullptr);
    ~SyncWorker() override; // stops the thread

    // Starts the thread: opens the database, resumes what a crash left in flight
    // (Outbox::reconcile), and begins. Returns at once; a failure to open shows in state().
    void start();
    // Stops after the current step; what is in flight stays so in the database and is asked
    // about at the next start.
    void stop();
    bool isRunning() const;

    [[nodiscard]] PauseGuard pause() { return PauseGuard(this); }
    bool isPaused() const { return m_pauses.load() > 0; }
    // New work was queued (a registration): look now instead of at the next poll.
    void wake();

    SyncState state() const; // thread-safe snapshot

    // Failure codes that retrying alone will not clear: the entry waits the longest delay and
    // is counted as needing a person.
    static QStringList attentionCodes();

signals:
    void stateChanged(const iin::SyncState& state);
    // A cycle found nothing due right now (the queue may still hold entries waiting for their
    // next attempt).
    void caughtUp();

private:
    friend class SyncEngine;
    void publish(const SyncState& state); // from the worker thread
    void resumeOne();

    Options m_options;
    QThread m_thread;
    SyncEngine* m_engine = nullptr;
    mutable QMutex m_mutex;
    SyncState m_state;
    std::atomic<int> m_pauses{0};
};

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/registry/RegistryAnswer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace iin {

class Database;

enum class OutboxState
{
    Pending,   // waiting for its next attempt
    InFlight,  // taken by the sync worker, no answer yet
    Done,      // the registry answered with an IIN
    Rejected,  // the registry refused, with a reason
    Cancelled, // the application was withdrawn before it left
};

QString outboxStateToString(OutboxState s); // "pending", "in_flight", ...

struct OutboxEntry
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString registrationNumber;
    QString idempotencyKey; // one UUID per application, reused on every retry
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt; // UTC
    QDateTime inFlightSince; // UTC; null unless in flight
    // The last attempt may have reached the registry (timeout, lost connection, restart while
    // in flight): ask the registry about the idempotency key before sending again.
    bool uncertain = false;
    QByteArray applicationJson; // what to send
};

enum class FailureKind
{
    Transient, // not delivered (no connection, 5xx): retry with backoff
    Uncertain, // may have been delivered (timeout): retry with backoff, ask first
    Permanent, // retrying soon will not help (4xx the desk cannot fix): wait the longest delay
    // The registry said it is temporarily unavailable (503, its database away): not delivered;
    // retry soon, after its Retry-After (Backoff::delayAfterUnavailable), not the growing delay.
    Unavailable,
};

// How the queue stands, for the status bar and the supervisor.
struct OutboxCounts
{
    int pending = 0;   // waiting for an attempt (held ones included)
    int inFlight = 0;  // sent, no answer yet
    int overdue = 0;   // unfinished and queued before the time limit
    int attention = 0; // unfinished, last failure one that only a person can clear
};

// Retry timing: the delay grows by `factor` from `initial` per attempt, is clamped at `maximum`,
// and is spread by ±`jitter` so that desks coming back online do not all call at once.
struct Backoff
{
    std::chrono::seconds initial{30};
    double factor = 2.0;
    std::chrono::seconds maximum{std::chrono::hours(1)};
    double jitter = 0.2;

    // A registry that answers "temporarily unavailable" (503) is tried again soon, not after
    // the growing delay: after its Retry-After, or `unavailable` when it gave none, kept within
    // [1 s, `retryAfterCeiling`] (and `maximum`), spread by ±`jitter`.
    std::chrono::seconds unavailable{5};
    std::chrono::seconds retryAfterCeiling{std::chrono::minutes(5)};

    // The delay before the next try after `attempts` failed ones; `random` in [0, 1).
    std::chrono::milliseconds delayAfter(int attempts, double random) const;
    // The delay before the next try after a 503 that asked for `retryAfter` (nullopt: none).
    std::chrono::milliseconds delayAfterUnavailable(std::optional<std::chrono::seconds> retryAfter,
                                                    double random) const;
};

// The queue of requests to the upstream registry, kept in the journal's database so that
// a restart resumes where it stopped and nothing leaves the queue without an answer.
// A sync worker (own thread, own Database) loops: reconcile() once at start, then takeDue(),
// sends, and records success, rejection or failure.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database& database, Backoff backoff = {});

    // Tests pin the jitter; the default draws from QRandomGenerator.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    // Inside the registration transaction: a new pending entry for the application.
    static Result<QString> enqueueIn(QSqlDatabase db, qint64 applicationId, const QDateTime& now);

    // Entries whose next attempt is due, oldest first, marked in flight; their applications
    // move from "registered" to "sent". One transaction.
    // Due: the next attempt's time has come, or the entry's last change lies after `now` — the
    // clock has been set back since (or ran ahead and was corrected): its retry time was
    // reckoned on a clock that no longer holds, and waiting for it could take as long as the
    // jump, so it is due at once (docs/sync.md, "Clocks").
    Result<QList<OutboxEntry>> takeDue(const QDateTime& now, int limit, const QString& operatorId);
    // The registry answered. Formed / existing: the entry is done, the application gets its
    // IIN, the answer and status "iin_assigned"; rejected: the application becomes "rejected"
    // with the reason. Each in one transaction with the audit record. The answer's key must be
    // the entry's.
    Status recordAnswer(qint64 entryId, const RegistryAnswer& answer, const QDateTime& now,
                        const QString& operatorId);
    // Several answers in one transaction (one commit, so one fsync, for a whole batch), each as
    // recordAnswer() would write it; one status per answer, in order. An answer that cannot be
    // written is left out alone; if the commit fails, none is written.
    struct AnswerToRecord
    {
        qint64 entryId = 0;
        RegistryAnswer answer;
    };
    QList<Status> recordAnswers(const QList<AnswerToRecord>& answers, const QDateTime& now,
                                const QString& operatorId);
    // The registry holds the request for its officer (a pending_review answer): the entry goes
    // back to pending, due at `askAt`, marked to be asked about by key, with the review's number
    // (the application stays "sent"). Audited the first time only.
    Status recordAwaitingDecision(qint64 entryId, const RegistryAnswer& answer,
                                  const QDateTime& now, const QDateTime& askAt,
                                  const QString& operatorId);
    // The attempt failed: attempts + 1, last error, next attempt after the backoff (Unavailable:
    // after the registry's `retryAfter`, Backoff::delayAfterUnavailable).
    Status recordFailure(qint64 entryId, const QString& error, FailureKind kind,
                         const QDateTime& now,
                         std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    // After a restart: entries left in flight go back to pending, marked uncertain, due now.
    // Returns how many were reset.
    Result<int> reconcile(const QDateTime& now);

    Result<std::optional<OutboxEntry>> entry(qint64 entryId);
    Result<std::optional<OutboxEntry>> entryForApplication(qint64 applicationId);
    // Everything not finished (pending and in flight), for the queue screen.
    Result<QList<OutboxEntry>> unfinished();
    // Unfinished entries queued before `requestedBefore`: the IIN was requested too long ago
    // and the supervisor must look (docs/sync.md, "Overdue").
    Result<QList<OutboxEntry>> overdue(const QDateTime& requestedBefore);
    // Counts for the status bar. `attentionCodes`: failure codes (the text before the first
    // ':' of last_error) that only a person can clear.
    Result<OutboxCounts> counts(const QDateTime& requestedBefore,
                                const QStringList& attentionCodes);
    // Pending entries whose last failure has one of `codes` (the text before the first ':' of
    // last_error) become due now; returns how many. For when the registry is reachable again.
    Result<int> bringForward(const QDateTime& now, const QStringList& codes);
    // When the earliest pending entry is due; nullopt when nothing is pending.
    Result<std::optional<QDateTime>> nextAttemptAt();
    // The same by the rule takeDue() applies at `now`: an entry changed after `now` is due now.
    Result<std::optional<QDateTime>> nextAttemptAt(const QDateTime& now);

private:
    Result<QList<OutboxEntry>> select(const QString& where, const QVariantList& values);
    Result<OutboxEntry> loadInFlight(QSqlDatabase db, qint64 entryId);
    Status recordAnswerIn(QSqlDatabase db, qint64 entryId, const RegistryAnswer& answer,
                          const QDateTime& now, const QString& operatorId);

    Database& m_database;
    Backoff m_backoff;
    std::function<double()> m_random;
};

} // namespace iin

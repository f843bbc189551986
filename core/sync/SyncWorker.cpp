#include "core/sync/SyncWorker.h"

#include "core/application/ApplicationJson.h"
#include "core/base/Clock.h"
#include "core/registry/DeskKeyEnrolment.h"
#include "core/registry/DeskKeyStore.h"
#include "core/registry/RegistryRequest.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace iin {

Q_LOGGING_CATEGORY(lcSync, "iin.sync")

using namespace Qt::StringLiterals;

namespace {

// A failure as the queue keeps it: "<code>: <message>", so that the supervisor's list and the
// attention count can tell faults that need a person from passing ones.
QString errorText(const Error& e)
{
    return e.code + u": "_s + e.message;
}

// Failures that say the registry could not be reached or could not work, not that the request
// was wrong: entries that failed so are retried at once when the registry answers again.
const QStringList& unreachableCodes()
{
    static const QStringList codes{u"network"_s, u"timeout"_s, u"http_status"_s,
                                   u"registry_unavailable"_s, u"internal_error"_s};
    return codes;
}

FailureKind failureKind(const RegistryResult& r)
{
    // "Try again soon": the registry is there and says its database is away (a restart); it
    // recorded nothing. A bare 503 from a proxy stays an uncertain failure with the backoff.
    if (r.error.code == QStringView(registry::ErrorUnavailable))
        return FailureKind::Unavailable;
    if (!r.retryable)
        return FailureKind::Permanent;
    return r.ambiguous ? FailureKind::Uncertain : FailureKind::Transient;
}

} // namespace

// Lives on the worker thread and owns everything used there: the Database connection, the
// Outbox, the RegistryClient (its QNetworkAccessManager), the timer. Not a Q_OBJECT: it has no
// signals of its own; it reports through SyncWorker::publish().
class SyncEngine : public QObject
{
public:
    SyncEngine(SyncWorker* owner, SyncWorker::Options options)
        : m_owner(owner), m_options(std::move(options))
    {
    }

    void startUp();
    void cycle();
    void wake()
    {
        if (!m_busy)
            m_timer->start(0);
    }

private:
    struct Item
    {
        OutboxEntry entry;
        RegistryRequest request;
    };

    void send(QList<Item> items);
    void finishCycle(bool didWork);
    void record(const Item& item, const RegistryResult& result);
    void recordAll(const QList<Item>& items, const QList<RegistryResult>& results);
    // After the answer was written (or failed to be): the state, the log, the counters.
    void noteAnswer(const Item& item, const RegistryResult& result, const Status& written,
                    const QDateTime& now);
    // A pending_review answer: the entry waits and is asked about again after reviewPoll.
    void noteWaiting(const Item& item, const RegistryAnswer& answer, const QDateTime& now);
    // The registry answered (a final answer or a wait): online, and back if it was away.
    void noteReached(const QDateTime& now);
    void noteStoreError(const Error& e);
    // Every answer's Date against the desk's clock: a warning and one audit record per episode
    // of a difference beyond the tolerance.
    void noteClocks(const QDateTime& registryTime, const QDateTime& deskTime);
    // `recount`: read the queue's counts from the journal first (false: the state already
    // reflects what this engine just did).
    void publish(bool recount = true);

    SyncWorker* m_owner;
    SyncWorker::Options m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
    RegistryClient* m_client = nullptr;
    std::unique_ptr<DeskKeyEnrolment> m_deskKey; // a real registry only
    QTimer* m_timer = nullptr;
    bool m_busy = false;
    bool m_broken = false;      // the database could not be opened: nothing to do
    bool m_unreachable = false; // the last exchanges failed for want of a registry
    bool m_reachedAgain = false;
    SyncState m_state;
};

void SyncEngine::startUp()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { cycle(); });
    m_state.training = m_options.training;

    Database::Options open;
    open.check = m_options.check;
    Result<std::unique_ptr<Database>> db = Database::open(m_options.databasePath, open);
    if (!db) {
        m_broken = true;
        noteStoreError(db.error());
        publish();
        return;
    }
    m_database = std::move(db).value();
    m_outbox = std::make_unique<Outbox>(*m_database, m_options.backoff);
    m_client = new RegistryClient(m_options.endpoint, this);
    connect(
        m_client, &RegistryClient::clocksRead, this,
        [this](const QDateTime& registry, const QDateTime& desk) { noteClocks(registry, desk); });
    if (!m_options.training)
        m_deskKey = std::make_unique<DeskKeyEnrolment>(
            *m_database, *m_client,
            m_options.deskKeyFile.isEmpty() ? DeskKeyStore::defaultKeyFile(m_database->path())
                                            : m_options.deskKeyFile,
            m_options.endpoint.deskToken.section(u':', 0, 0));

    // Whatever a crash or a kill left in flight may have reached the registry: ask first.
    const Result<int> reset = m_outbox->reconcile(Clock::currentDateTimeUtc());
    if (!reset)
        noteStoreError(reset.error());
    else if (*reset > 0)
        qCInfo(lcSync) << "resumed" << *reset << "entries left in flight; asking by key first";
    m_timer->start(0);
}

void SyncEngine::noteStoreError(const Error& e)
{
    m_state.lastError = e.message;
    qCWarning(lcSync).noquote() << u"journal error "_s + e.code;
}

void SyncEngine::noteClocks(const QDateTime& registryTime, const QDateTime& deskTime)
{
    const qint64 skew = deskTime.secsTo(registryTime); // > 0: the desk's clock is behind
    if (std::abs(skew) <= m_options.clockTolerance.count()) {
        if (m_state.clockSkewSeconds != 0) {
            qCInfo(lcSync) << "the desk's clock agrees with the registry's again";
            m_state.clockSkewSeconds = 0;
            publish(false);
        }
        return;
    }
    const bool episodeBegins = m_state.clockSkewSeconds == 0;
    m_state.clockSkewSeconds = skew;
    if (!episodeBegins)
        return; // told once: not at every answer
    qCWarning(lcSync) << "the desk's clock differs from the registry's by" << skew
                      << "seconds: set the clock";
    if (m_database) {
        const AuditEvent event{m_options.operatorId, AuditTrail::ClockSkew, u"clock"_s,
                               QJsonObject{{u"skew_seconds"_s, skew},
                                           {u"registry_time"_s, registryTime.toString(Qt::ISODate)},
                                           {u"desk_time"_s, deskTime.toString(Qt::ISODateWithMs)}}};
        if (Status s = AuditTrail::record(*m_database, event); !s)
            noteStoreError(s.error());
    }
    publish(false);
}

void SyncEngine::publish(bool recount)
{
    if (m_outbox && recount) {
        const QDateTime limit =
            Clock::currentDateTimeUtc().addSecs(-qint64(m_options.overdueAfter.count()));
        const Result<OutboxCounts> c = m_outbox->counts(limit, SyncWorker::attentionCodes());
        if (c) {
            if (c->overdue > m_state.overdue)
                qCWarning(lcSync) << c->overdue << "requests are overdue: tell the supervisor";
            m_state.pending = c->pending + c->inFlight;
            m_state.inFlight = c->inFlight;
            m_state.overdue = c->overdue;
            m_state.attention = c->attention;
        }
    }
    m_state.paused = m_owner->isPaused();
    m_owner->publish(m_state);
}

void SyncEngine::cycle()
{
    if (m_busy || m_broken)
        return;
    if (m_owner->isPaused()) {
        publish(); // a guard's release wakes us
        return;
    }
    if (m_deskKey)
        m_deskKey->ensure(); // beside the drain, never in its way
    const QDateTime now = Clock::currentDateTimeUtc();
    Result<QList<OutboxEntry>> due = m_outbox->takeDue(
        now, std::clamp(m_options.batchSize, 1, registry::MaxBatchItems), m_options.operatorId);
    if (!due) {
        noteStoreError(due.error());
        finishCycle(false);
        return;
    }
    if (due->isEmpty()) {
        finishCycle(false);
        return;
    }
    QList<Item> items;
    QList<Item> uncertain;
    for (const OutboxEntry& e : *due) {
        const ApplicationParse parsed = ApplicationJson::parse(e.applicationJson);
        if (!parsed.application) {
            // Cannot happen for what the journal accepted; keep it visible, never drop it.
            const Error err{u"application_unreadable"_s,
                            SyncWorker::tr("The stored application cannot be read.")};
            m_outbox->recordFailure(e.id, errorText(err), FailureKind::Permanent, now);
            qCWarning(lcSync).noquote() << e.registrationNumber << "application_unreadable";
            continue;
        }
        Item item{e, RegistryRequest::fromApplication(*parsed.application,
                                                      QUuid::fromString(e.idempotencyKey),
                                                      e.registrationNumber)};
        (e.uncertain ? uncertain : items).append(item);
    }
    m_busy = true;
    // Taking them moved them from pending to in flight, nothing else: counting the queue again
    // (a scan of every unfinished entry) can wait for the end of the cycle.
    m_state.inFlight += int(items.size() + uncertain.size());
    publish(false);

    if (uncertain.isEmpty()) {
        send(items);
        return;
    }
    // The last attempt may have reached the registry: ask about each key before sending again.
    auto remaining = std::make_shared<int>(int(uncertain.size()));
    auto toSend = std::make_shared<QList<Item>>(items);
    for (const Item& item : uncertain) {
        m_client->query(item.request, [this, item, remaining, toSend](const RegistryResult& r) {
            if (r.outcome == RegistryResult::Outcome::UnknownKey) {
                qCInfo(lcSync).noquote() << item.entry.registrationNumber << "unknown_key: sending";
                m_state.online = true;
                toSend->append(item);
            } else {
                record(item, r);
            }
            if (--*remaining == 0)
                send(*toSend);
        });
    }
}

void SyncEngine::send(QList<Item> items)
{
    if (items.isEmpty()) {
        finishCycle(true);
        return;
    }
    QList<RegistryRequest> requests;
    for (const Item& item : items)
        requests.append(item.request);
    m_state.sent += int(items.size());
    m_client->submitBatch(requests, [this, items](const QList<RegistryResult>& results) {
        recordAll(items, results);
        finishCycle(true);
    });
}

void SyncEngine::recordAll(const QList<Item>& items, const QList<RegistryResult>& results)
{
    // The answers that fit are written together, in one transaction (one fsync for the batch
    // rather than one each); failures and answers that do not fit go one by one.
    const QDateTime now = Clock::currentDateTimeUtc();
    QList<Outbox::AnswerToRecord> answers;
    QList<bool> fits(items.size(), false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const RegistryResult r = results.value(i);
        // A wait for the registry's officer is written alone (record()).
        fits[i] = r.outcome == RegistryResult::Outcome::Answered &&
                  r.answer.state != RegistryAnswer::State::PendingReview &&
                  RegistryClient::checkAnswer(items[i].request, r.answer).ok();
        if (fits[i])
            answers.append({items[i].entry.id, r.answer});
    }
    const QList<Status> written = m_outbox->recordAnswers(answers, now, m_options.operatorId);
    qsizetype k = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (fits[i])
            noteAnswer(items[i], results[i], written.value(k++), now);
        else
            record(items[i], results.value(i)); // a failure, or an answer to hold
    }
}

void SyncEngine::record(const Item& item, const RegistryResult& r)
{
    const QDateTime now = Clock::currentDateTimeUtc();
    const QString& number = item.entry.registrationNumber;
    if (r.outcome == RegistryResult::Outcome::Answered) {
        // The client checked the answer; check again where it is written, so that an IIN that
        // does not fit the applicant can never reach the journal.
        if (Status fits = RegistryClient::checkAnswer(item.request, r.answer); !fits) {
            RegistryResult held = r;
            held.outcome = RegistryResult::Outcome::Failed;
            held.error = fits.error();
            held.retryable = false;
            record(item, held);
            return;
        }
        if (r.answer.state == RegistryAnswer::State::PendingReview) {
            noteWaiting(item, r.answer, now);
            return;
        }
        noteAnswer(item, r,
                   m_outbox->recordAnswer(item.entry.id, r.answer, now, m_options.operatorId), now);
        return;
    }
    // Any HTTP answer means the registry is reachable; none means we are offline.
    m_state.online = r.httpStatus != 0;
    m_state.lastError = r.error.message;
    const FailureKind kind = failureKind(r);
    if (unreachableCodes().contains(r.error.code))
        m_unreachable = true;
    Error stored = r.error;
    // A bare HTTP status that will not pass by itself (a proxy's 404, say) is a configuration
    // fault for a person, unlike a passing 503: keep the two apart in the stored code.
    if (stored.code == u"http_status" && kind == FailureKind::Permanent)
        stored.code = u"http_refused"_s;
    qCWarning(lcSync).noquote() << number << u"failed"_s << r.error.code
                                << (kind == FailureKind::Permanent ? u"(held)"_s : QString());
    if (Status s =
            m_outbox->recordFailure(item.entry.id, errorText(stored), kind, now, r.retryAfter);
        !s)
        noteStoreError(s.error());
}

void SyncEngine::noteReached(const QDateTime& now)
{
    m_state.online = true;
    m_state.lastSync = now;
    m_state.lastError.clear();
    if (m_unreachable) {
        m_unreachable = false;
        m_reachedAgain = true;
    }
}

void SyncEngine::noteWaiting(const Item& item, const RegistryAnswer& answer, const QDateTime& now)
{
    // The registry is there and has the request; an officer decides. Ask again later, by key.
    const double spread = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const QDateTime askAt = now.addMSecs(qint64(double(m_options.reviewPoll.count()) * spread));
    qCInfo(lcSync).noquote() << item.entry.registrationNumber << "pending_review";
    noteReached(now);
    if (Status s = m_outbox->recordAwaitingDecision(item.entry.id, answer, now, askAt,
                                                    m_options.operatorId);
        !s) {
        noteStoreError(s.error());
        m_outbox->recordFailure(item.entry.id, errorText(s.error()), FailureKind::Uncertain, now);
    }
}

void SyncEngine::noteAnswer(const Item& item, const RegistryResult& r, const Status& written,
                            const QDateTime& now)
{
    const QString& number = item.entry.registrationNumber;
    if (!written) {
        // The answer is kept by the registry under the key: the next attempt gets it again.
        noteStoreError(written.error());
        m_outbox->recordFailure(item.entry.id, errorText(written.error()), FailureKind::Uncertain,
                                now);
        return;
    }
    const QString state = RegistryAnswer::stateToString(r.answer.state);
    // The registration number and the result code: never a name or the IIN.
    qCInfo(lcSync).noquote() << number << state << r.answer.reason;
    switch (r.answer.state) {
    case RegistryAnswer::State::Formed:
        ++m_state.formed;
        break;
    case RegistryAnswer::State::Existing:
        ++m_state.existing;
        break;
    case RegistryAnswer::State::Rejected:
        ++m_state.rejected;
        break;
    case RegistryAnswer::State::PendingReview:
        break; // written by noteWaiting()
    }
    noteReached(now);
}

void SyncEngine::finishCycle(bool didWork)
{
    m_busy = false;
    if (m_reachedAgain) {
        // The registry answers again: what waited out the outage need not wait out its
        // backoff too (the clerk may have the applicant at the counter). Only this desk's own
        // jittered attempts found the registry back, so desks do not return all at once.
        m_reachedAgain = false;
        const Result<int> n =
            m_outbox->bringForward(Clock::currentDateTimeUtc(), unreachableCodes());
        if (n && *n > 0) {
            qCInfo(lcSync) << "registry reachable again:" << *n << "waiting entries are due now";
            didWork = true;
        }
    }
    publish();
    if (didWork && !m_owner->isPaused()) {
        m_timer->start(0); // there may be more due at once
        return;
    }
    // Sleep until the earliest entry is due, at most the poll interval.
    qint64 delay = m_options.pollInterval.count();
    if (m_outbox) {
        const QDateTime now = Clock::currentDateTimeUtc();
        const Result<std::optional<QDateTime>> next = m_outbox->nextAttemptAt(now);
        if (next && *next)
            delay = std::clamp<qint64>(now.msecsTo(**next) + 1, 0, delay);
    }
    m_timer->start(int(delay));
    // Caught up also means the desk key's certification is not still on its way.
    if (!didWork && !(m_deskKey && m_deskKey->busy()))
        emit m_owner->caughtUp(); // queued to the owner's thread
}

// --- SyncWorker -------------------------------------------------------------------------------

SyncWorker::SyncWorker(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<iin::SyncState>();
    m_state.training = m_options.training;
    m_thread.setObjectName(u"iin-sync"_s);
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_engine = new SyncEngine(this, m_options);
    m_engine->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->startUp(); });
}

void SyncWorker::stop()
{
    if (!m_thread.isRunning())
        return;
    // The engine is deleted on its own thread (its database connection and network manager
    // belong there): a deferred delete is carried out as the thread finishes.
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] {
        engine->deleteLater();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    m_engine = nullptr;
}

bool SyncWorker::isRunning() const
{
    return m_thread.isRunning();
}

void SyncWorker::wake()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->wake(); });
}

SyncState SyncWorker::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

void SyncWorker::publish(const SyncState& state)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state == state)
            return;
        m_state = state;
    }
    emit stateChanged(state); // queued to the windows' thread
}

void SyncWorker::resumeOne()
{
    if (m_pauses.fetch_sub(1) == 1)
        wake();
}

QStringList SyncWorker::attentionCodes()
{
    // Everything the registry or the client marks as not retryable, and the desk's own.
    return {u"answer_mismatch"_s,
            u"application_unreadable"_s,
            u"idempotency_key_reused"_s,
            u"serials_exhausted"_s,
            u"invalid_request"_s,
            u"unauthenticated"_s,
            u"desk_disabled"_s,
            u"not_found"_s,
            u"method_not_allowed"_s,
            u"body_too_large"_s,
            u"unsupported_media_type"_s,
            u"tls"_s,
            u"redirect"_s,
            u"http_refused"_s};
}

SyncWorker::PauseGuard::PauseGuard(SyncWorker* worker) : m_worker(worker)
{
    if (m_worker) {
        m_worker->m_pauses.fetch_add(1);
        m_worker->wake(); // publishes "paused"
    }
}

SyncWorker::PauseGuard::~PauseGuard()
{
    release();
}

SyncWorker::PauseGuard::PauseGuard(PauseGuard&& other) noexcept : m_worker(other.m_worker)
{
    other.m_worker = nullptr;
}

SyncWorker::PauseGuard& SyncWorker::PauseGuard::operator=(PauseGuard&& other) noexcept
{
    if (this != &other) {
        release();
        m_worker = other.m_worker;
        other.m_worker = nullptr;
    }
    return *this;
}

void SyncWorker::PauseGuard::release()
{
    if (m_worker)
        m_worker->resumeOne();
    m_worker = nullptr;
}

} // namespace iin

#include "core/journal/Outbox.h"

#include "core/base/EnumCodes.h"
#include "core/journal/Journal.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StatementCache.h"
#include "core/store/StoreError.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace iin {

namespace {

constexpr EnumCode<OutboxState> OutboxStateCodes[] = {
    {OutboxState::Pending, u"pending"},     {OutboxState::InFlight, u"in_flight"},
    {OutboxState::Done, u"done"},           {OutboxState::Rejected, u"rejected"},
    {OutboxState::Cancelled, u"cancelled"},
};

OutboxState stateFrom(const QString& s)
{
    return valueOf(OutboxStateCodes, s).value_or(OutboxState::Pending);
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

const QString entryColumns = QStringLiteral(
    "o.id, o.application_id, a.registration_number, o.idempotency_key, o.state, o.attempts,"
    " o.last_error, o.next_attempt_at, o.in_flight_since, o.uncertain, a.application_json");

OutboxEntry entryFrom(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.applicationId = q.value(1).toLongLong();
    e.registrationNumber = q.value(2).toString();
    e.idempotencyKey = q.value(3).toString();
    e.state = stateFrom(q.value(4).toString());
    e.attempts = q.value(5).toInt();
    e.lastError = q.value(6).toString();
    e.nextAttemptAt = fromIso(q.value(7));
    e.inFlightSince = fromIso(q.value(8));
    e.uncertain = q.value(9).toBool();
    e.applicationJson = q.value(10).toByteArray();
    return e;
}

QString outboxSubject(qint64 id)
{
    return QStringLiteral("outbox:%1").arg(id);
}

} // namespace

QString outboxStateToString(OutboxState s)
{
    return codeOf(OutboxStateCodes, s);
}

std::chrono::milliseconds Backoff::delayAfter(int attempts, double random) const
{
    using namespace std::chrono;
    const double maxMs = double(duration_cast<milliseconds>(maximum).count());
    const double base = double(duration_cast<milliseconds>(initial).count()) *
                        std::pow(factor, qMax(0, attempts - 1));
    const double clamped = std::min(base, maxMs);
    const double spread = clamped * (1.0 + jitter * (2.0 * random - 1.0));
    return milliseconds(qint64(std::clamp(spread, 0.0, maxMs)));
}

std::chrono::milliseconds
Backoff::delayAfterUnavailable(std::optional<std::chrono::seconds> retryAfter, double random) const
{
    using namespace std::chrono;
    const double ceiling =
        double(duration_cast<milliseconds>(std::min(retryAfterCeiling, maximum)).count());
    const double asked =
        double(duration_cast<milliseconds>(retryAfter.value_or(unavailable)).count());
    const double base = std::clamp(asked, std::min(1000.0, ceiling), ceiling);
    const double spread = base * (1.0 + jitter * (2.0 * random - 1.0));
    return milliseconds(qint64(std::clamp(spread, 0.0, ceiling)));
}

Outbox::Outbox(Database& database, Backoff backoff)
    : m_database(database), m_backoff(backoff),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

Result<QString> Outbox::enqueueIn(QSqlDatabase db, qint64 applicationId, const QDateTime& now)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db,
        QStringLiteral("INSERT INTO outbox (application_id, idempotency_key, state, attempts,"
                       " next_attempt_at, created_at, updated_at)"
                       " VALUES (?, ?, 'pending', 0, ?, ?, ?)"),
        fallback);
    const QString at = iso(now);
    q.addBindValue(applicationId);
    q.addBindValue(key);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Queuing the request to the registry"));
    return key;
}

Result<QList<OutboxEntry>> Outbox::select(const QString& where, const QVariantList& values)
{
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        m_database.sql(),
        QStringLiteral("SELECT ") + entryColumns +
            QStringLiteral(" FROM outbox o JOIN applications a ON a.id = o.application_id ") +
            where,
        fallback);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the queue"));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    q.finish();
    return list;
}

Result<QList<OutboxEntry>> Outbox::takeDue(const QDateTime& now, int limit,
                                           const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QList<OutboxEntry>> due =
        select(QStringLiteral("WHERE o.state = 'pending'"
                              " AND (o.next_attempt_at <= ? OR o.updated_at > ?)"
                              " ORDER BY o.next_attempt_at, o.id LIMIT ?"),
               {iso(now), iso(now), qMax(1, limit)});
    if (!due)
        return due;
    for (OutboxEntry& e : due.value()) {
        QSqlQuery fallback;
        QSqlQuery& q = StatementCache::prepare(
            db,
            QStringLiteral("UPDATE outbox SET state = 'in_flight', in_flight_since = ?,"
                           " updated_at = ? WHERE id = ?"),
            fallback);
        q.addBindValue(iso(now));
        q.addBindValue(iso(now));
        q.addBindValue(e.id);
        if (!q.exec())
            return StoreError::from(q.lastError(), tr("Updating the queue"));
        e.state = OutboxState::InFlight;
        e.inFlightSince = now.toUTC();
        // The first attempt moves the application to "sent"; later ones find it there.
        QSqlQuery statusFallback;
        QSqlQuery& status = StatementCache::prepare(
            db, QStringLiteral("SELECT status FROM applications WHERE id = ?"), statusFallback);
        status.addBindValue(e.applicationId);
        if (!status.exec())
            return StoreError::from(status.lastError(), tr("Updating the queue"));
        const bool registered =
            status.next() && status.value(0).toString() ==
                                 ApplicationStatuses::toString(ApplicationStatus::Registered);
        status.finish();
        if (registered) {
            if (Status s = Journal::changeStatusIn(
                    db, e.applicationId, ApplicationStatus::Sent, operatorId, {},
                    QJsonObject{{QStringLiteral("idempotency_key"), e.idempotencyKey}});
                !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return due;
}

Result<OutboxEntry> Outbox::loadInFlight(QSqlDatabase db, qint64 entryId)
{
    // Only what recording an outcome needs: not the application's JSON.
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db,
        QStringLiteral("SELECT application_id, idempotency_key, state, attempts, uncertain"
                       " FROM outbox WHERE id = ?"),
        fallback);
    q.addBindValue(entryId);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the queue"));
    if (!q.next())
        return Error{QStringLiteral("outbox.not_found"),
                     tr("There is no queue entry %1.").arg(entryId)};
    OutboxEntry e;
    e.id = entryId;
    e.applicationId = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.state = stateFrom(q.value(2).toString());
    e.attempts = q.value(3).toInt();
    e.uncertain = q.value(4).toBool();
    q.finish();
    if (e.state != OutboxState::InFlight)
        return Error{QStringLiteral("outbox.not_in_flight"),
                     tr("Queue entry %1 is \"%2\", not in flight: its answer was already "
                        "recorded or it was never sent.")
                         .arg(entryId)
                         .arg(outboxStateToString(e.state))};
    return e;
}

Status Outbox::recordAnswer(qint64 entryId, const RegistryAnswer& answer, const QDateTime& now,
                            const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = recordAnswerIn(db, entryId, answer, now, operatorId); !s)
        return s;
    return tx.commit();
}

QList<Status> Outbox::recordAnswers(const QList<AnswerToRecord>& answers, const QDateTime& now,
                                    const QString& operatorId)
{
    QList<Status> statuses;
    if (answers.isEmpty())
        return statuses;
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return QList<Status>(answers.size(), s);
    QSqlQuery savepoint(db);
    for (const AnswerToRecord& a : answers) {
        // Each answer behind a savepoint: one that cannot be written leaves no half of itself
        // and does not hold back the others.
        if (!savepoint.exec(QStringLiteral("SAVEPOINT answer")))
            return QList<Status>(
                answers.size(),
                StoreError::from(savepoint.lastError(), tr("Saving the registry's answer")));
        Status s = recordAnswerIn(db, a.entryId, a.answer, now, operatorId);
        if (!s)
            savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT answer"));
        if (!savepoint.exec(QStringLiteral("RELEASE SAVEPOINT answer")))
            return QList<Status>(
                answers.size(),
                StoreError::from(savepoint.lastError(), tr("Saving the registry's answer")));
        statuses.append(s);
    }
    if (Status s = tx.commit(); !s)
        return QList<Status>(answers.size(), s);
    return statuses;
}

Status Outbox::recordAnswerIn(QSqlDatabase db, qint64 entryId, const RegistryAnswer& answer,
                              const QDateTime& now, const QString& operatorId)
{
    Result<OutboxEntry> e = loadInFlight(db, entryId);
    if (!e)
        return e.error();
    if (answer.idempotencyKey != QUuid::fromString(e->idempotencyKey))
        return Error{
            QStringLiteral("outbox.answer_mismatch"),
            tr("The registry's answer is for another request (key %1, not %2).")
                .arg(answer.idempotencyKey.toString(QUuid::WithoutBraces), e->idempotencyKey)};
    const bool formed = answer.state != RegistryAnswer::State::Rejected;
    const QString what = tr("Saving the registry's answer");

    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db,
        QStringLiteral("UPDATE outbox SET state = ?, in_flight_since = NULL,"
                       " last_error = ?, uncertain = 0, updated_at = ? WHERE id = ?"),
        fallback);
    q.addBindValue(formed ? QStringLiteral("done") : QStringLiteral("rejected"));
    q.addBindValue(formed ? QVariant(QMetaType(QMetaType::QString)) : QVariant(answer.reason));
    q.addBindValue(iso(now));
    q.addBindValue(entryId);
    if (!q.exec())
        return StoreError::from(q.lastError(), what);

    QSqlQuery appFallback;
    QSqlQuery& app =
        StatementCache::prepare(db,
                                QStringLiteral("UPDATE applications SET iin = coalesce(?, iin),"
                                               " registry_result_json = ? WHERE id = ?"),
                                appFallback);
    app.addBindValue(formed ? QVariant(answer.iin) : QVariant(QMetaType(QMetaType::QString)));
    app.addBindValue(
        QString::fromUtf8(QJsonDocument(answer.toJson()).toJson(QJsonDocument::Compact)));
    app.addBindValue(e->applicationId);
    if (!app.exec())
        return StoreError::from(app.lastError(), what);
    // The registry's signature over the IIN and the person: what a real certificate carries.
    // Written only when the registry signed, so an answer without one touches nothing else.
    if (formed && !answer.attestation.isEmpty()) {
        QSqlQuery signedFallback;
        QSqlQuery& attested = StatementCache::prepare(
            db, QStringLiteral("UPDATE applications SET registry_attestation = ? WHERE id = ?"),
            signedFallback);
        attested.addBindValue(answer.attestation);
        attested.addBindValue(e->applicationId);
        if (!attested.exec())
            return StoreError::from(attested.lastError(), what);
    }

    const QString state = RegistryAnswer::stateToString(answer.state);
    if (Status s = Journal::changeStatusIn(
            db, e->applicationId,
            formed ? ApplicationStatus::IinAssigned : ApplicationStatus::Rejected, operatorId,
            formed ? QString() : answer.reason,
            QJsonObject{{QStringLiteral("idempotency_key"), e->idempotencyKey},
                        {QStringLiteral("answer"), state}});
        !s)
        return s;
    if (Status s =
            AuditTrail::append(db, {operatorId, AuditTrail::RegistryResult, outboxSubject(entryId),
                                    QJsonObject{{QStringLiteral("answer"), state}}});
        !s)
        return s;
    return {};
}

Status Outbox::recordAwaitingDecision(qint64 entryId, const RegistryAnswer& answer,
                                      const QDateTime& now, const QDateTime& askAt,
                                      const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<OutboxEntry> e = loadInFlight(db, entryId);
    if (!e)
        return e.error();
    if (answer.idempotencyKey != QUuid::fromString(e->idempotencyKey) ||
        answer.state != RegistryAnswer::State::PendingReview || answer.reviewId <= 0)
        return Error{QStringLiteral("outbox.answer_mismatch"),
                     tr("The registry's answer is not a wait for this request.")};
    const QString what = tr("Saving the registry's answer");
    const QString review = QString::number(answer.reviewId);
    QSqlQuery before(db);
    before.prepare(QStringLiteral("SELECT review_id FROM outbox WHERE id = ?"));
    before.addBindValue(entryId);
    if (!before.exec() || !before.next())
        return StoreError::from(before.lastError(), what);
    const bool firstTime = before.value(0).toString() != review;
    before.finish();
    // Uncertain: the next attempt asks by key (GET), never sends a new request.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', in_flight_since = NULL,"
                             " uncertain = 1, last_error = NULL, review_id = ?,"
                             " next_attempt_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(review);
    q.addBindValue(iso(askAt));
    q.addBindValue(iso(now));
    q.addBindValue(entryId);
    if (!q.exec())
        return StoreError::from(q.lastError(), what);
    if (firstTime) {
        if (Status s = AuditTrail::append(
                db, {operatorId, AuditTrail::RegistryResult, outboxSubject(entryId),
                     QJsonObject{
                         {QStringLiteral("answer"), RegistryAnswer::stateToString(answer.state)},
                         {QStringLiteral("review_id"), review}}});
            !s)
            return s;
    }
    return tx.commit();
}

Status Outbox::recordFailure(qint64 entryId, const QString& error, FailureKind kind,
                             const QDateTime& now, std::optional<std::chrono::seconds> retryAfter)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<OutboxEntry> e = loadInFlight(db, entryId);
    if (!e)
        return e.error();
    const int attempts = e->attempts + 1;
    const auto delay =
        kind == FailureKind::Permanent
            ? std::chrono::duration_cast<std::chrono::milliseconds>(m_backoff.maximum)
        : kind == FailureKind::Unavailable ? m_backoff.delayAfterUnavailable(retryAfter, m_random())
                                           : m_backoff.delayAfter(attempts, m_random());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'pending', attempts = ?, last_error = ?, next_attempt_at = ?,"
        " in_flight_since = NULL, uncertain = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(error);
    q.addBindValue(iso(now.addMSecs(delay.count())));
    // Once uncertain, it stays so until the registry has answered about the key.
    q.addBindValue(e->uncertain || kind == FailureKind::Uncertain ? 1 : 0);
    q.addBindValue(iso(now));
    q.addBindValue(entryId);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Saving the failed attempt"));
    return tx.commit();
}

Result<int> Outbox::reconcile(const QDateTime& now)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending', in_flight_since = NULL, uncertain = 1,"
                       " next_attempt_at = ?, updated_at = ? WHERE state = 'in_flight'"));
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Resuming the queue"));
    const int reset = q.numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return reset;
}

Result<std::optional<OutboxEntry>> Outbox::entry(qint64 entryId)
{
    Result<QList<OutboxEntry>> found = select(QStringLiteral("WHERE o.id = ?"), {entryId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<OutboxEntry>() : found->constFirst();
}

Result<std::optional<OutboxEntry>> Outbox::entryForApplication(qint64 applicationId)
{
    Result<QList<OutboxEntry>> found =
        select(QStringLiteral("WHERE o.application_id = ?"), {applicationId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<OutboxEntry>() : found->constFirst();
}

Result<QList<OutboxEntry>> Outbox::unfinished()
{
    return select(QStringLiteral("WHERE o.state IN ('pending', 'in_flight')"
                                 " ORDER BY o.next_attempt_at, o.id"),
                  {});
}

Result<QList<OutboxEntry>> Outbox::overdue(const QDateTime& requestedBefore)
{
    return select(QStringLiteral("WHERE o.state IN ('pending', 'in_flight') AND o.created_at < ?"
                                 " ORDER BY o.created_at, o.id"),
                  {iso(requestedBefore)});
}

Result<OutboxCounts> Outbox::counts(const QDateTime& requestedBefore,
                                    const QStringList& attentionCodes)
{
    QStringList marks;
    for (qsizetype i = 0; i < attentionCodes.size(); ++i)
        marks << QStringLiteral("?");
    const QString attention =
        marks.isEmpty() ? QStringLiteral("0")
                        : QStringLiteral("state = 'pending' AND last_error IS NOT NULL AND"
                                         " substr(last_error, 1, instr(last_error, ':') - 1)"
                                         " IN (") +
                              marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        m_database.sql(),
        QStringLiteral("SELECT coalesce(sum(state = 'pending'), 0),"
                       " coalesce(sum(state = 'in_flight'), 0),"
                       " coalesce(sum(created_at < ?), 0), coalesce(sum(") +
            attention + QStringLiteral("), 0) FROM outbox WHERE state IN ('pending', 'in_flight')"),
        fallback);
    q.addBindValue(iso(requestedBefore));
    for (const QString& code : attentionCodes)
        q.addBindValue(code);
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), tr("Reading the queue"));
    OutboxCounts c;
    c.pending = q.value(0).toInt();
    c.inFlight = q.value(1).toInt();
    c.overdue = q.value(2).toInt();
    c.attention = q.value(3).toInt();
    q.finish(); // a cached statement left open would hold its read snapshot
    return c;
}

Result<int> Outbox::bringForward(const QDateTime& now, const QStringList& codes)
{
    if (codes.isEmpty())
        return 0;
    QStringList marks;
    for (qsizetype i = 0; i < codes.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, updated_at = ?"
                             " WHERE state = 'pending' AND next_attempt_at > ?"
                             " AND substr(last_error, 1, instr(last_error, ':') - 1) IN (") +
              marks.join(QStringLiteral(", ")) + QStringLiteral(")"));
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    for (const QString& code : codes)
        q.addBindValue(code);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Updating the queue"));
    return q.numRowsAffected();
}

Result<std::optional<QDateTime>> Outbox::nextAttemptAt()
{
    QSqlQuery q(m_database.sql());
    if (!q.exec(
            QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'")) ||
        !q.next())
        return StoreError::from(q.lastError(), tr("Reading the queue"));
    if (q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromIso(q.value(0)));
}

Result<std::optional<QDateTime>> Outbox::nextAttemptAt(const QDateTime& now)
{
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT min(CASE WHEN updated_at > ? THEN ? ELSE next_attempt_at END)"
                             " FROM outbox WHERE state = 'pending'"));
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), tr("Reading the queue"));
    if (q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromIso(q.value(0)));
}

} // namespace iin

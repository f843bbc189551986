#include "server/RegistryService.h"

#include "core/person/DocumentNumber.h"
#include "core/person/Iin.h"
#include "core/person/NameKey.h"
#include "core/registry/RegistryProtocol.h"
#include "server/AnswerAttestations.h"
#include "server/DeskKeys.h"
#include "server/RegistryStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

namespace iin::server {

using namespace Qt::StringLiterals;
namespace reg = iin::registry;

namespace {

// Attempts per request when another writer wins a race (PostgreSQL: a unique violation or a
// deadlock; SQLite serialises writers and rarely needs a second attempt).
constexpr int MaxAttempts = 8;

QString documentKey(const RegistryRequest& r)
{
    if (!r.document)
        return {};
    // The desk's spelling too (DocumentNumber): look-alike letters, full-width forms and
    // separators cannot make one document into two.
    const QString number = DocumentNumber::key(r.document->number);
    if (number.isEmpty())
        return {};
    return u"doc|"_s + r.document->issuingState + u'|' + number;
}

QStringList nameKeys(const RegistryRequest& r)
{
    QStringList keys;
    for (const PersonName* n : {&r.nameCyrillic, &r.nameLatin}) {
        if (n->surname.isEmpty())
            continue;
        // Surname and given name only: Latin (MRZ) spellings often carry no patronymic.
        const QString key = NameKey::of(QString(n->surname + u' ' + n->givenName));
        if (key.isEmpty())
            continue;
        const QString full =
            u"name|"_s + r.citizenship + u'|' + r.birthDate.toString(Qt::ISODate) + u'|' + key;
        if (!keys.contains(full))
            keys << full;
    }
    return keys;
}

// The registry's own requirements on the data (refusal ground 2). The shape was already
// checked by RegistryRequest::fromJson.
bool meetsRequirements(const RegistryRequest& r)
{
    const QDate today = QDate::currentDate();
    if (r.birthDate > today || r.birthDate.year() < today.year() - 130)
        return false;
    if (!Iin::centuryDigit(r.birthDate.year(), r.sex))
        return false;
    // The IIN of a citizen of Kazakhstan is formed elsewhere (at birth registration).
    if (r.citizenship == u"KAZ")
        return false;
    return true;
}

QString hashBody(const QJsonObject& body)
{
    // QJsonObject keeps its keys sorted: the compact form is a canonical spelling.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

RegistryAnswer::State stateFromString(const QString& s)
{
    if (s == u"formed")
        return RegistryAnswer::State::Formed;
    if (s == u"existing")
        return RegistryAnswer::State::Existing;
    if (s == QStringView(reg::StatePendingReview))
        return RegistryAnswer::State::PendingReview;
    return RegistryAnswer::State::Rejected;
}

QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << u"?"_s;
    return p.join(u", "_s);
}

// The serial counter of a 7-digit prefix made (from the row given: "VALUES (?, 1)" or a SELECT)
// or moved on, the serial to use returned.
const QString CounterUpsertSql =
    u"INSERT INTO serial_counters (prefix7, next_serial) %1 ON CONFLICT (prefix7) DO UPDATE SET "
    "next_serial = serial_counters.next_serial + 1 RETURNING next_serial - 1 AS serial"_s;

// An answer recorded under its key (answerValues gives the values in this order).
const QString NewAnswerSql =
    u"INSERT INTO answers (desk_id, idempotency_key, body_sha256, state, iin, reason, "
    "answered_at, review_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariantList answerValues(const QString& deskId, const RegistryRequest& r, const QString& bodyHash,
                          const RegistryAnswer& a)
{
    return {deskId,
            RegistryRequest::keyToString(r.idempotencyKey),
            bodyHash,
            RegistryAnswer::stateToString(a.state),
            a.iin.isEmpty() ? QVariant() : QVariant(a.iin),
            a.reason.isEmpty() ? QVariant() : QVariant(a.reason),
            a.answeredAt.toString(Qt::ISODate),
            a.reviewId ? QVariant(a.reviewId) : QVariant()};
}

} // namespace

struct RegistryService::Decision
{
    enum class Kind
    {
        Answer,    // a new answer was recorded
        Replay,    // the key was known and the body the same
        KeyReused, // the key was known with another body
        Exhausted, // no serial left for the person's prefix
        Failed,    // the database failed; `conflict` says whether another attempt may succeed
    };
    Kind kind = Kind::Failed;
    RegistryAnswer answer;
    bool conflict = false;
};

// What the registry makes of a request, before it is recorded (answerWith).
struct RegistryService::Verdict
{
    enum class Kind
    {
        Existing,  // the person of `iin`
        NewPerson, // form an IIN
        Rejected,  // `reason`
        Review,    // a possible match: an officer decides among `candidates`
    };
    Kind kind = Kind::Rejected;
    QString iin;
    QString reason;
    QStringList candidates;
    std::optional<int> firstSerial; // NewPerson: the serial counter was moved on from this one
};

ServiceReply RegistryService::error(int httpStatus, QStringView code, const QString& message)
{
    const RegistryError e{code.toString(), message, reg::isRetryableError(code)};
    return ServiceReply{httpStatus, e.toJson(), code.toString(), false};
}

ServiceReply RegistryService::submit(const QString& deskId, const QJsonObject& body)
{
    const Result<RegistryRequest> parsed = RegistryRequest::fromJson(body);
    if (!parsed)
        return error(400, reg::ErrorInvalidRequest, parsed.errorMessage());
    const QString bodyHash = hashBody(body);

    Decision d;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        d = decide(deskId, *parsed, bodyHash);
        if (d.kind != Decision::Kind::Failed)
            break;
        // Again when another writer won a race, or when the connection was lost and is open
        // again at once: the lost transaction is gone (or, lost at its commit, recorded the
        // answer under the key, which the next attempt finds and replays).
        if (!d.conflict && !(m_store.lastErrorIsUnavailable() && m_store.recover()))
            break;
    }
    return replyFor(d);
}

ServiceReply RegistryService::ready()
{
    if (m_store.answers())
        return ServiceReply{200, QJsonObject{{u"status"_s, u"ready"_s}}, u"ready"_s, false};
    return error(503, reg::ErrorUnavailable,
                 u"The registry's database does not answer; the registry keeps trying."_s);
}

std::optional<qint64> RegistryService::reviewsWaiting()
{
    QSqlQuery* q = nullptr;
    if (!m_store.run(q, u"SELECT count(*) FROM reviews WHERE decision IS NULL"_s, {}) || !q->next())
        return std::nullopt;
    const qint64 count = q->value(0).toLongLong();
    // A statement kept open would keep SQLite's read snapshot, and this connection would see
    // nothing newer.
    q->finish();
    return count;
}

ServiceReply RegistryService::replyFor(const Decision& d)
{
    switch (d.kind) {
    case Decision::Kind::Answer:
    case Decision::Kind::Replay: {
        ServiceReply reply{200, d.answer.toJson(), RegistryAnswer::stateToString(d.answer.state),
                           d.kind == Decision::Kind::Replay};
        if (d.answer.state == RegistryAnswer::State::Rejected)
            reply.logCode += u':' + d.answer.reason;
        return reply;
    }
    case Decision::Kind::KeyReused:
        return error(409, reg::ErrorKeyReused,
                     u"This idempotency key was already used with a different request body."_s);
    case Decision::Kind::Exhausted:
        return error(409, reg::ErrorSerialsExhausted,
                     u"No IIN serial is left for this birth date and sex; the registry's "
                     "operators must be told. The request was not recorded."_s);
    case Decision::Kind::Failed:
        break;
    }
    return error(503, reg::ErrorUnavailable,
                 u"The registry's database is unavailable; retry later with the same key."_s);
}

RegistryService::Decision RegistryService::decide(const QString& deskId, const RegistryRequest& r,
                                                  const QString& bodyHash)
{
    if (!m_store.begin()) {
        m_store.rollback();
        return Decision{Decision::Kind::Failed, {}, m_store.lastErrorIsConflict()};
    }
    Decision d = decideIn(deskId, r, bodyHash);
    const bool keep = d.kind == Decision::Kind::Answer || d.kind == Decision::Kind::Replay ||
                      d.kind == Decision::Kind::KeyReused;
    if (!keep || !m_store.commit()) {
        m_store.rollback();
        if (keep || d.kind == Decision::Kind::Failed)
            return Decision{Decision::Kind::Failed, {}, m_store.lastErrorIsConflict()};
    }
    return d;
}

RegistryService::Decision RegistryService::decideIn(const QString& deskId, const RegistryRequest& r,
                                                    const QString& bodyHash)
{
    Decision d;
    const QString key = RegistryRequest::keyToString(r.idempotencyKey);
    auto fail = [&]() {
        d.kind = Decision::Kind::Failed;
        d.conflict = m_store.lastErrorIsConflict();
        return d;
    };
    QSqlQuery* q = nullptr; // statements prepared once per connection (RegistryStore::run)

    const bool eligible = meetsRequirements(r);
    const QString doc = eligible ? documentKey(r) : QString();
    const bool postgres = m_store.kind() == RegistryStore::Kind::Postgres;

    // 1. A key seen before gets the answer it got then (while an officer has not decided: that
    // the request waits).
    //
    // One document on two connections at once (two desks send the same person): on PostgreSQL,
    // where transactions run side by side and each statement sees what others have committed by
    // then, the second waits for the document's lock until the first has committed, then finds
    // the person by the document (step 2). Otherwise it could see the first's name keys but not
    // (one statement earlier) its document, and wait for an officer's review for nothing. The
    // lock is taken in this statement, so that the reads it protects come in a later one, with a
    // snapshot taken after it was granted; the answer looked up here needs no lock (a key racing
    // in twice fails on the answer's primary key at the insert). A request without a document
    // locks nothing (hashtext(NULL) is NULL, and the lock function skips NULL). SQLite has one
    // writer at a time.
    bool found = false;
    if (postgres) {
        if (!m_store.run(q,
                         u"SELECT a.body_sha256, a.state, a.iin, a.reason, a.answered_at, "
                         "a.review_id FROM (SELECT pg_advisory_xact_lock(7315002, hashtext(?))) "
                         "AS l LEFT JOIN answers a ON a.desk_id = ? AND a.idempotency_key = ?"_s,
                         {doc.isEmpty() ? QVariant() : QVariant(doc), deskId, key}))
            return fail();
        found = q->next() && !q->value(0).isNull();
    } else {
        if (!m_store.run(q,
                         u"SELECT body_sha256, state, iin, reason, answered_at, review_id FROM "
                         "answers WHERE desk_id = ? AND idempotency_key = ?"_s,
                         {deskId, key}))
            return fail();
        found = q->next();
    }
    if (found) {
        d.kind =
            q->value(0).toString() == bodyHash ? Decision::Kind::Replay : Decision::Kind::KeyReused;
        d.answer.idempotencyKey = r.idempotencyKey;
        d.answer.state = stateFromString(q->value(1).toString());
        d.answer.iin = q->value(2).toString();
        d.answer.reason = q->value(3).toString();
        d.answer.answeredAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODate);
        if (d.answer.state == RegistryAnswer::State::PendingReview)
            d.answer.reviewId = q->value(5).toLongLong();
        q->finish();
        if (d.kind == Decision::Kind::Replay &&
            !AnswerAttestations::load(m_store, deskId, key, d.answer))
            return fail();
        return d;
    }
    q->finish();

    Verdict v;
    if (!eligible) {
        v.reason = QString::fromUtf16(reg::ReasonRequirementsNotMet);
        return answerWith(deskId, r, bodyHash, v, false);
    }
    // 2. Does the person already have an IIN? Only the document (with its issuing state) says
    // so for sure; a name, birth date and citizenship alone make a possible match. A document
    // an officer is already deciding about waits for that decision too: forming an IIN for it
    // now would give the person two. The three look-ups in one statement (a round trip to the
    // database costs more than the rows), each row tagged with the look-up it answers: 0 the
    // document's holder with birth date and sex, 1 a holder of a name key, 2 the candidates of an
    // open review of the document.
    QStringList parts;
    QVariantList values;
    if (!doc.isEmpty()) {
        parts << u"SELECT 0 AS tag, k.iin AS value, p.birth_date, p.sex, 0 AS ord FROM "
                 "person_keys k JOIN persons p ON p.iin = k.iin WHERE k.match_key = ?"_s;
        values << doc;
    }
    const QStringList names = nameKeys(r);
    if (!names.isEmpty()) {
        parts << u"SELECT 1 AS tag, iin AS value, NULL AS birth_date, NULL AS sex, 0 AS ord FROM "
                 "person_keys WHERE match_key IN ("_s +
                     placeholders(names.size()) + u')';
        values.append(QVariantList(names.begin(), names.end()));
    }
    if (!doc.isEmpty()) {
        parts
            << u"SELECT 2 AS tag, candidates AS value, NULL AS birth_date, NULL AS sex, review_id "
               "AS ord FROM reviews WHERE document_key = ? AND decision IS NULL"_s;
        values << doc;
    }
    QString byDocument;
    bool sameData = false;
    bool heldByReview = false;
    if (!parts.isEmpty()) {
        QString sql = parts.join(u" UNION ALL "_s);
        if (postgres) {
            // When nothing is found the person is new (step 3): the serial counter of the
            // person's prefix is made or moved on in the same statement, a row tagged 3 with the
            // serial to use. Its parts share the snapshot taken after the document's lock, as the
            // look-ups alone would; the counter's row is locked and moved on from its latest
            // version whatever the snapshot (ON CONFLICT in READ COMMITTED), as in answerWith.
            sql = u"WITH r AS ("_s + sql + u"), c AS ("_s +
                  CounterUpsertSql.arg(u"SELECT ?, 1 WHERE NOT EXISTS (SELECT 1 FROM r)"_s) +
                  u") SELECT tag, value, birth_date, sex, ord FROM r UNION ALL SELECT 3, NULL, "
                  "NULL, NULL, serial FROM c"_s;
            values << Iin::prefixFor(r.birthDate, r.sex, 0)->left(7);
        }
        if (!m_store.run(q, sql + u" ORDER BY tag, ord, value"_s, values))
            return fail();
        while (q->next()) {
            const int tag = q->value(0).toInt();
            const QString value = q->value(1).toString();
            if (tag == 3) {
                v.firstSerial = q->value(4).toInt();
            } else if (tag == 0) {
                byDocument = value;
                sameData = q->value(2).toString() == r.birthDate.toString(Qt::ISODate) &&
                           q->value(3).toString() == sexToString(r.sex);
            } else if (tag == 1) {
                if (!v.candidates.contains(value))
                    v.candidates << value;
            } else {
                heldByReview = true;
                const QStringList more = value.split(u',', Qt::SkipEmptyParts);
                for (const QString& c : more) {
                    if (!v.candidates.contains(c))
                        v.candidates << c;
                }
            }
        }
        q->finish();
    }
    if (!byDocument.isEmpty()) {
        // Same document, different birth date or sex: the data are unreliable (ground 1).
        v.kind = sameData ? Verdict::Kind::Existing : Verdict::Kind::Rejected;
        v.iin = byDocument;
        v.candidates.clear();
        v.reason = sameData ? QString() : QString::fromUtf16(reg::ReasonDataUnreliable);
    } else {
        v.kind = v.candidates.isEmpty() && !heldByReview ? Verdict::Kind::NewPerson
                                                         : Verdict::Kind::Review;
    }
    return answerWith(deskId, r, bodyHash, v, false);
}

RegistryService::Decision RegistryService::answerWith(const QString& deskId,
                                                      const RegistryRequest& r,
                                                      const QString& bodyHash, const Verdict& v,
                                                      bool byOfficer)
{
    // The one place where an answer is made and recorded: for a request as it comes, and for
    // the officer's decision on one that waited.
    Decision d;
    const QString key = RegistryRequest::keyToString(r.idempotencyKey);
    auto fail = [&]() {
        d.kind = Decision::Kind::Failed;
        d.conflict = m_store.lastErrorIsConflict();
        return d;
    };
    QSqlQuery* q = nullptr;
    RegistryAnswer& a = d.answer;
    a.idempotencyKey = r.idempotencyKey;
    a.answeredAt = QDateTime::currentDateTimeUtc();
    a.answeredAt.setTime(QTime(a.answeredAt.time().hour(), a.answeredAt.time().minute(),
                               a.answeredAt.time().second()));
    const QString at = a.answeredAt.toString(Qt::ISODate);
    const QString doc = documentKey(r);
    QStringList keys = nameKeys(r);
    if (!doc.isEmpty())
        keys.prepend(doc);
    // Keys are attached with their provenance. A plain INSERT where a race must show: if another
    // request just took the key, the unique constraint fails, this attempt rolls back, and the
    // next one finds that person. Otherwise a key someone already has stays theirs.
    auto attach = [&](const QString& k, const QString& iin, bool plain) {
        return m_store.run(q,
                           plain ? u"INSERT INTO person_keys (match_key, iin, desk_id, added_at) "
                                   "VALUES (?, ?, ?, ?)"_s
                                 : u"INSERT INTO person_keys (match_key, iin, desk_id, added_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (match_key) DO NOTHING"_s,
                           {k, iin, deskId, at});
    };
    // All of them in one statement: a round trip to the database costs more than a row.
    auto attachAll = [&](const QString& iin, bool plain) {
        if (keys.isEmpty())
            return true;
        QStringList rows;
        QVariantList values;
        for (const QString& k : std::as_const(keys)) {
            rows << u"(?, ?, ?, ?)"_s;
            values << k << iin << deskId << at;
        }
        return m_store.run(
            q,
            u"INSERT INTO person_keys (match_key, iin, desk_id, added_at) VALUES "_s +
                rows.join(u", "_s) + (plain ? QString() : u" ON CONFLICT (match_key) DO NOTHING"_s),
            values);
    };

    switch (v.kind) {
    case Verdict::Kind::Rejected:
        a.state = RegistryAnswer::State::Rejected;
        a.reason = v.reason;
        break;
    case Verdict::Kind::Existing:
        // Once and for life: the same IIN again. The document (found, or confirmed by an
        // officer) and the spellings are remembered, so the next request is recognised by them.
        if (!attachAll(v.iin, false))
            return fail();
        a.iin = v.iin;
        if (r.onExisting == RegistryRequest::OnExisting::Refuse) {
            a.state = RegistryAnswer::State::Rejected;
            a.reason = QString::fromUtf16(reg::ReasonIinAlreadyRegistered);
        } else {
            a.state = RegistryAnswer::State::Existing;
        }
        break;
    case Verdict::Kind::NewPerson: {
        // 3. Form a new IIN: the next usable serial of the person's 7-digit prefix.
        const QString prefix7 = Iin::prefixFor(r.birthDate, r.sex, 0)->left(7);
        // The counter's row, made if new, locked until the commit (on PostgreSQL, as a row
        // being updated: another desk forming for the same prefix waits, then reads what this
        // one wrote) and moved one past the serial it hands out, in one statement.
        // decideIn did this already on PostgreSQL, with its look-ups.
        int first = v.firstSerial.value_or(0);
        if (!v.firstSerial) {
            if (!m_store.run(q, CounterUpsertSql.arg(u"VALUES (?, 1)"_s), {prefix7}) || !q->next())
                return fail();
            first = q->value(0).toInt();
            q->finish();
        }
        int serial = first;
        std::optional<Iin> iin;
        for (; serial <= 9999 && !iin; ++serial) {
            if (auto prefix = Iin::prefixFor(r.birthDate, r.sex, serial))
                iin = Iin::fromPrefix(*prefix); // nullopt: an unusable prefix, skipped
        }
        if (!iin) {
            d.kind = Decision::Kind::Exhausted; // the caller rolls the counter back
            return d;
        }
        // `serial` is now one past the one used: never handed out again. The statement above
        // moved the counter there already unless unusable serials were skipped.
        if (serial != first + 1 &&
            !m_store.run(q, u"UPDATE serial_counters SET next_serial = ? WHERE prefix7 = ?"_s,
                         {serial, prefix7}))
            return fail();
        const QVariantList person{
            iin->toString(),     r.birthDate.toString(Qt::ISODate), sexToString(r.sex), at, deskId,
            r.registrationNumber};
        if (m_store.kind() == RegistryStore::Kind::Postgres && !byOfficer) {
            // The person, the keys and the answer in one statement (data-modifying WITH: its
            // parts run as one, the keys' reference to the person is checked at its end, and a
            // unique violation anywhere fails all of it as the three statements would).
            a.state = RegistryAnswer::State::Formed;
            a.iin = iin->toString();
            QString sql = u"WITH p AS (INSERT INTO persons (iin, birth_date, sex, formed_at, "
                          "desk_id, registration_number) VALUES (?, ?, ?, ?, ?, ?)) "_s;
            QVariantList values = person;
            if (!keys.isEmpty()) {
                QStringList rows;
                for (const QString& k : std::as_const(keys)) {
                    rows << u"(?, ?, ?, ?)"_s;
                    values << k << a.iin << deskId << at;
                }
                sql += u", k AS (INSERT INTO person_keys (match_key, iin, desk_id, added_at) "
                       "VALUES "_s +
                       rows.join(u", "_s) + u") "_s;
            }
            sql += NewAnswerSql;
            values.append(answerValues(deskId, r, bodyHash, a));
            if (!m_store.run(q, sql, values) ||
                !AnswerAttestations::attach(m_store, signingKey(), deskId, r, a))
                return fail();
            d.kind = Decision::Kind::Answer;
            return d;
        }
        if (!m_store.run(q,
                         u"INSERT INTO persons (iin, birth_date, sex, formed_at, desk_id, "
                         "registration_number) VALUES (?, ?, ?, ?, ?, ?)"_s,
                         person))
            return fail();
        if (!byOfficer && !attachAll(iin->toString(), true))
            return fail();
        for (const QString& k : keys) {
            // An officer's "new person" shares a name key with the person it was taken for:
            // that key stays theirs, the document is the new person's.
            if (byOfficer && !attach(k, iin->toString(), k == doc))
                return fail();
        }
        a.state = RegistryAnswer::State::Formed;
        a.iin = iin->toString();
        break;
    }
    case Verdict::Kind::Review: {
        // No key is attached to anyone until an officer decides.
        if (!m_store.run(q, u"SELECT coalesce(max(review_id), 0) + 1 FROM reviews"_s, {}) ||
            !q->next())
            return fail();
        a.reviewId = q->value(0).toLongLong();
        q->finish();
        if (!m_store.run(
                q,
                u"INSERT INTO reviews (review_id, desk_id, idempotency_key, request_json, "
                "document_key, candidates, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {a.reviewId, deskId, key,
                 QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)),
                 doc.isEmpty() ? QVariant() : QVariant(doc), v.candidates.join(u','), at}))
            return fail();
        a.state = RegistryAnswer::State::PendingReview;
        break;
    }
    }

    // 4. Remember the answer under the key, in the same transaction as what it says. A request
    // that waited for an officer has its waiting answer replaced by the final one.
    if (!recordAnswer(deskId, r, bodyHash, a, byOfficer))
        return fail();
    d.kind = Decision::Kind::Answer;
    return d;
}

bool RegistryService::recordAnswer(const QString& deskId, const RegistryRequest& r,
                                   const QString& bodyHash, RegistryAnswer& a, bool byOfficer)
{
    // A request as it comes has no answer yet (decideIn looked): a plain INSERT, so that when
    // the same key races in on two connections at once the second fails on the key, rolls back
    // whatever it formed and, at its next attempt, replays the first one's answer. Only an
    // officer's decision replaces an answer: the waiting one.
    const QString sql = byOfficer ? NewAnswerSql +
                                        u" ON CONFLICT (desk_id, idempotency_key) DO UPDATE SET "
                                        "state = excluded.state, iin = excluded.iin, reason = "
                                        "excluded.reason, answered_at = excluded.answered_at "
                                        "WHERE answers.state = 'pending_review'"_s
                                  : NewAnswerSql;
    QSqlQuery* q = nullptr;
    return m_store.run(q, sql, answerValues(deskId, r, bodyHash, a)) &&
           AnswerAttestations::attach(m_store, signingKey(), deskId, r, a);
}

ServiceReply RegistryService::certifyDeskKey(const QString& deskId, const QJsonObject& body)
{
    return DeskKeys(m_store).certify(deskId, body, signingKey());
}

ServiceReply RegistryService::submitBatch(const QString& deskId, const QJsonObject& body)
{
    if (body.size() != 1 || !body.value(u"requests"_s).isArray())
        return error(400, reg::ErrorInvalidRequest,
                     u"A batch is {\"requests\": [...]} and nothing else."_s);
    const QJsonArray items = body.value(u"requests"_s).toArray();
    if (items.isEmpty() || items.size() > reg::MaxBatchItems)
        return error(400, reg::ErrorInvalidRequest,
                     u"A batch holds 1 to %1 requests."_s.arg(reg::MaxBatchItems));
    // One key twice in a batch would make the two answers depend on their order.
    QSet<QString> keys;
    for (const QJsonValue& item : items) {
        const QString k = item.toObject().value(u"idempotency_key"_s).toString();
        if (!k.isEmpty() && keys.contains(k))
            return error(400, reg::ErrorInvalidRequest,
                         u"The same idempotency key appears twice in the batch."_s);
        keys.insert(k);
    }

    // The whole batch in one transaction: one commit, so one fsync, instead of one per request.
    // Should the database fail (or lose a race) anywhere in it, nothing of it is kept and each
    // request gets a transaction of its own, with retries, as a single submit would.
    std::optional<QList<ServiceReply>> replies = submitBatchTogether(deskId, items);
    // Without a database each request would fail alike: the whole batch is retried later.
    if (!replies && m_store.lastErrorIsUnavailable() && !m_store.recover())
        return error(503, reg::ErrorUnavailable,
                     u"The registry's database is unavailable; retry later with the same keys."_s);
    if (!replies) {
        replies.emplace();
        for (const QJsonValue& item : items)
            replies->append(item.isObject() ? submit(deskId, item.toObject()) : notAnObject());
    }
    QJsonArray results;
    int answered = 0;
    for (qsizetype i = 0; i < replies->size(); ++i) {
        const ServiceReply& one = replies->at(i);
        QJsonObject result{{u"index"_s, int(i)}, {u"status"_s, one.httpStatus}};
        if (one.httpStatus == 200) {
            result.insert(u"answer"_s, one.body);
            result.insert(u"replayed"_s, one.replayed);
            ++answered;
        } else {
            result.insert(u"error"_s, one.body.value(u"error"_s));
        }
        results.append(result);
    }
    return ServiceReply{200, QJsonObject{{u"results"_s, results}},
                        u"batch:%1/%2"_s.arg(answered).arg(items.size()), false};
}

std::optional<QList<ServiceReply>> RegistryService::submitBatchTogether(const QString& deskId,
                                                                        const QJsonArray& items)
{
    auto abandon = [this]() -> std::optional<QList<ServiceReply>> {
        m_store.rollback();
        return std::nullopt;
    };
    if (!m_store.begin())
        return abandon();
    QList<ServiceReply> replies;
    QSqlQuery savepoint = m_store.newQuery();
    for (const QJsonValue& item : items) {
        if (!item.isObject()) {
            replies.append(notAnObject());
            continue;
        }
        const QJsonObject body = item.toObject();
        const Result<RegistryRequest> parsed = RegistryRequest::fromJson(body);
        if (!parsed) {
            replies.append(error(400, reg::ErrorInvalidRequest, parsed.errorMessage()));
            continue;
        }
        // A request that records nothing (no serial left) leaves no trace of its attempt.
        if (!m_store.exec(savepoint, u"SAVEPOINT batch_item"_s))
            return abandon();
        const Decision d = decideIn(deskId, *parsed, hashBody(body));
        if (d.kind == Decision::Kind::Failed)
            return abandon();
        if (d.kind == Decision::Kind::Exhausted &&
            !m_store.exec(savepoint, u"ROLLBACK TO SAVEPOINT batch_item"_s))
            return abandon();
        if (!m_store.exec(savepoint, u"RELEASE SAVEPOINT batch_item"_s))
            return abandon();
        replies.append(replyFor(d));
    }
    // No answer leaves before the commit that makes all of them durable.
    if (!m_store.commit())
        return abandon();
    return replies;
}

ServiceReply RegistryService::notAnObject()
{
    return error(400, reg::ErrorInvalidRequest, u"A batch item must be an object."_s);
}

ServiceReply RegistryService::query(const QString& deskId, const QString& key)
{
    if (!RegistryRequest::keyFromString(key))
        return error(400, reg::ErrorInvalidRequest,
                     u"The key must be a lowercase UUID (8-4-4-4-12)."_s);
    QSqlQuery q = m_store.newQuery();
    if (!m_store.exec(q,
                      u"SELECT state, iin, reason, answered_at, review_id FROM answers "
                      "WHERE desk_id = ? AND idempotency_key = ?"_s,
                      {deskId, key}))
        return error(503, reg::ErrorUnavailable,
                     u"The registry's database is unavailable; ask again later."_s);
    if (!q.next())
        return error(404, reg::ErrorUnknownKey,
                     u"The registry has no request with this key from this desk."_s);
    RegistryAnswer a;
    a.idempotencyKey = *RegistryRequest::keyFromString(key);
    a.state = stateFromString(q.value(0).toString());
    a.iin = q.value(1).toString();
    a.reason = q.value(2).toString();
    a.answeredAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    if (a.state == RegistryAnswer::State::PendingReview)
        a.reviewId = q.value(4).toLongLong();
    q.finish();
    if (!AnswerAttestations::load(m_store, deskId, key, a))
        return error(503, reg::ErrorUnavailable,
                     u"The registry's database is unavailable; ask again later."_s);
    ServiceReply reply{200, a.toJson(), u"query:"_s + RegistryAnswer::stateToString(a.state), true};
    return reply;
}

Result<RegistryAnswer> RegistryService::settleReview(qint64 reviewId,
                                                     const std::optional<QString>& sameAs)
{
    Result<RegistryAnswer> result = Error{u"registry_unavailable"_s, QString()};
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        bool conflict = false;
        result = settleReviewOnce(reviewId, sameAs, &conflict);
        if (result || !conflict)
            break;
    }
    return result;
}

Result<RegistryAnswer> RegistryService::settleReviewOnce(qint64 reviewId,
                                                         const std::optional<QString>& sameAs,
                                                         bool* conflict)
{
    auto refuse = [this](const QString& code, const QString& message) -> Result<RegistryAnswer> {
        m_store.rollback();
        return Error{code, message};
    };
    auto failed = [&]() -> Result<RegistryAnswer> {
        *conflict = m_store.lastErrorIsConflict();
        return refuse(u"store"_s, u"The registry's database failed: "_s + m_store.lastError());
    };
    if (!m_store.begin())
        return failed();
    QSqlQuery q = m_store.newQuery();
    if (!m_store.exec(q,
                      u"SELECT r.desk_id, r.request_json, r.decision, a.body_sha256 "
                      "FROM reviews r JOIN answers a ON a.desk_id = r.desk_id "
                      "AND a.idempotency_key = r.idempotency_key WHERE r.review_id = ?"_s +
                          m_store.forUpdate(),
                      {reviewId}))
        return failed();
    if (!q.next())
        return refuse(u"unknown_review"_s, u"There is no review %1."_s.arg(reviewId));
    const QString deskId = q.value(0).toString();
    const QByteArray json = q.value(1).toString().toUtf8();
    if (!q.value(2).isNull())
        return refuse(u"already_decided"_s, u"Review %1 was already decided."_s.arg(reviewId));
    const QString bodyHash = q.value(3).toString();
    q.finish();
    const Result<RegistryRequest> r =
        RegistryRequest::fromJson(QJsonDocument::fromJson(json).object());
    if (!r)
        return refuse(u"unreadable_review"_s, r.errorMessage());

    // The document must not belong to another person: that is a duplicate to clear first.
    const QString doc = documentKey(*r);
    if (!doc.isEmpty()) {
        if (!m_store.exec(q, u"SELECT iin FROM person_keys WHERE match_key = ?"_s, {doc}))
            return failed();
        const QString holder = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (!holder.isEmpty() && holder != sameAs.value_or(QString()))
            return refuse(u"document_taken"_s,
                          u"The request's document already belongs to IIN %1; decide "
                          "--same-as %1, or clear the duplicate first."_s.arg(holder));
    }
    Verdict v;
    v.kind = Verdict::Kind::NewPerson;
    if (sameAs) {
        if (!m_store.exec(q, u"SELECT birth_date, sex FROM persons WHERE iin = ?"_s, {*sameAs}))
            return failed();
        if (!q.next())
            return refuse(u"unknown_iin"_s,
                          u"The registry has no person with IIN %1."_s.arg(*sameAs));
        // The IIN carries the birth date and sex: another person's cannot be handed out.
        if (q.value(0).toString() != r->birthDate.toString(Qt::ISODate) ||
            q.value(1).toString() != sexToString(r->sex))
            return refuse(
                u"not_the_same"_s,
                u"IIN %1 belongs to a person with another birth date or sex."_s.arg(*sameAs));
        q.finish();
        v.kind = Verdict::Kind::Existing;
        v.iin = *sameAs;
    }
    const Decision d = answerWith(deskId, *r, bodyHash, v, true);
    if (d.kind == Decision::Kind::Exhausted)
        return refuse(QString::fromUtf16(reg::ErrorSerialsExhausted),
                      u"No IIN serial is left for this birth date and sex."_s);
    if (d.kind != Decision::Kind::Answer)
        return failed();
    if (!m_store.exec(q,
                      u"UPDATE reviews SET decision = ?, decided_iin = ?, decided_at = ? "
                      "WHERE review_id = ?"_s,
                      {sameAs ? u"same_as"_s : u"new_person"_s, d.answer.iin,
                       d.answer.answeredAt.toString(Qt::ISODate), reviewId}))
        return failed();
    if (!m_store.commit())
        return failed();
    return d.answer;
}

} // namespace iin::server

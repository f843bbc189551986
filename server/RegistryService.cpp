#include "RegistryService.h"

#include "AnswerAttestations.h"
#include "DeskKeys.h"
#include "Iin.h"
#include "NameKey.h"
#include "RegistryProtocol.h"
#include "RegistryStore.h"

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
    QString number;
    for (QChar c : r.document->number) {
        if (c.isLetterOrNumber())
            number += c.toUpper();
    }
    if (number.isEmpty())
        return {};
    return u"doc|"_s + r.citizenship + u'|' + number;
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
    return RegistryAnswer::State::Rejected;
}

QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << u"?"_s;
    return p.join(u", "_s);
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
        if (d.kind != Decision::Kind::Failed || !d.conflict)
            break;
    }
    return replyFor(d);
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

    // 1. A key seen before gets the answer it got then.
    if (!m_store.run(q,
                     u"SELECT body_sha256, state, iin, reason, answered_at FROM answers "
                     "WHERE desk_id = ? AND idempotency_key = ?"_s,
                     {deskId, key}))
        return fail();
    if (q->next()) {
        d.kind =
            q->value(0).toString() == bodyHash ? Decision::Kind::Replay : Decision::Kind::KeyReused;
        d.answer.idempotencyKey = r.idempotencyKey;
        d.answer.state = stateFromString(q->value(1).toString());
        d.answer.iin = q->value(2).toString();
        d.answer.reason = q->value(3).toString();
        d.answer.answeredAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODate);
        q->finish();
        if (d.kind == Decision::Kind::Replay &&
            !AnswerAttestations::load(m_store, deskId, key, d.answer))
            return fail();
        return d;
    }
    q->finish();

    RegistryAnswer& a = d.answer;
    a.idempotencyKey = r.idempotencyKey;
    a.answeredAt = QDateTime::currentDateTimeUtc();
    a.answeredAt.setTime(QTime(a.answeredAt.time().hour(), a.answeredAt.time().minute(),
                               a.answeredAt.time().second()));

    QStringList keys = nameKeys(r);
    if (const QString doc = documentKey(r); !doc.isEmpty())
        keys.prepend(doc);

    if (!meetsRequirements(r)) {
        a.state = RegistryAnswer::State::Rejected;
        a.reason = QString::fromUtf16(reg::ReasonRequirementsNotMet);
    } else {
        // 2. Does the person already have an IIN?
        QVariantList values(keys.begin(), keys.end());
        if (!m_store.run(q,
                         u"SELECT DISTINCT iin FROM person_keys WHERE match_key IN ("_s +
                             placeholders(keys.size()) + u")"_s,
                         values))
            return fail();
        QStringList found;
        while (q->next())
            found << q->value(0).toString();
        q->finish();

        if (found.size() > 1) {
            // The document points to one person and the name to another: someone's data are
            // wrong, and no IIN can be given until a person looks (refusal ground 1).
            a.state = RegistryAnswer::State::Rejected;
            a.reason = QString::fromUtf16(reg::ReasonDataUnreliable);
        } else if (found.size() == 1) {
            if (!m_store.run(q, u"SELECT birth_date, sex FROM persons WHERE iin = ?"_s,
                             {found.first()}) ||
                !q->next())
                return fail();
            const bool same = q->value(0).toString() == r.birthDate.toString(Qt::ISODate) &&
                              q->value(1).toString() == sexToString(r.sex);
            q->finish();
            if (!same) {
                // Same document, different birth date or sex: the data are unreliable.
                a.state = RegistryAnswer::State::Rejected;
                a.reason = QString::fromUtf16(reg::ReasonDataUnreliable);
            } else {
                // Once and for life: the same IIN again. Remember the new document or spelling
                // so that it is recognised next time too.
                for (const QString& k : keys) {
                    if (!m_store.run(q,
                                     u"INSERT INTO person_keys (match_key, iin) VALUES (?, ?) "
                                     "ON CONFLICT (match_key) DO NOTHING"_s,
                                     {k, found.first()}))
                        return fail();
                }
                a.iin = found.first();
                if (r.onExisting == RegistryRequest::OnExisting::Refuse) {
                    a.state = RegistryAnswer::State::Rejected;
                    a.reason = QString::fromUtf16(reg::ReasonIinAlreadyRegistered);
                } else {
                    a.state = RegistryAnswer::State::Existing;
                }
            }
        } else {
            // 3. Form a new IIN: the next usable serial of the person's 7-digit prefix.
            const QString prefix7 = Iin::prefixFor(r.birthDate, r.sex, 0)->left(7);
            if (!m_store.run(q,
                             u"INSERT INTO serial_counters (prefix7, next_serial) VALUES (?, 0) "
                             "ON CONFLICT (prefix7) DO NOTHING"_s,
                             {prefix7}) ||
                !m_store.run(q,
                             u"SELECT next_serial FROM serial_counters WHERE prefix7 = ?"_s +
                                 m_store.forUpdate(),
                             {prefix7}) ||
                !q->next())
                return fail();
            int serial = q->value(0).toInt();
            q->finish();
            std::optional<Iin> iin;
            for (; serial <= 9999 && !iin; ++serial) {
                if (auto prefix = Iin::prefixFor(r.birthDate, r.sex, serial))
                    iin = Iin::fromPrefix(*prefix); // nullopt: an unusable prefix, skipped
            }
            if (!iin) {
                d.kind = Decision::Kind::Exhausted;
                return d;
            }
            // `serial` is now one past the one used: never handed out again.
            if (!m_store.run(q, u"UPDATE serial_counters SET next_serial = ? WHERE prefix7 = ?"_s,
                             {serial, prefix7}) ||
                !m_store.run(q,
                             u"INSERT INTO persons (iin, birth_date, sex, formed_at, desk_id, "
                             "registration_number) VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {iin->toString(), r.birthDate.toString(Qt::ISODate),
                              sexToString(r.sex), a.answeredAt.toString(Qt::ISODate), deskId,
                              r.registrationNumber}))
                return fail();
            for (const QString& k : keys) {
                // Plain INSERT: if another request just took this key, the unique constraint
                // fails, this attempt rolls back, and the next one finds that person.
                if (!m_store.run(q, u"INSERT INTO person_keys (match_key, iin) VALUES (?, ?)"_s,
                                 {k, iin->toString()}))
                    return fail();
            }
            a.state = RegistryAnswer::State::Formed;
            a.iin = iin->toString();
        }
    }

    // 4. Remember the answer under the key, in the same transaction as what it says.
    if (!recordAnswer(deskId, r, bodyHash, a))
        return fail();
    d.kind = Decision::Kind::Answer;
    return d;
}

bool RegistryService::recordAnswer(const QString& deskId, const RegistryRequest& r,
                                   const QString& bodyHash, RegistryAnswer& a)
{
    QSqlQuery* q = nullptr;
    return m_store.run(q,
                       u"INSERT INTO answers (desk_id, idempotency_key, body_sha256, state, iin, "
                       "reason, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {deskId, RegistryRequest::keyToString(r.idempotencyKey), bodyHash,
                        RegistryAnswer::stateToString(a.state),
                        a.iin.isEmpty() ? QVariant() : QVariant(a.iin),
                        a.reason.isEmpty() ? QVariant() : QVariant(a.reason),
                        a.answeredAt.toString(Qt::ISODate)}) &&
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
                      u"SELECT state, iin, reason, answered_at FROM answers "
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
    q.finish();
    if (!AnswerAttestations::load(m_store, deskId, key, a))
        return error(503, reg::ErrorUnavailable,
                     u"The registry's database is unavailable; ask again later."_s);
    ServiceReply reply{200, a.toJson(), u"query:"_s + RegistryAnswer::stateToString(a.state), true};
    return reply;
}

} // namespace iin::server

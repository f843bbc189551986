#include "server/OfficerCommands.h"

#include "server/CommandExit.h"
#include "server/RegistryService.h"
#include "server/RegistryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

namespace iin::server {

using namespace Qt::StringLiterals;

namespace {

void line(QTextStream& out, const QJsonObject& o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
}

int storeFailed(RegistryStore& store, QTextStream& err)
{
    err << "iin-registryd: registry database: " << store.lastError() << '\n';
    return ExitFailure;
}

// A person as the officer compares them: what the registry holds, keys included (documents and
// name keys, with who attached them and when).
std::optional<QJsonObject> person(RegistryStore& store, const QString& iin)
{
    QSqlQuery q = store.newQuery();
    if (!store.exec(q,
                    u"SELECT birth_date, sex, formed_at, desk_id, registration_number FROM persons "
                    "WHERE iin = ?"_s,
                    {iin}))
        return std::nullopt;
    QJsonObject p{{u"iin"_s, iin}};
    if (q.next()) {
        p.insert(u"birth_date"_s, q.value(0).toString());
        p.insert(u"sex"_s, q.value(1).toString());
        p.insert(u"formed_at"_s, q.value(2).toString());
        p.insert(u"desk_id"_s, q.value(3).toString());
        p.insert(u"registration_number"_s, q.value(4).toString());
    }
    q.finish();
    if (!store.exec(q,
                    u"SELECT match_key, desk_id, added_at FROM person_keys WHERE iin = ? "
                    "ORDER BY match_key"_s,
                    {iin}))
        return std::nullopt;
    QJsonArray keys;
    while (q.next()) {
        QJsonObject k{{u"key"_s, q.value(0).toString()}};
        if (!q.value(1).isNull())
            k.insert(u"desk_id"_s, q.value(1).toString());
        if (!q.value(2).isNull())
            k.insert(u"added_at"_s, q.value(2).toString());
        keys.append(k);
    }
    p.insert(u"keys"_s, keys);
    return p;
}

std::optional<qint64> reviewId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int show(RegistryStore& store, qint64 id, QTextStream& out, QTextStream& err)
{
    QSqlQuery q = store.newQuery();
    if (!store.exec(q,
                    u"SELECT desk_id, idempotency_key, request_json, candidates, opened_at, "
                    "decision, decided_iin, decided_at FROM reviews WHERE review_id = ?"_s,
                    {id}))
        return storeFailed(store, err);
    if (!q.next()) {
        err << "iin-registryd: there is no review " << id << '\n';
        return ExitFailure;
    }
    QJsonObject o{{u"review_id"_s, id},
                  {u"desk_id"_s, q.value(0).toString()},
                  {u"idempotency_key"_s, q.value(1).toString()},
                  {u"request"_s, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()},
                  {u"opened_at"_s, q.value(4).toString()},
                  {u"state"_s, q.value(5).isNull() ? u"open"_s : u"decided"_s}};
    if (!q.value(5).isNull()) {
        o.insert(u"decision"_s, q.value(5).toString());
        o.insert(u"decided_iin"_s, q.value(6).toString());
        o.insert(u"decided_at"_s, q.value(7).toString());
    }
    const QStringList candidates = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    q.finish();
    QJsonArray persons;
    for (const QString& iin : candidates) {
        const std::optional<QJsonObject> p = person(store, iin);
        if (!p)
            return storeFailed(store, err);
        persons.append(*p);
    }
    o.insert(u"candidates"_s, persons);
    line(out, o);
    return ExitOk;
}

int list(RegistryStore& store, QTextStream& out, QTextStream& err)
{
    QSqlQuery q = store.newQuery();
    if (!store.exec(q,
                    u"SELECT review_id, desk_id, request_json, candidates, opened_at FROM reviews "
                    "WHERE decision IS NULL ORDER BY review_id"_s))
        return storeFailed(store, err);
    while (q.next()) {
        const QJsonObject request =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        line(out, QJsonObject{
                      {u"review_id"_s, q.value(0).toLongLong()},
                      {u"desk_id"_s, q.value(1).toString()},
                      {u"registration_number"_s, request.value(u"registration_number"_s)},
                      {u"opened_at"_s, q.value(4).toString()},
                      {u"candidates"_s, QJsonArray::fromStringList(
                                            q.value(3).toString().split(u',', Qt::SkipEmptyParts))},
                  });
    }
    return ExitOk;
}

} // namespace

int OfficerCommands::duplicates(RegistryStore& store, QTextStream& out, QTextStream& err)
{
    // Each key that more than one person held once the keys were spelled alike: its holder
    // first, then the others.
    QSqlQuery q = store.newQuery();
    if (!store.exec(q, u"SELECT d.match_key, k.iin, d.iin FROM duplicate_keys d "
                       "LEFT JOIN person_keys k ON k.match_key = d.match_key "
                       "ORDER BY d.match_key, d.iin"_s))
        return storeFailed(store, err);
    QList<std::pair<QString, QStringList>> groups;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (groups.isEmpty() || groups.last().first != key) {
            groups.append({key, {}});
            if (!q.value(1).isNull())
                groups.last().second << q.value(1).toString();
        }
        if (!groups.last().second.contains(q.value(2).toString()))
            groups.last().second << q.value(2).toString();
    }
    q.finish();
    for (const auto& [key, iins] : groups) {
        // "doc|<issuing state>|<number>"
        const QStringList parts = key.split(u'|');
        QJsonArray persons;
        for (const QString& iin : iins) {
            const std::optional<QJsonObject> p = person(store, iin);
            if (!p)
                return storeFailed(store, err);
            persons.append(*p);
        }
        line(out, QJsonObject{{u"key"_s, key},
                              {u"issuing_state"_s, parts.value(1)},
                              {u"document_number"_s, parts.value(2)},
                              {u"persons"_s, persons}});
    }
    return ExitOk;
}

int OfficerCommands::review(RegistryStore& store, RegistryService& service, const QStringList& args,
                            const std::optional<QString>& sameAs, bool newPerson, QTextStream& out,
                            QTextStream& err)
{
    const QString what = args.value(0);
    auto usage = [&err](const char* text) {
        err << "iin-registryd: " << text << '\n';
        return ExitUsage;
    };
    if (what == u"list") {
        if (args.size() != 1)
            return usage("review list takes no more words");
        return list(store, out, err);
    }
    if (what != u"show" && what != u"decide")
        return usage("review list | show ID | decide ID --same-as IIN | --new-person");
    const std::optional<qint64> id = reviewId(args.value(1));
    if (args.size() != 2 || !id)
        return usage("give the review's number, e.g. review show 12");
    if (what == u"show")
        return show(store, *id, out, err);
    if (sameAs.has_value() == newPerson)
        return usage("decide with exactly one of --same-as IIN and --new-person");
    const Result<RegistryAnswer> answer = service.settleReview(*id, sameAs);
    if (!answer) {
        err << "iin-registryd: " << answer.errorMessage() << '\n';
        return ExitFailure;
    }
    // What the desk will get when it asks again.
    line(out, QJsonObject{{u"review_id"_s, *id}, {u"answer"_s, answer->toJson()}});
    return ExitOk;
}

} // namespace iin::server

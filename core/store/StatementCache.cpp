#include "core/store/StatementCache.h"

namespace iin {

namespace {

// The caches of the Databases opened on this thread, by connection name.
QHash<QString, StatementCache*>& cachesOfThisThread()
{
    thread_local QHash<QString, StatementCache*> caches;
    return caches;
}

} // namespace

StatementCache::StatementCache(const QString& connectionName) : m_connection(connectionName)
{
    cachesOfThisThread().insert(m_connection, this);
}

StatementCache::~StatementCache()
{
    cachesOfThisThread().remove(m_connection);
    for (const auto& q : std::as_const(m_queries))
        q->finish();
}

QSqlQuery& StatementCache::prepare(QSqlDatabase db, const QString& sql, QSqlQuery& fallback)
{
    StatementCache* cache = cachesOfThisThread().value(db.connectionName());
    if (!cache) {
        fallback = QSqlQuery(db);
        fallback.prepare(sql);
        return fallback;
    }
    std::shared_ptr<QSqlQuery>& q = cache->m_queries[sql];
    if (q) {
        q->finish(); // a read left unfinished must not keep its statement (and lock) open
        return *q;
    }
    q = std::make_shared<QSqlQuery>(db);
    if (!q->prepare(sql)) {
        // Not kept: the next call prepares again (and reports the error again).
        fallback = std::move(*q);
        q.reset();
        cache->m_queries.remove(sql);
        return fallback;
    }
    return *q;
}

} // namespace iin

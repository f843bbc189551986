#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace iin {

// Statements prepared once per connection and reused: SQLite compiles a statement anew at every
// QSqlQuery::prepare, and on the busy paths (the sync worker writing a hundred answers, each with
// its status change and audit record) compiling cost more than running. A Database owns one cache
// for its connection, on the thread that opened it, and drops it before the connection closes.
//
// Only for statements that are run to the end (or finish()ed) before the same text is run again:
// the query handed out is the same object each time.
class StatementCache
{
public:
    explicit StatementCache(const QString& connectionName);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A query on `db` prepared with `sql`, ready for addBindValue() and exec(): the cached one if
    // a Database of this thread owns `db`, otherwise `fallback`, prepared now. Preparing may fail
    // (exec() then reports the error, as with a plain QSqlQuery).
    static QSqlQuery& prepare(QSqlDatabase db, const QString& sql, QSqlQuery& fallback);

private:
    QString m_connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace iin

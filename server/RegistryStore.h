#pragma once

#include "core/base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace iin::server {

// The registry's database: SQLite for one machine (and the desk's training registry), PostgreSQL
// for a shared deployment where several registryd processes serve many desks. One store is one
// connection, used from the thread that opened it. Schema: docs/registry-protocol.md.
class RegistryStore
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    ~RegistryStore();
    RegistryStore(const RegistryStore&) = delete;
    RegistryStore& operator=(const RegistryStore&) = delete;

    // Opens (creating if needed) and brings the schema up to date.
    static Result<std::unique_ptr<RegistryStore>> openSqlite(const QString& file);
    // `conninfo` in libpq's key=value form: "host=127.0.0.1 port=5432 dbname=registry user=x".
    // A password in it is refused (code "store.password_in_conninfo"): the conninfo comes from a
    // command line, which every local user can read. The password comes from `password` (read
    // from --postgres-password-file) or, when that is empty, from libpq's own PGPASSFILE or
    // ~/.pgpass.
    static Result<std::unique_ptr<RegistryStore>> openPostgres(const QString& conninfo,
                                                               const QString& password = {});

    Kind kind() const { return m_kind; }

    // The schema version this program brings a database to (schema_info.version).
    static constexpr int LatestVersion = 2;

    // A write transaction that serialises with every other writer on the rows it locks: on
    // SQLite the whole database (BEGIN IMMEDIATE), on PostgreSQL row locks taken as it goes.
    bool begin();
    bool commit();
    void rollback();

    // Runs a parameterized statement; on failure returns false and remembers the error.
    bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values = {});
    QSqlQuery newQuery() const { return QSqlQuery(m_db); }
    // The same with a statement prepared once per connection and kept: `q` points to it
    // afterwards (valid until the next run() of the same text). Compiling a statement anew for
    // every request cost more than running it; on PostgreSQL it is a round trip of its own.
    bool run(QSqlQuery*& q, const QString& sql, const QVariantList& values);

    // The last error, and whether retrying the whole transaction may succeed: another writer
    // won a race (unique violation, deadlock, serialisation failure) or the database is busy.
    const QString& lastError() const { return m_lastError; }
    bool lastErrorIsConflict() const { return m_lastConflict; }

    // " FOR UPDATE" where the database knows row locks; "" on SQLite (the lock is already held).
    QString forUpdate() const;

    // How many times, in this process, a lost database connection was opened again (all stores
    // together): for /v1/metrics.
    static quint64 reconnects();

private:
    RegistryStore(Kind kind, QSqlDatabase db);
    static Result<std::unique_ptr<RegistryStore>> finishOpen(std::unique_ptr<RegistryStore> s);
    Status migrate();
    bool upgrade();        // the numbered steps after the base tables
    bool rekeyDocuments(); // step 2: document keys in DocumentNumber::key's spelling
    void noteError(const class QSqlError& e);

    Kind m_kind;
    QSqlDatabase m_db;
    QString m_connection;
    QString m_lastError;
    bool m_lastConflict = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace iin::server

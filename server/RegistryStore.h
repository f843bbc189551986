#pragma once

#include "core/base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <chrono>
#include <memory>
#include <unordered_map>

class QLockFile;

namespace iin::server {

// The registry's database: SQLite for one machine (and the desk's training registry), PostgreSQL
// for a shared deployment where several registryd processes serve many desks. One store is one
// connection, used from the thread that opened it. Schema: docs/registry-protocol.md.
//
// The database may go away (PostgreSQL restarted, the network between): a statement that fails
// because the connection is lost marks the store lost; the connection is opened again at the next
// statement outside a transaction (or recover()), at most once per backoff interval (100 ms
// doubling to 4 s), with every prepared statement prepared anew. A transaction open at the loss is
// gone with it (PostgreSQL rolls it back): its remaining statements fail until rollback().
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

    // Several requests in one transaction, one commit (iin-registryd's SQLite writer shares a
    // commit among the submits that waited for it: one fsync instead of one each). Between
    // beginGroup() and commitGroup()/rollbackGroup(), begin/commit/rollback above work on a
    // savepoint, so each request still keeps or drops its own changes.
    bool beginGroup();
    bool commitGroup();
    void rollbackGroup();

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

    // The last failure was the database not answering (connection lost, or not open again yet):
    // the request may succeed later unchanged, so callers answer 503 registry_unavailable.
    bool lastErrorIsUnavailable() const { return m_lastUnavailable; }
    // When the connection was lost: opens it again now if the backoff allows. True when a fresh
    // connection is open, so that the caller may run its whole transaction again.
    bool recover();
    // Whether the database answers a trivial statement now (GET /v1/ready); re-opens a lost
    // connection first when due.
    bool answers();
    // Connections re-opened after a loss, by every store of this process (for /v1/metrics).
    static quint64 reconnects();

    // " FOR UPDATE" where the database knows row locks; "" on SQLite (the lock is already held).
    QString forUpdate() const;

private:
    RegistryStore(Kind kind, QSqlDatabase db);
    static Result<std::unique_ptr<RegistryStore>> finishOpen(std::unique_ptr<RegistryStore> s);
    Status migrate();
    // The schema version as stored, read without writing: 0 for a database without the
    // registry's tables.
    Result<int> storedVersion();
    // store.newer_schema when the database was upgraded by a newer program.
    Status refuseNewer();
    // A checked copy of an existing SQLite database of an older schema before it is migrated
    // (UpgradeBackup); the lock it takes serializes programs starting together.
    Status backupSqliteBeforeUpgrade(std::unique_ptr<QLockFile>& lock, QString* note);
    // The PostgreSQL equivalent, inside the migration's transaction: every table copied into a
    // schema of its own. False with m_lastError when it failed.
    bool backupPostgresBeforeUpgrade(int from, QString* note);
    bool upgrade();             // the numbered steps after the base tables
    bool rekeyDocuments();      // step 2: document keys in DocumentNumber::key's spelling
    bool configureConnection(); // per-connection settings, after every open
    void noteError(const class QSqlError& e);
    // After a failed statement: whether the connection is gone (a cheap probe decides where the
    // error alone does not say).
    bool connectionLost(const class QSqlError& e);
    bool usable(); // re-opens a lost connection when no transaction is open; false: unavailable

    Kind m_kind;
    QSqlDatabase m_db;
    QString m_connection;
    QString m_lastError;
    bool m_lastConflict = false;
    bool m_grouped = false;
    bool m_lastUnavailable = false;
    bool m_inTransaction = false;
    bool m_lost = false;
    QString m_upgradeNote; // where the copy made before the upgrade went, for the log line
    std::chrono::steady_clock::time_point m_nextReconnect;
    std::chrono::milliseconds m_reconnectDelay{0};
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace iin::server

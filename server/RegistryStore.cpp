#include "server/RegistryStore.h"

#include "core/person/DocumentNumber.h"
#include "core/store/Database.h"
#include "core/store/UpgradeBackup.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <atomic>

namespace iin::server {

Q_LOGGING_CATEGORY(lcStore, "iin.registry.store")

using namespace Qt::StringLiterals;

namespace {

// Re-opening a lost connection: at once, then no sooner than this after a failed attempt, the
// delay doubling up to the longest. Short enough that a restarted PostgreSQL is used again within
// seconds, long enough that an outage costs one connection attempt per interval, not one per
// request.
constexpr std::chrono::milliseconds FirstReconnectDelay{100};
constexpr std::chrono::milliseconds LongestReconnectDelay{4000};
// Connections re-opened after a loss, by every store of the process (RegistryStore::reconnects).

std::atomic<quint64>& reconnectCount()
{
    static std::atomic<quint64> count{0};
    return count;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"iin-registry-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error storeError(const QString& detail)
{
    return Error{u"store"_s,
                 QCoreApplication::translate("RegistryStore", "Registry database: %1").arg(detail)};
}

// Version 1 of the schema. Types are plain enough for both SQLite and PostgreSQL.
const char* const SchemaV1[] = {
    // Who may call: the token itself is never stored, only its SHA-256 (see DeskCredentials).
    "CREATE TABLE IF NOT EXISTS desks ("
    " desk_id TEXT PRIMARY KEY,"
    " token_sha256 TEXT NOT NULL,"
    " enabled INTEGER NOT NULL DEFAULT 1,"
    " created_at TEXT NOT NULL)",
    // One row per person who has an IIN. The IIN is the primary key: never issued twice.
    "CREATE TABLE IF NOT EXISTS persons ("
    " iin TEXT PRIMARY KEY,"
    " birth_date TEXT NOT NULL,"
    " sex TEXT NOT NULL,"
    " formed_at TEXT NOT NULL,"
    " desk_id TEXT NOT NULL,"
    " registration_number TEXT NOT NULL)",
    // How a person is recognised again: "doc|<citizenship>|<number>" and
    // "name|<citizenship>|<birth date>|<name key>". Unique: a key points to one person.
    "CREATE TABLE IF NOT EXISTS person_keys ("
    " match_key TEXT PRIMARY KEY,"
    " iin TEXT NOT NULL REFERENCES persons(iin))",
    // The next serial per 7-digit prefix (birth date + century/sex digit). Only ever grows.
    "CREATE TABLE IF NOT EXISTS serial_counters ("
    " prefix7 TEXT PRIMARY KEY,"
    " next_serial INTEGER NOT NULL)",
    // Every answer ever given, by desk and idempotency key: replays return it unchanged.
    "CREATE TABLE IF NOT EXISTS answers ("
    " desk_id TEXT NOT NULL,"
    " idempotency_key TEXT NOT NULL,"
    " body_sha256 TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " iin TEXT,"
    " reason TEXT,"
    " answered_at TEXT NOT NULL,"
    " PRIMARY KEY (desk_id, idempotency_key))",
    "CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)",
    // The registry's signed attestation sent with a formed/existing answer, kept so that a
    // replay of the key returns the same bytes (docs/registry-protocol.md, "Attestations").
    "CREATE TABLE IF NOT EXISTS answer_attestations ("
    " desk_id TEXT NOT NULL,"
    " idempotency_key TEXT NOT NULL,"
    " attestation TEXT NOT NULL,"
    " PRIMARY KEY (desk_id, idempotency_key))",
    // Desk keys the registry certified (POST /v1/desk-keys), published in the trust file;
    // revoked_at set by `revoke-desk-key`.
    "CREATE TABLE IF NOT EXISTS desk_keys ("
    " key_id TEXT PRIMARY KEY,"
    " desk_id TEXT NOT NULL,"
    " public_key TEXT NOT NULL UNIQUE,"
    " valid_from TEXT NOT NULL,"
    " valid_until TEXT NOT NULL,"
    " certified_by TEXT NOT NULL,"
    " certificate TEXT NOT NULL,"
    " certified_at TEXT NOT NULL,"
    " revoked_at TEXT)",
};

// Version 2: document keys in the one spelling the desk and the registry share
// (DocumentNumber::key), the provenance of every key, and an officer's review of possible
// matches (docs/registry.md, "Review").
const char* const SchemaV2[] = {
    // Who attached a key to a person, and when: a wrong link can be traced and undone. Empty on
    // keys from before version 2.
    "ALTER TABLE person_keys ADD COLUMN desk_id TEXT",
    "ALTER TABLE person_keys ADD COLUMN added_at TEXT",
    // Persons the new document keys showed to be one: the key stayed with the person who held
    // it in the new spelling (or re-keyed first); each other holder is listed here for an
    // officer (`iin-registryd duplicates`). Nothing is merged.
    "CREATE TABLE duplicate_keys ("
    " match_key TEXT NOT NULL,"
    " iin TEXT NOT NULL REFERENCES persons(iin),"
    " found_at TEXT NOT NULL,"
    " PRIMARY KEY (match_key, iin))",
    // A request that matched a person by name, birth date and citizenship alone waits here for
    // an officer. `candidates`: the IINs the name keys found, comma-separated; `document_key`:
    // the request's, so that another request with the same document waits too.
    "CREATE TABLE reviews ("
    " review_id INTEGER PRIMARY KEY,"
    " desk_id TEXT NOT NULL,"
    " idempotency_key TEXT NOT NULL,"
    " request_json TEXT NOT NULL,"
    " document_key TEXT,"
    " candidates TEXT NOT NULL,"
    " opened_at TEXT NOT NULL,"
    " decision TEXT CHECK (decision IN ('same_as', 'new_person')),"
    " decided_iin TEXT,"
    " decided_at TEXT,"
    " UNIQUE (desk_id, idempotency_key))",
    "CREATE INDEX reviews_open ON reviews (document_key, decision)",
    // The review a waiting answer points to (state pending_review).
    "ALTER TABLE answers ADD COLUMN review_id INTEGER",
};

} // namespace

RegistryStore::RegistryStore(Kind kind, QSqlDatabase db)
    : m_kind(kind), m_db(std::move(db)), m_connection(m_db.connectionName())
{
}

RegistryStore::~RegistryStore()
{
    m_prepared.clear(); // before the connection they belong to
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<RegistryStore>> RegistryStore::openSqlite(const QString& file)
{
    // Persons, document numbers and IINs: the file is the registry's account's alone from its
    // first byte (SQLite gives the -wal and -shm files the main file's permissions).
    const bool onDisk = !file.isEmpty() && !file.startsWith(u':') && !file.startsWith(u"file:");
    if (onDisk && !QFileInfo::exists(file) && !Database::createPrivateFile(file))
        return storeError(
            QCoreApplication::translate("RegistryStore", "cannot create %1").arg(file));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
    db.setDatabaseName(file);
    // Several processes may share the file: wait for the write lock instead of failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    std::unique_ptr<RegistryStore> s(new RegistryStore(Kind::Sqlite, db));
    if (!s->m_db.open())
        return storeError(s->m_db.lastError().text());
    // Before the first write (even the journal mode): a newer program's file is left as it is,
    // and an older one is copied first. The lock is held until the migration has committed.
    if (Status st = s->refuseNewer(); !st)
        return st.error();
    std::unique_ptr<QLockFile> upgradeLock;
    if (Status st = s->backupSqliteBeforeUpgrade(upgradeLock, &s->m_upgradeNote); !st)
        return st.error();
    if (!s->configureConnection())
        return storeError(s->m_lastError);
    return finishOpen(std::move(s));
}

bool RegistryStore::configureConnection()
{
    if (m_kind != Kind::Sqlite)
        return true;
    QSqlQuery q(m_db);
    // WAL lets readers go on while one writer works; FULL makes every commit durable before
    // the answer leaves, so a crash right after answering never loses an issued IIN. Settings
    // of the connection: a re-opened one needs them again.
    for (const auto* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    return true;
}

Result<std::unique_ptr<RegistryStore>> RegistryStore::openPostgres(const QString& conninfo,
                                                                   const QString& password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, nextConnectionName());
    QStringList rest;
    const QStringList parts = conninfo.split(u' ', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return storeError(
                QCoreApplication::translate("RegistryStore", "bad connection parameter \"%1\"")
                    .arg(part));
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == u"host")
            db.setHostName(value);
        else if (key == u"port")
            db.setPort(value.toInt());
        else if (key == u"dbname")
            db.setDatabaseName(value);
        else if (key == u"user")
            db.setUserName(value);
        else if (key == u"password")
            return Error{u"store.password_in_conninfo"_s,
                         QCoreApplication::translate(
                             "RegistryStore",
                             "a password in --postgres is refused (the command line is visible "
                             "to every local user): put it in a file readable by the registry's "
                             "account alone and name it with --postgres-password-file, or use "
                             "libpq's PGPASSFILE or ~/.pgpass")};
        else
            rest << part; // sslmode=..., connect_timeout=...: passed to libpq as they are
    }
    // A connection attempt to a host that does not answer would otherwise wait for the
    // operating system's TCP timeout (minutes) with every request behind it, at the first open
    // and at every re-open after a loss.
    if (!std::any_of(rest.cbegin(), rest.cend(),
                     [](const QString& p) { return p.startsWith(u"connect_timeout="); }))
        rest << u"connect_timeout=5"_s;
    db.setConnectOptions(rest.join(u';'));
    if (!password.isEmpty())
        db.setPassword(password);
    std::unique_ptr<RegistryStore> s(new RegistryStore(Kind::Postgres, db));
    if (!s->m_db.open())
        return storeError(s->m_db.lastError().text());
    if (Status st = s->refuseNewer(); !st)
        return st.error();
    return finishOpen(std::move(s));
}

Result<std::unique_ptr<RegistryStore>> RegistryStore::finishOpen(std::unique_ptr<RegistryStore> s)
{
    if (Status st = s->migrate(); !st)
        return st.error();
    return s;
}

Result<int> RegistryStore::storedVersion()
{
    QSqlQuery q(m_db);
    const QString exists =
        m_kind == Kind::Sqlite
            ? u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_info'"_s
            : u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
              " AND tablename = 'schema_info'"_s;
    if (!q.exec(exists) || !q.next())
        return storeError(q.lastError().text());
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(u"SELECT max(version) FROM schema_info"_s) || !q.next())
        return storeError(q.lastError().text());
    return q.value(0).toInt();
}

Status RegistryStore::refuseNewer()
{
    const Result<int> version = storedVersion();
    if (!version)
        return version.error();
    if (*version <= LatestVersion)
        return {};
    // The program's version, where main() set it (pkg's --version); otherwise left out.
    const QString program = QCoreApplication::applicationVersion();
    const QString who =
        program.isEmpty()
            ? QCoreApplication::translate("RegistryStore", "this program")
            : QCoreApplication::translate("RegistryStore", "this program (version %1)")
                  .arg(program);
    return Error{u"store.newer_schema"_s,
                 QCoreApplication::translate(
                     "RegistryStore",
                     "Registry database: it is at schema version %1, written by a newer "
                     "iin-registryd; %2 knows schemas up to %3. Nothing was changed. Start the "
                     "newer iin-registryd again, or restore the backup made before its upgrade "
                     "(docs/upgrades.md).")
                     .arg(*version)
                     .arg(who)
                     .arg(LatestVersion)};
}

Status RegistryStore::backupSqliteBeforeUpgrade(std::unique_ptr<QLockFile>& lock, QString* note)
{
    const QString file = m_db.databaseName();
    if (file.isEmpty() || file.startsWith(u':') || file.startsWith(u"file:"))
        return {}; // in memory: nothing to keep
    Result<int> version = storedVersion();
    if (!version)
        return version.error();
    if (*version < 1 || *version >= LatestVersion)
        return {};
    const QString folder = UpgradeBackup::folderFor(file);
    const auto refused = [&](const QString& why) {
        return Error{
            u"store.upgrade_backup"_s,
            QCoreApplication::translate(
                "RegistryStore",
                "Registry database: it must be upgraded from schema %1 to %2, and a backup of it "
                "is made first. The backup failed, so nothing was changed. %3 Make the folder "
                "\"%4\" writable for the registry's account and free some disk space there, then "
                "start again.")
                .arg(*version)
                .arg(LatestVersion)
                .arg(why, folder)};
    };
    Result<std::unique_ptr<QLockFile>> locked = UpgradeBackup::lock(file);
    if (!locked)
        return refused(locked.errorMessage());
    lock = std::move(locked).value();
    // Another process may have upgraded it while this one waited.
    version = storedVersion();
    if (!version)
        return version.error();
    if (*version < 1 || *version >= LatestVersion)
        return {};
    const Result<UpgradeBackup::Made> made =
        UpgradeBackup::write(m_db, file, *version, u"SELECT max(version) FROM schema_info"_s);
    if (!made)
        return refused(made.errorMessage());
    *note = u"backup %1 (sha256 %2)"_s.arg(made->file, made->sha256);
    return {};
}

bool RegistryStore::backupPostgresBeforeUpgrade(int from, QString* note)
{
    // A schema beside the registry's own, in the migration's transaction: the copy is of the
    // very rows the migration starts from, and it exists exactly when the upgrade committed.
    const QString target = u"iin_backup_schema%1_%2"_s.arg(from).arg(
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLower());
    QSqlQuery q(m_db);
    if (!exec(q, u"SELECT current_schema()"_s) || !q.next())
        return false;
    const QString source = q.value(0).toString();
    if (!exec(q, u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                 "ORDER BY tablename"_s))
        return false;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    const auto quoted = [](const QString& name) -> QString {
        return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
    };
    if (!exec(q, u"CREATE SCHEMA %1"_s.arg(quoted(target))))
        return false;
    if (!exec(q, u"COMMENT ON SCHEMA %1 IS 'iin-registryd: copy of schema %2 before upgrading to "
                 "schema %3'"_s.arg(quoted(target))
                     .arg(from)
                     .arg(LatestVersion)))
        return false;
    for (const QString& table : tables) {
        const QString original = quoted(source) + u'.' + quoted(table);
        const QString copy = quoted(target) + u'.' + quoted(table);
        if (!exec(q, u"CREATE TABLE %1 AS TABLE %2"_s.arg(copy, original)))
            return false;
        // Checked: every row is there (the same snapshot, so the counts must agree).
        if (!exec(q, u"SELECT (SELECT count(*) FROM %1) = (SELECT count(*) FROM %2)"_s.arg(
                         copy, original)) ||
            !q.next())
            return false;
        if (!q.value(0).toBool()) {
            m_lastError = u"the copy of table %1 is incomplete"_s.arg(table);
            return false;
        }
    }
    *note = u"backup schema %1 (%2 tables)"_s.arg(target).arg(tables.size());
    return true;
}

Status RegistryStore::migrate()
{
    // An existing SQLite registry of an older schema was copied by openSqlite already.
    QString note = m_upgradeNote;
    int from = 0;
    // Several processes may start at once on a new database: one migrates, the others wait.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!begin())
            return storeError(m_lastError);
        bool ok = true;
        QSqlQuery q(m_db);
        if (m_kind == Kind::Postgres)
            ok = exec(q, u"SELECT pg_advisory_xact_lock(7315001)"_s);
        if (ok) {
            const Result<int> version = storedVersion();
            ok = bool(version);
            if (!ok)
                m_lastError = version.errorMessage();
            from = ok ? *version : 0;
        }
        if (ok && m_kind == Kind::Postgres && from >= 1 && from < LatestVersion)
            ok = backupPostgresBeforeUpgrade(from, &note);
        for (const char* sql : SchemaV1) {
            if (ok)
                ok = exec(q, QString::fromLatin1(sql));
        }
        if (ok)
            ok = exec(q, u"SELECT count(*) FROM schema_info"_s) && q.next();
        if (ok && q.value(0).toInt() == 0)
            ok = exec(q, u"INSERT INTO schema_info (version) VALUES (1)"_s);
        if (ok)
            ok = upgrade();
        if (ok && commit()) {
            // One line for the operator's log; no personal data in it.
            if (from >= 1 && from < LatestVersion)
                qInfo().noquote() << u"iin-registryd: registry database upgraded from schema %1 "
                                     "to %2; %3"_s.arg(from)
                                         .arg(LatestVersion)
                                         .arg(note.isEmpty() ? u"no backup (in memory)"_s : note);
            return {};
        }
        rollback();
        if (!m_lastConflict)
            break;
    }
    return storeError(m_lastError);
}

bool RegistryStore::upgrade()
{
    // Numbered steps after the base tables, in the migration's transaction: a registry is at
    // one version or the one before, never half way.
    QSqlQuery q(m_db);
    if (!exec(q, u"SELECT max(version) FROM schema_info"_s) || !q.next())
        return false;
    const int from = q.value(0).toInt();
    q.finish();
    if (from > LatestVersion) {
        m_lastError = QCoreApplication::translate("RegistryStore",
                                                  "the database is at schema version %1; this "
                                                  "program knows up to %2")
                          .arg(from)
                          .arg(LatestVersion);
        m_lastConflict = false;
        return false;
    }
    if (from < 2) {
        for (const char* sql : SchemaV2) {
            if (!exec(q, QString::fromLatin1(sql)))
                return false;
        }
        if (!rekeyDocuments())
            return false;
    }
    if (from < LatestVersion && !exec(q, u"UPDATE schema_info SET version = ?"_s, {LatestVersion}))
        return false;
    return true;
}

bool RegistryStore::rekeyDocuments()
{
    // Every document key again in DocumentNumber::key's spelling ("doc|<state>|<number>").
    // Where two persons' keys now meet, the key stays with the one who has it and the other is
    // listed in duplicate_keys.
    QSqlQuery q(m_db);
    if (!exec(q, u"SELECT k.match_key, k.iin FROM person_keys k JOIN persons p ON p.iin = k.iin "
                 "WHERE k.match_key LIKE 'doc|%' ORDER BY p.formed_at, k.iin, k.match_key"_s))
        return false;
    QList<std::pair<QString, QString>> keys;
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const auto& [oldKey, iin] : keys) {
        const qsizetype bar = oldKey.lastIndexOf(u'|');
        const QString newKey = oldKey.left(bar + 1) + DocumentNumber::key(oldKey.mid(bar + 1));
        if (newKey == oldKey)
            continue;
        if (!exec(q, u"SELECT iin FROM person_keys WHERE match_key = ?"_s, {newKey}))
            return false;
        const QString holder = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (holder.isEmpty()) {
            if (!exec(q, u"UPDATE person_keys SET match_key = ? WHERE match_key = ?"_s,
                      {newKey, oldKey}))
                return false;
            continue;
        }
        if (holder != iin &&
            !exec(q,
                  u"INSERT INTO duplicate_keys (match_key, iin, found_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (match_key, iin) DO NOTHING"_s,
                  {newKey, iin, now}))
            return false;
        if (!exec(q, u"DELETE FROM person_keys WHERE match_key = ?"_s, {oldKey}))
            return false;
    }
    return true;
}

bool RegistryStore::begin()
{
    QSqlQuery q(m_db);
    if (m_grouped)
        return exec(q, u"SAVEPOINT grouped_request"_s);
    if (!exec(q, m_kind == Kind::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return false;
    m_inTransaction = true;
    return true;
}

bool RegistryStore::commit()
{
    QSqlQuery q(m_db);
    if (m_grouped)
        return exec(q, u"RELEASE SAVEPOINT grouped_request"_s);
    if (!exec(q, u"COMMIT"_s))
        return false;
    m_inTransaction = false;
    return true;
}

void RegistryStore::rollback()
{
    // Inside a group only the request's savepoint goes: the group's transaction stays open.
    if (!m_grouped)
        m_inTransaction = false;
    // A lost connection took its transaction with it (PostgreSQL rolls it back).
    if (m_lost)
        return;
    QSqlQuery q(m_db);
    const QString error = m_lastError;
    const bool conflict = m_lastConflict;
    const bool unavailable = m_lastUnavailable;
    if (m_grouped) {
        if (q.exec(u"ROLLBACK TO SAVEPOINT grouped_request"_s))
            q.exec(u"RELEASE SAVEPOINT grouped_request"_s);
    } else {
        q.exec(u"ROLLBACK"_s);
    }
    m_lastError = error;
    m_lastConflict = conflict;
    m_lastUnavailable = unavailable;
}

bool RegistryStore::usable()
{
    if (!m_lost)
        return true;
    // Never in the middle of a transaction: its earlier statements are gone with the old
    // connection, and the rest would run on the new one without them.
    if (!m_inTransaction && recover())
        return true;
    if (m_inTransaction)
        m_lastError = u"the database connection was lost during the transaction"_s;
    m_lastConflict = false;
    m_lastUnavailable = true;
    return false;
}

bool RegistryStore::recover()
{
    if (!m_lost)
        return true;
    if (m_inTransaction)
        return false;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point now = Clock::now();
    m_lastConflict = false;
    m_lastUnavailable = true;
    if (now < m_nextReconnect) {
        m_lastError = u"the database connection is lost; the registry is re-opening it"_s;
        return false;
    }
    // A SQLite file that is gone would be created anew, empty: only a file that is there.
    const QString file = m_db.databaseName();
    const bool fileGone = m_kind == Kind::Sqlite && !file.isEmpty() && !file.startsWith(u':') &&
                          !file.startsWith(u"file:") && !QFileInfo::exists(file);
    m_prepared.clear(); // prepared on the old connection: prepared again as they are used
    m_db.close();
    if (!fileGone && m_db.open() && configureConnection()) {
        m_lost = false;
        m_reconnectDelay = std::chrono::milliseconds(0);
        m_lastUnavailable = false;
        reconnectCount().fetch_add(1, std::memory_order_relaxed);
        qCInfo(lcStore) << "database connection re-opened";
        return true;
    }
    if (fileGone)
        m_lastError = u"the database file is missing"_s;
    else if (m_db.lastError().isValid())
        m_lastError = m_db.lastError().text();
    m_reconnectDelay = m_reconnectDelay.count() == 0
                           ? FirstReconnectDelay
                           : std::min(m_reconnectDelay * 2, LongestReconnectDelay);
    m_nextReconnect = now + m_reconnectDelay;
    // The driver's connection error (host, port, "connection refused"): no personal data.
    qCWarning(lcStore).noquote() << u"database still unavailable (next attempt in %1 ms): %2"_s.arg(
        QString::number(m_reconnectDelay.count()), m_lastError.simplified());
    return false;
}

bool RegistryStore::answers()
{
    if (!usable())
        return false;
    {
        QSqlQuery q(m_db);
        if (q.exec(u"SELECT 1"_s))
            return true;
        noteError(q.lastError());
    }
    // A connection lost while it was idle is found only now: one fresh attempt at once.
    if (!m_lost || !recover())
        return false;
    QSqlQuery again(m_db);
    if (again.exec(u"SELECT 1"_s))
        return true;
    noteError(again.lastError());
    return false;
}

bool RegistryStore::beginGroup()
{
    if (m_grouped || !begin())
        return false;
    m_grouped = true;
    return true;
}

bool RegistryStore::commitGroup()
{
    m_grouped = false;
    if (commit())
        return true;
    rollback();
    return false;
}

void RegistryStore::rollbackGroup()
{
    m_grouped = false;
    rollback();
}

bool RegistryStore::exec(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    if (!usable())
        return false;
    // Statements without values run as they are: PostgreSQL cannot PREPARE BEGIN or DDL.
    if (values.isEmpty()) {
        if (!q.exec(sql)) {
            noteError(q.lastError());
            return false;
        }
        return true;
    }
    if (!q.prepare(sql)) {
        noteError(q.lastError());
        return false;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        noteError(q.lastError());
        return false;
    }
    return true;
}

bool RegistryStore::run(QSqlQuery*& q, const QString& sql, const QVariantList& values)
{
    if (!usable())
        return false;
    std::unique_ptr<QSqlQuery>& cached = m_prepared[sql];
    if (!cached) {
        auto fresh = std::make_unique<QSqlQuery>(m_db);
        if (!fresh->prepare(sql)) {
            noteError(fresh->lastError());
            m_prepared.erase(sql);
            return false;
        }
        cached = std::move(fresh);
    }
    q = cached.get();
    q->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values[i]);
    if (!q->exec()) {
        noteError(q->lastError());
        return false;
    }
    return true;
}

void RegistryStore::noteError(const QSqlError& e)
{
    m_lastError = e.text();
    const QString code = e.nativeErrorCode();
    if (m_kind == Kind::Postgres) {
        // unique_violation, serialization_failure, deadlock_detected
        m_lastConflict = code == u"23505" || code == u"40001" || code == u"40P01";
    } else {
        // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CONSTRAINT (unique), with extended codes
        const int n = code.toInt();
        m_lastConflict = (n & 0xff) == 5 || (n & 0xff) == 6 || n == 2067 || n == 1555;
    }
    m_lastUnavailable = !m_lastConflict && (m_lost || connectionLost(e));
    if (m_lastUnavailable && !m_lost) {
        m_lost = true;
        m_nextReconnect = {}; // the first attempt at once
        m_reconnectDelay = std::chrono::milliseconds(0);
        qCWarning(lcStore).noquote() << u"database connection lost (%1); re-opening it"_s.arg(
            code.isEmpty() ? u"no answer"_s : u"SQLSTATE "_s + code);
    }
}

bool RegistryStore::connectionLost(const QSqlError& e)
{
    // Qt's own "database not open" and failed opens.
    if (e.type() == QSqlError::ConnectionError)
        return true;
    const QString code = e.nativeErrorCode();
    if (m_kind == Kind::Sqlite) {
        // SQLITE_IOERR and SQLITE_CANTOPEN, with extended codes: the file cannot be read.
        const int n = code.toInt() & 0xff;
        return n == 10 || n == 14;
    }
    // Class 08 (connection exception) and the server shutting down or starting up:
    // admin_shutdown, crash_shutdown, cannot_connect_now.
    if (code.startsWith(u"08") || code == u"57P01" || code == u"57P02" || code == u"57P03")
        return true;
    if (!code.isEmpty())
        return false; // PostgreSQL itself answered: the connection works
    // No SQLSTATE: libpq's own error (the server closed the connection) or the driver's. A
    // trivial statement tells them apart; within a failed transaction PostgreSQL refuses it with
    // a SQLSTATE of its own, which still says that it answers.
    QSqlQuery probe(m_db);
    if (probe.exec(u"SELECT 1"_s))
        return false;
    const QString probeCode = probe.lastError().nativeErrorCode();
    return probeCode.isEmpty() || probeCode.startsWith(u"08") || probeCode.startsWith(u"57P0");
}

QString RegistryStore::forUpdate() const
{
    return m_kind == Kind::Postgres ? u" FOR UPDATE"_s : QString();
}

quint64 RegistryStore::reconnects()
{
    return reconnectCount().load(std::memory_order_relaxed);
}

} // namespace iin::server

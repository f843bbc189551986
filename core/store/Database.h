#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace iin {

// The desk's local SQLite journal: one file, opened through its own named QtSql connection.
// A Database belongs to the thread that opened it; a worker thread opens its own Database on
// the same file (SQLite in WAL mode lets readers and one writer work side by side).
//
// Opening refuses a damaged file without writing a byte to it, turns on WAL (checked; falls
// back to a rollback journal where WAL is impossible), foreign keys, a busy timeout and full
// synchronous writes, then brings the schema up to date (Migrations). A file of an older
// schema is first copied, checked, into "upgrade-backups/" beside it (UpgradeBackup); when that
// copy cannot be made nothing is migrated. A file of a newer schema is refused before anything
// is written to it. docs/upgrades.md.
//
// The damage check (PRAGMA quick_check) reads the whole file: about a second for a journal of
// a million applications. A program that must show itself sooner opens with
// OpenCheck::Deferred and runs checkIntegrity() itself, on a worker thread, right after.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenCheck
    {
        Full,     // quick_check before anything else
        Deferred, // only the schema is read; the whole file is checked before a migration
                  // writes to it, otherwise by the caller's checkIntegrity()
    };

    struct Options
    {
        int busyTimeoutMs = 5000;
        // Stop the migrations at this schema version (tests build fixtures of older versions).
        int upToVersion = -1;
        OpenCheck check = OpenCheck::Full;
    };

    // The default file: "journal.sqlite" in the user's data folder, shared by the desk and the
    // command-line tool ("~/.local/share/IIN Desk/journal.sqlite" on Linux).
    static QString defaultPath();
    // Creates an empty file only its owner may read and write: the journal, its backups and
    // scans hold personal data and the operators' password hashes. False if it cannot.
    static bool createPrivateFile(const QString& path);

    // What an open that upgraded the file did. Only the program that made the upgrade sees it;
    // a program that opens the file afterwards finds it up to date.
    struct Upgrade
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupFile; // absolute path of the copy made before
        QString backupSha256;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The connection; only for the thread that opened this Database.
    QSqlDatabase sql() const;
    QString path() const { return m_path; }
    // Where attachments are kept, content-addressed: "<file>.attachments/" beside the database.
    QString attachmentsPath() const;
    QString journalMode() const { return m_journalMode; } // "wal", or "delete" as fallback
    int schemaVersion() const;
    const std::optional<Upgrade>& upgrade() const { return m_upgrade; }
    // PRAGMA quick_check over the whole file: store.corrupt (with SQLite's first findings)
    // unless it is sound. Reads only.
    Status checkIntegrity();

private:
    Database(QString path, QString connection);
    Status configure(const Options& options);
    Error newerSchema(int version) const;

    QString m_path;
    QString m_connection;
    QString m_journalMode;
    std::optional<Upgrade> m_upgrade;
    std::unique_ptr<class StatementCache> m_statements; // dropped before the connection closes
    QThread* m_thread = nullptr;
};

// A write transaction taken with BEGIN IMMEDIATE, so that two writers queue on the busy timeout
// instead of failing halfway; rolled back unless commit() succeeds.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace iin

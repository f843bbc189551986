#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace iin {

// The copy of a journal that a newer program makes of it before it upgrades its schema, so
// that going back to the older program is always possible (docs/upgrades.md):
// "<journal folder>/upgrade-backups/<journal name>-schema<N>-<UTC stamp>.sqlite".
//
// Only the database file is copied: the attachments beside it ("<journal>.attachments/") are
// content-addressed and only ever added to, so the old journal still finds every one of its
// files there after the upgrade.
class UpgradeBackup
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeBackup)

public:
    struct Made
    {
        QString file;   // absolute path
        QString sha256; // of the file, hex
    };

    static QString folderFor(const QString& databasePath);
    // Makes the backup folder and takes the lock that serializes the copy and the migration
    // between programs starting together: the second one waits (up to ten minutes, never taking
    // over from a program still running), then finds the file upgraded. Hold it until the
    // migration has committed. Fails with why in a sentence the caller's message can quote.
    static Result<std::unique_ptr<QLockFile>> lock(const QString& databasePath);
    // "journal-schema12-2026-12-06T051207Z.sqlite" for "journal.sqlite" at schema 12.
    static QString fileName(const QString& databasePath, int schema, const QDateTime& at);

    // Writes a consistent copy of `db` (the open connection to `databasePath`, still at schema
    // `schema`, outside any transaction) with VACUUM INTO into a new owner-only file, reopens
    // it read-only and checks it (quick_check, the schema version), and flushes it and its
    // folder to disk. Never writes over an existing file; removes a copy that fails its check.
    // Reads the journal only. `versionQuery` reads the schema version (the registry keeps it in
    // a table of its own).
    static Result<Made> write(QSqlDatabase db, const QString& databasePath, int schema,
                              const QString& versionQuery = QStringLiteral("PRAGMA user_version"));
};

} // namespace iin

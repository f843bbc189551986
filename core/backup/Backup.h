#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

class Database;

// A consistent copy of the journal taken while the desk keeps working: SQLite's VACUUM INTO
// reads one snapshot of the database and writes a compact, self-contained file (no WAL beside
// it). The copy is then opened and checked before it is reported as done. Restore:
// docs/store.md.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Refuses to overwrite an existing file, and an operator whose role may not export the
    // journal (Permission::ExportData, Authorization). Records the backup in the audit trail
    // once the copy exists and passes its check.
    static Status write(Database& database, const QString& target, const QString& operatorId);

    // The copy alone, at a path that must not exist: written, read back and integrity-checked,
    // removed again when any of that fails. No permission check and no audit record: the caller
    // does both (EncryptedBackup makes its plaintext copy here in a private folder).
    static Status copyChecked(Database& database, const QString& file);
};

} // namespace iin

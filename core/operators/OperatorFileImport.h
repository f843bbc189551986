#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

class Database;

// Brings the operators file of an earlier desk version ("operators.sqlite" in the desk's data
// folder, tables `operators` and `operator_events`) into the journal, once: the accounts with
// their password hashes, roles, languages and lockout counters, and every old event as an
// audit record ("operator.event_imported", with the event's own time in its details), all in
// one transaction. The file is then renamed "operators.sqlite.imported" (or, where it cannot
// be renamed, left as it is and known by its path in `meta`), so nothing is lost and nothing is
// imported twice. An account whose login the journal already holds is kept as the journal has
// it, and the import says so in its record.
class OperatorFileImport
{
    Q_DECLARE_TR_FUNCTIONS(OperatorFileImport)

public:
    struct Summary
    {
        bool imported = false; // false: there was no file, or it was imported before
        int accounts = 0;
        int skipped = 0; // logins the journal already had
        int events = 0;
        QString renamedTo; // empty when the file could not be renamed
    };

    static Result<Summary> run(Database& database, const QString& legacyPath);
};

} // namespace iin

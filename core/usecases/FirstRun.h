#pragma once

#include "core/base/Result.h"

#include <QString>

namespace iin {

class Database;

// Whether a journal still needs its first account, an administrator: the desk then shows the
// first-run dialog, and the command-line tool creates that account without a sign-in (and
// refuses every other operator command). The desk passes where an earlier version kept its
// accounts ("operators.sqlite" in its data folder): they are imported into the journal first,
// once (OperatorFileImport), so a desk updated from that version needs no administrator.
class FirstRun
{
public:
    static Result<bool> needsAdministrator(Database& database,
                                           const QString& legacyOperatorsPath = {});
};

} // namespace iin

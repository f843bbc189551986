#include "core/usecases/FirstRun.h"

#include "core/operators/OperatorDirectory.h"
#include "core/operators/OperatorFileImport.h"

namespace iin {

Result<bool> FirstRun::needsAdministrator(Database& database, const QString& legacyOperatorsPath)
{
    if (const auto imported = OperatorFileImport::run(database, legacyOperatorsPath); !imported)
        return imported.error();
    return OperatorDirectory(database).isEmpty();
}

} // namespace iin

#include "core/usecases/LockDesk.h"

#include "core/operators/OperatorDirectory.h"

namespace iin {

Status LockDesk::run(Database& database, const QString& login)
{
    return OperatorDirectory(database).recordScreenLocked(login);
}

} // namespace iin

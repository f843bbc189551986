#include "core/usecases/SignOut.h"

#include "core/operators/OperatorDirectory.h"

namespace iin {

Status SignOut::run(Database& database, const QString& login)
{
    return OperatorDirectory(database).recordLogout(login);
}

} // namespace iin

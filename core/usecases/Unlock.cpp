#include "core/usecases/Unlock.h"

#include "core/operators/OperatorDirectory.h"

namespace iin {

Result<Operator> Unlock::run(Database& database, const QString& login, const QString& password,
                             const QDateTime& now)
{
    return OperatorDirectory(database).authenticate(login, password, now,
                                                    OperatorDirectory::Purpose::Unlock);
}

} // namespace iin

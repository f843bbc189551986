#include "core/usecases/SignIn.h"

#include "core/operators/Authorization.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/Database.h"

namespace iin {

Result<Operator> SignIn::run(Database& database, const QString& login, const QString& password,
                             const QDateTime& now, const QList<Permission>& needed,
                             const QJsonObject& context)
{
    Result<Operator> op = OperatorDirectory(database).authenticate(
        login, password, now, OperatorDirectory::Purpose::SignIn, context);
    if (!op || needed.isEmpty())
        return op;
    if (Status s = Authorization::requireAny(database.sql(), op->login, needed); !s)
        return s.error();
    return op;
}

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"
#include "core/operators/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iin {

class Database;

// An operator signs in, at the desk's sign-in dialog and in the command-line tool alike: the
// password is checked against the account, with the lockout counted and every attempt in the
// audit trail (OperatorDirectory::authenticate), then the role must allow one of `needed` (none
// asked: any active account). Errors: "login.*" for the password, the lockout and an inactive
// account; "operator.not_signed_in" / "operator.not_permitted" for the role (Authorization).
// `context` goes into the details of the sign-in's audit record (the command-line tool names
// itself, the command and the system account there).
class SignIn
{
public:
    static Result<Operator> run(Database& database, const QString& login, const QString& password,
                                const QDateTime& now, const QList<Permission>& needed = {},
                                const QJsonObject& context = {});
};

} // namespace iin

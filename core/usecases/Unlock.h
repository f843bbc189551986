#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"

#include <QDateTime>
#include <QString>

namespace iin {

class Database;

// The operator signed in lifts the screen lock with their own password: checked like a sign-in
// (a failure counts towards the lockout, every attempt is audited), recorded as an unlock.
class Unlock
{
public:
    static Result<Operator> run(Database& database, const QString& login, const QString& password,
                                const QDateTime& now);
};

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"

#include <QDateTime>
#include <QString>

namespace iin {

class Database;

// The operator chooses the desk's language: it is remembered in their account (and audited) and
// applied at their next sign-in. Answers with the account as it is afterwards.
class ChangeLanguage
{
public:
    static Result<Operator> run(Database& database, const QString& login, const QString& language,
                                const QDateTime& now);
};

} // namespace iin

#include "core/usecases/ChangeLanguage.h"

#include "core/operators/OperatorDirectory.h"

namespace iin {

Result<Operator> ChangeLanguage::run(Database& database, const QString& login,
                                     const QString& language, const QDateTime& now)
{
    OperatorDirectory directory(database);
    if (Status s = directory.setLanguage(login, language, now); !s)
        return s.error();
    if (std::optional<Operator> op = directory.find(login))
        return *op;
    return Error{QStringLiteral("operator.unknown"),
                 OperatorDirectory::tr("There is no operator %1.").arg(login)};
}

} // namespace iin

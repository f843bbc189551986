#include "core/usecases/ManageOperators.h"

#include "core/operators/OperatorDirectory.h"

namespace iin {

namespace {

// The account after a change that went through, or why the change did not.
Result<Operator> accountAfter(const OperatorDirectory& directory, const QString& login,
                              const Status& change)
{
    if (!change)
        return change.error();
    if (std::optional<Operator> op = directory.find(login))
        return *op;
    return Error{QStringLiteral("operator.unknown"),
                 OperatorDirectory::tr("There is no operator %1.").arg(login)};
}

} // namespace

Result<Operator> ManageOperators::add(Database& database, const NewOperator& account,
                                      const QString& actor, const QDateTime& now)
{
    return OperatorDirectory(database).create(account.login, account.fullName, account.role,
                                              account.password, account.language, actor, now);
}

Result<QList<Operator>> ManageOperators::list(Database& database)
{
    return OperatorDirectory(database).operators();
}

Result<Operator> ManageOperators::changeRole(Database& database, const QString& login, Role role,
                                             const QString& actor, const QDateTime& now)
{
    OperatorDirectory directory(database);
    return accountAfter(directory, login, directory.setRole(login, role, actor, now));
}

Result<Operator> ManageOperators::resetPassword(Database& database, const QString& login,
                                                const QString& password, const QString& actor,
                                                const QDateTime& now)
{
    OperatorDirectory directory(database);
    return accountAfter(directory, login, directory.resetPassword(login, password, actor, now));
}

Result<Operator> ManageOperators::setActive(Database& database, const QString& login, bool active,
                                            const QString& actor, const QDateTime& now)
{
    OperatorDirectory directory(database);
    return accountAfter(directory, login, directory.setActive(login, active, actor, now));
}

} // namespace iin

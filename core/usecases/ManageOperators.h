#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"
#include "core/operators/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace iin {

class Database;

// What an administrator (or the first run) fills in for a new account.
struct NewOperator
{
    QString login;
    QString fullName;
    Role role = Role::Clerk;
    QString password;
    QString language;
};

// The administrator manages the operator accounts: the desk's operators dialog and
// `iin-desk-cli operator add|list|disable|reset-password`. `actor` is the administrator signed
// in; the directory checks that it is an active administrator ("operator.not_allowed") and
// audits every change. Each change answers with the account as it is afterwards, which the
// desk's list shows.
class ManageOperators
{
public:
    // `actor` empty: the journal's first account, made without a sign-in (refused once any
    // account exists).
    static Result<Operator> add(Database& database, const NewOperator& account,
                                const QString& actor, const QDateTime& now);
    static Result<QList<Operator>> list(Database& database); // by login
    static Result<Operator> changeRole(Database& database, const QString& login, Role role,
                                       const QString& actor, const QDateTime& now);
    // Also lifts a lockout.
    static Result<Operator> resetPassword(Database& database, const QString& login,
                                          const QString& password, const QString& actor,
                                          const QDateTime& now);
    // The last active administrator can be neither deactivated nor given another role.
    static Result<Operator> setActive(Database& database, const QString& login, bool active,
                                      const QString& actor, const QDateTime& now);
};

} // namespace iin

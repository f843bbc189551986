#pragma once

#include "core/base/Result.h"
#include "core/operators/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace iin {

// Roles enforced in the store, so that the desk and the command-line tool obey the same rules:
// every operation that reads or changes personal data (Journal, ComplaintRegister,
// CalendarStore, DocumentPrinter, Backup, Restore) asks here before it does anything.
//
// A journal with operator accounts: `operatorId` must be the login of an active account whose
// role may do `permission` (roleMay), read from the journal at that moment, so that a role
// changed or an account deactivated since the sign-in counts at once. The front end signs the
// operator in (OperatorDirectory::authenticate) and passes that login, never a name typed by
// someone else. A journal without accounts (a fresh file for scripts, tests, benchmarks) lets
// every operation through, with `operatorId` recorded as given.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)

public:
    // True once the journal holds an operator account.
    static Result<bool> hasAccounts(QSqlDatabase db);
    // "operator.not_signed_in" when `operatorId` names no active account, "operator.not_permitted"
    // when the role does not allow it; both messages name the action.
    static Status require(QSqlDatabase db, const QString& operatorId, Permission permission);
    // The same, when any one of `permissions` is enough.
    static Status requireAny(QSqlDatabase db, const QString& operatorId,
                             const QList<Permission>& permissions);
    // What a permission allows, in the interface language ("view applicants' personal data").
    static QString describe(Permission permission);
};

} // namespace iin

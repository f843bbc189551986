#include "core/operators/Authorization.h"

#include "core/store/StatementCache.h"
#include "core/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

Result<bool> Authorization::hasAccounts(QSqlDatabase db)
{
    // Asked before every write an operator makes: prepared once per connection.
    QSqlQuery fallback;
    QSqlQuery& q =
        StatementCache::prepare(db, QStringLiteral("SELECT 1 FROM operators LIMIT 1"), fallback);
    if (q.exec()) {
        const bool any = q.next();
        q.finish();
        return any;
    }
    // A journal opened below schema version 7 (an older file, a migration test) has no accounts.
    QSqlQuery table(db);
    if (table.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'operators'")) &&
        !table.next())
        return false;
    return StoreError::from(q.lastError(), tr("Checking the operator's role"));
}

Status Authorization::require(QSqlDatabase db, const QString& operatorId, Permission permission)
{
    return requireAny(db, operatorId, {permission});
}

Status Authorization::requireAny(QSqlDatabase db, const QString& operatorId,
                                 const QList<Permission>& permissions)
{
    const Result<bool> accounts = hasAccounts(db);
    if (!accounts)
        return accounts.error();
    if (!*accounts)
        return {};
    const QString action = permissions.isEmpty() ? QString() : describe(permissions.first());
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db, QStringLiteral("SELECT role FROM operators WHERE login = ? AND active = 1"), fallback);
    q.addBindValue(operatorId.trimmed().toLower());
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Checking the operator's role"));
    if (!q.next())
        return Error{QStringLiteral("operator.not_signed_in"),
                     tr("This journal has operator accounts: an active operator must sign in to "
                        "%1.")
                         .arg(action)};
    const QString roleText = q.value(0).toString();
    q.finish();
    const std::optional<Role> role = roleFromString(roleText);
    for (Permission p : permissions) {
        if (role && roleMay(*role, p))
            return {};
    }
    return Error{
        QStringLiteral("operator.not_permitted"),
        tr("The role of %1 (%2) does not allow this: %3.")
            .arg(operatorId.trimmed().toLower(), role ? roleDisplayName(*role) : roleText, action)};
}

QString Authorization::describe(Permission permission)
{
    using P = Permission;
    switch (permission) {
    case P::ViewApplications:
        return tr("view applicants' personal data");
    case P::TakeApplication:
        return tr("take an application");
    case P::TakeAnnex2:
        return tr("take an Annex 2 application");
    case P::RegisterApplication:
        return tr("register an application");
    case P::PrintReceipts:
        return tr("print receipts");
    case P::PrintCertificate:
        return tr("print a registration certificate");
    case P::ReprintCertificate:
        return tr("reprint a registration certificate");
    case P::RecordHandover:
        return tr("record the handover of a certificate");
    case P::CancelApplication:
        return tr("cancel an application");
    case P::SyncNow:
        return tr("send the queue to the registry");
    case P::ManageComplaints:
        return tr("manage complaints");
    case P::EditCalendar:
        return tr("edit the working-day calendar");
    case P::ViewAuditTrail:
        return tr("view the audit trail");
    case P::ExportData:
        return tr("back up, restore or export the journal");
    case P::ManageOperators:
        return tr("manage operator accounts");
    case P::EditSettings:
        return tr("change the desk's settings");
    case P::ManageBlanks:
        return tr("receive security-paper blanks and record spoiled ones");
    case P::SuperviseOffice:
        return tr("supervise the office's applications and blanks");
    case P::ReportOwnShift:
        return tr("make the end-of-shift report of one's own work");
    case P::ReportAnyShift:
        return tr("make the end-of-shift report of the desk or of another operator");
    }
    return {};
}

} // namespace iin

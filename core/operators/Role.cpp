#include "core/operators/Role.h"

#include <QCoreApplication>

namespace iin {

QString roleToString(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromString(const QString& s)
{
    for (Role r : allRoles()) {
        if (roleToString(r) == s)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Role", "State Corporation clerk");
    case Role::Officer:
        return QCoreApplication::translate("Role", "Migration police officer");
    case Role::Supervisor:
        return QCoreApplication::translate("Role", "Supervisor");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Officer, Role::Supervisor, Role::Administrator};
}

// The one table of who may do what.
bool roleMay(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Clerk:
        return p == P::ViewApplications || p == P::TakeApplication || p == P::RegisterApplication
               || p == P::PrintReceipts || p == P::PrintCertificate || p == P::ReprintCertificate
               || p == P::RecordHandover || p == P::SyncNow;
    case Role::Officer:
        return roleMay(Role::Clerk, p) || p == P::TakeAnnex2;
    case Role::Supervisor:
        return p == P::ViewApplications || p == P::PrintReceipts || p == P::PrintCertificate
               || p == P::ReprintCertificate || p == P::RecordHandover
               || p == P::CancelApplication || p == P::SyncNow || p == P::ManageComplaints
               || p == P::EditCalendar || p == P::ViewAuditTrail || p == P::ExportData;
    case Role::Administrator:
        return p == P::ManageOperators || p == P::EditSettings || p == P::ViewAuditTrail;
    }
    return false;
}

} // namespace iin

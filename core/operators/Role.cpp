#include "core/operators/Role.h"

#include "core/base/EnumCodes.h"

#include <QCoreApplication>

namespace iin {

namespace {

constexpr EnumCode<Role> RoleCodes[] = {
    {Role::Clerk, u"clerk"},
    {Role::Officer, u"officer"},
    {Role::Supervisor, u"supervisor"},
    {Role::Administrator, u"administrator"},
};

} // namespace

QString roleToString(Role role)
{
    return codeOf(RoleCodes, role);
}

std::optional<Role> roleFromString(const QString& s)
{
    return valueOf(RoleCodes, s);
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
    return valuesOf(RoleCodes);
}

// The one table of who may do what.
bool roleMay(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Clerk:
        return p == P::ViewApplications || p == P::TakeApplication || p == P::RegisterApplication ||
               p == P::PrintReceipts || p == P::PrintCertificate || p == P::ReprintCertificate ||
               p == P::RecordHandover || p == P::SyncNow || p == P::ReportOwnShift;
    case Role::Officer:
        return roleMay(Role::Clerk, p) || p == P::TakeAnnex2;
    case Role::Supervisor:
        return p == P::ViewApplications || p == P::PrintReceipts || p == P::PrintCertificate ||
               p == P::ReprintCertificate || p == P::RecordHandover || p == P::CancelApplication ||
               p == P::SyncNow || p == P::ManageComplaints || p == P::EditCalendar ||
               p == P::ViewAuditTrail || p == P::ExportData || p == P::ManageBlanks ||
               p == P::SuperviseOffice || p == P::ReportOwnShift || p == P::ReportAnyShift;
    case Role::Administrator:
        return p == P::ManageOperators || p == P::EditSettings || p == P::ViewAuditTrail ||
               p == P::ReportOwnShift || p == P::ReportAnyShift;
    }
    return false;
}

} // namespace iin

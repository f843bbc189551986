#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace iin {

// Who works at the desk. Each role may do only its part (least privilege): the administrator
// manages accounts and settings but does not see applicants' personal data.
enum class Role
{
    Clerk,         // State Corporation counter clerk: intake, registration, receipts, handover
    Officer,       // migration police officer: also Annex 2 applications
    Supervisor,    // oversight: complaints, overdue requests, audit, calendar, cancellations
    Administrator, // operator accounts and desk settings
};

enum class Permission
{
    ViewApplications, // open applicants' personal data (every view is audited)
    TakeApplication,  // intake of an Annex 1 application
    TakeAnnex2,       // intake of an Annex 2 application (sentenced persons without ID)
    RegisterApplication,
    PrintReceipts,
    PrintCertificate,
    ReprintCertificate, // prints DUPLICATE; audited
    RecordHandover,
    CancelApplication,
    SyncNow,
    ManageComplaints,
    EditCalendar,
    ViewAuditTrail,
    ExportData,
    ManageOperators,
    EditSettings,
    ManageBlanks, // receive security-paper blanks, countersign a spoiled one
    // Answer for the office: what needs attention, the dashboard (docs/office.md).
    SuperviseOffice,
    ReportOwnShift, // the end-of-shift report of one's own work
    ReportAnyShift, // the end-of-shift report of the desk or of any operator
};

QString roleToString(Role role); // "clerk", "officer", "supervisor", "administrator"
std::optional<Role> roleFromString(const QString& s);
QString roleDisplayName(Role role); // translated
QList<Role> allRoles();

bool roleMay(Role role, Permission permission);

} // namespace iin

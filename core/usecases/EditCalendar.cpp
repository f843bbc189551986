#include "core/usecases/EditCalendar.h"

#include "core/calendar/CalendarStore.h"
#include "core/usecases/ComplaintsInForce.h"
#include "core/usecases/RefreshComplaintDueDates.h"

#include <QCoreApplication>

namespace iin {

namespace {

Result<int> afterCalendarChange(ComplaintsInForce& complaints, const QString& operatorId)
{
    // The calendar is saved by now; the stored due dates follow in a transaction of their own
    // (the computed ones are authoritative meanwhile, and a failed refresh can be run again).
    // The register is built again over the calendar just saved.
    Result<ComplaintRegister*> reg = complaints.get();
    if (!reg)
        return reg.error();
    const Result<int> changed = refreshComplaintDueDates(**reg, operatorId);
    if (!changed)
        return Error{changed.error().code,
                     QCoreApplication::translate(
                         "iin::EditCalendar",
                         "The calendar is saved, but the complaints' due dates were not updated: "
                         "%1 Run \"refresh due dates\" again.")
                         .arg(changed.errorMessage())};
    return changed;
}

} // namespace

Result<JournalCalendar> loadJournalCalendar(Database& database)
{
    const Result<CalendarData> edits = CalendarStore(database).edits();
    if (!edits)
        return edits.error();
    const Result<WorkingCalendar> inForce = CalendarStore::inForce(*edits);
    if (!inForce)
        return inForce.error();
    return JournalCalendar{inForce->data(), *edits};
}

Result<int> saveCalendarYear(Database& database, ComplaintsInForce& complaints,
                             const CalendarYear& year, const QString& operatorId)
{
    if (Status s = CalendarStore(database).saveYear(year, operatorId); !s)
        return s.error();
    return afterCalendarChange(complaints, operatorId);
}

Result<int> revertCalendarYear(Database& database, ComplaintsInForce& complaints, int year,
                               const QString& operatorId)
{
    if (Status s = CalendarStore(database).revertYear(year, operatorId); !s)
        return s.error();
    return afterCalendarChange(complaints, operatorId);
}

} // namespace iin

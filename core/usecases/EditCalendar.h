#pragma once

#include "core/base/Result.h"
#include "core/calendar/CalendarData.h"

#include <QString>

namespace iin {

class ComplaintsInForce;
class Database;

// The supervisor's calendar editor at the desk (docs/calendar.md): what it shows and what saving
// a year does. The journal keeps the edited years (CalendarStore); the complaints' stored due
// dates follow each change.

struct JournalCalendar
{
    CalendarData inForce; // the calendar the desk counts with
    CalendarData edits;   // the years edited in this journal (no holidays)
};

Result<JournalCalendar> loadJournalCalendar(Database& database);

// Saves a year of the journal's calendar (checked and audited, CalendarStore::saveYear), then
// writes the new due dates into the unfinished complaints (refreshComplaintDueDates). Returns
// how many complaints got new due dates.
Result<int> saveCalendarYear(Database& database, ComplaintsInForce& complaints,
                             const CalendarYear& year, const QString& operatorId);
// Drops the journal's copy of a year (CalendarStore::revertYear), then refreshes the due dates
// the same way.
Result<int> revertCalendarYear(Database& database, ComplaintsInForce& complaints, int year,
                               const QString& operatorId);

} // namespace iin

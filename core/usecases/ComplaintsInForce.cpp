#include "core/usecases/ComplaintsInForce.h"

#include "core/calendar/CalendarStore.h"

namespace iin {

ComplaintsInForce::ComplaintsInForce(Database& database, int dueSoonDays)
    : m_database(database), m_dueSoonDays(dueSoonDays)
{
}

ComplaintsInForce::ComplaintsInForce(Database& database, WorkingCalendar calendar, int dueSoonDays)
    : m_database(database), m_dueSoonDays(dueSoonDays),
      m_register(std::make_unique<ComplaintRegister>(database, std::move(calendar), dueSoonDays)),
      m_fixed(true)
{
}

Result<ComplaintRegister*> ComplaintsInForce::get()
{
    if (m_fixed)
        return m_register.get();
    CalendarStore store(m_database);
    // Comparing the raw JSON is cheap; parsing it and laying it over the shipped data is not.
    const Result<QString> json = store.editsJson();
    if (!json)
        return json.error();
    if (!m_register || *json != m_calendarJson) {
        Result<CalendarData> edits = store.edits();
        if (!edits)
            return edits.error();
        Result<WorkingCalendar> calendar = CalendarStore::inForce(*edits);
        if (!calendar)
            return calendar.error();
        m_register = std::make_unique<ComplaintRegister>(m_database, *calendar, m_dueSoonDays);
        m_calendarJson = *json;
    }
    return m_register.get();
}

} // namespace iin

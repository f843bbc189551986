#pragma once

#include "core/base/Result.h"
#include "core/calendar/CalendarData.h"
#include "core/calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

class Database;

// The supervisor's edited copy of the working-day calendar, kept in the journal itself (the
// `meta` row "calendar_edits", format-1 JSON holding only the edited years), so that the desk and
// the command-line tool on that journal count the same due dates, and a backup carries the
// calendar the complaints' terms were computed with. docs/calendar.md.
//
// The calendar in force for a journal: the shipped data, the user's edited file if any
// (WorkingCalendar::standard()), then the journal's years laid over them year by year.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    static inline const QString Edited = QStringLiteral("calendar.edited");
    static inline const QString Reverted = QStringLiteral("calendar.reverted");

    explicit CalendarStore(Database& database);

    // The years edited in this journal (no holidays); empty data when none was edited.
    Result<CalendarData> edits();
    // The raw JSON of the edits ("" when none): cheap to compare before rebuilding a calendar.
    Result<QString> editsJson();
    // WorkingCalendar::standard() with the journal's years laid over it.
    Result<WorkingCalendar> inForce();
    static Result<WorkingCalendar> inForce(const CalendarData& journalEdits);

    // Checks `year` (CalendarData::checkEditedYear against the data beneath the journal's copy)
    // and stores it as the journal's copy of that year: one transaction with its audit record
    // (calendar.edited, with the year's dates and what they replace). Refused when the year was
    // not changed.
    Status saveYear(const CalendarYear& year, const QString& operatorId);
    // Drops the journal's copy of a year: the shipped data (or the user's file) apply again.
    // Audited as calendar.reverted. Nothing to do (and no record) when the year was not edited.
    Status revertYear(int year, const QString& operatorId);

private:
    Status write(const CalendarData& edits, const QString& action, int year,
                 const QJsonObject& details, const QString& operatorId);

    Database& m_database;
};

} // namespace iin

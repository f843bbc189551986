#pragma once

#include "core/base/Result.h"
#include "core/calendar/CalendarData.h"
#include "core/calendar/CalendarDay.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace iin {

// Kazakhstan's working days: Monday to Friday, minus public holidays, with a holiday that falls
// on a weekend moving its day off to the next working day (except 7 January and Kurban Ait),
// then the yearly decree transfers laid on top. Everything variable comes from CalendarData, so
// an edited copy replaces the shipped one without a new build (docs/calendar.md).
//
// Deadlines: "N working days after D" is the N-th working day strictly after D, because terms
// count from the day after registration.
//
// Immutable after construction, so one instance may be shared between threads.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    enum class YearStatus
    {
        Verified,    // the year's data was checked against published acts
        Unconfirmed, // data present but not checked: answers may be wrong
        Missing,     // no data for the year: the law's fixed holidays only, no movable
                     // holidays and no decree transfers
    };

    explicit WorkingCalendar(CalendarData data = CalendarData::shipped());

    // The shipped data with the desk's edited copy (overridePath()) laid over it when one
    // exists; an error when that copy is unreadable or invalid, so it is never silently ignored.
    static Result<WorkingCalendar> standard();
    // The same with the given file as the edited copy (the CLI's --calendar).
    static Result<WorkingCalendar> withOverrideFile(const QString& path);
    // Where the supervisor's edited copy lives: <data dir>/iin-desk/calendar/kz-calendar.json.
    static QString overridePath();

    const CalendarData& data() const { return m_shared->data; }

    CalendarDay day(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const { return day(date).isWorking(); }

    // The n-th working day strictly after `from` (n > 0), strictly before it (n < 0), or
    // `from` itself (n == 0). An invalid date gives an invalid date.
    QDate addWorkingDays(const QDate& from, int n) const;
    // Working days d with from < d <= to; negative when `to` is before `from`. So
    // workingDaysBetween(d, addWorkingDays(d, n)) == n.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    YearStatus yearStatus(int year) const;
    // The days of a year that are not what the day of the week says: holidays and days off on
    // weekdays, working weekend days; sorted by date. Holidays on weekends are listed too.
    QList<CalendarDay> specialDays(int year) const;

private:
    using YearTable = QHash<QDate, CalendarDay>;
    YearTable buildYear(int year) const;
    const YearTable& yearTable(int year, YearTable& scratch) const;

    struct Shared
    {
        CalendarData data;
        QHash<int, YearTable> years; // precomputed for every year the data names, +/- 1
    };
    std::shared_ptr<const Shared> m_shared;
};

} // namespace iin

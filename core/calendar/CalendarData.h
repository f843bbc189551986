#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace iin {

// One calendar date of a holiday ("03-21"), possibly limited to some years of the law.
struct HolidayDate
{
    int month = 0;
    int day = 0;
    int from = 0;  // first year in force, 0 = always
    int until = 0; // last year in force, 0 = still in force
};

// A public holiday of the Law "On holidays": which days, in which years, and whether a day off
// that falls on a weekend moves to the next working day (not for 7 January and Kurban Ait).
struct HolidayRule
{
    QString id; // "nauryz"
    QList<HolidayDate> dates;
    bool movable = false; // date comes from each year's "movable" table (Kurban Ait)
    bool transfer = true;
    int from = 0;
    int until = 0;
    QHash<QString, QString> names; // "kk", "ru", "en"

    bool inForce(int year) const;
    QString name(const QString& lang) const; // falls back to English
};

// A decreed swap: `dayOff` becomes a day off and `workingDay` a working day (either may be
// missing when a decree only adds one or the other).
struct DayTransfer
{
    QDate dayOff;
    QDate workingDay;
    QString decree; // the act's title and number, as printed in the data
};

// The data of one year: movable holiday dates, decree transfers, and how sure we are of them.
struct CalendarYear
{
    int year = 0;
    QString status; // "verified" or "unconfirmed"
    QString note;
    QHash<QString, QDate> movable; // holiday id -> date
    QList<DayTransfer> transfers;

    bool verified() const { return status == u"verified"; }
};

// The working-day calendar's data (resources/calendar/kz-calendar.json, docs/calendar.md): the
// law's holidays plus per-year data. The shipped copy is embedded; an edited copy (a supervisor's
// file) is laid over it with withOverride(), year by year.
class CalendarData
{
    Q_DECLARE_TR_FUNCTIONS(CalendarData)

public:
    QList<HolidayRule> holidays;
    QMap<int, CalendarYear> years;

    static Result<CalendarData> fromJson(const QByteArray& json);
    // The same format back (format 1), so that an edited copy can be written: fromJson(toJson())
    // gives the same data. A copy without holidays writes none (its years lay over the shipped
    // holidays).
    QByteArray toJson() const;
    static Result<CalendarData> fromFile(const QString& path);
    // The copy built into the program; it is checked by the tests, so it always parses.
    static const CalendarData& shipped();

    // This data with `edits` laid over it: each year present in `edits` replaces the same year
    // here; a "holidays" list in `edits` replaces the law's holiday list as a whole.
    CalendarData withOverride(const CalendarData& edits) const;

    const HolidayRule* holiday(const QString& id) const;

    // Checks one year as a supervisor edits it, against these data without that year's
    // decrees: dates of that year, each decreed working day a day off under the law (a weekend
    // day, or a day the law's weekend rule made free), each decreed day off a working day under
    // the law, no date used twice, Kurban Ait within the year. calendar.invalid names the
    // problem.
    Status checkEditedYear(const CalendarYear& year) const;
};

} // namespace iin

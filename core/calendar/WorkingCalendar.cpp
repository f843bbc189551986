#include "core/calendar/WorkingCalendar.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace iin {

namespace {

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

CalendarDay holidayDay(const QDate& date, const HolidayRule& rule, CalendarDay::Kind kind)
{
    CalendarDay day;
    day.date = date;
    day.kind = kind;
    day.holidayId = rule.id;
    day.holidayNames = rule.names;
    return day;
}

} // namespace

WorkingCalendar::WorkingCalendar(CalendarData data)
{
    auto shared = std::make_shared<Shared>();
    shared->data = std::move(data);
    m_shared = shared;
    if (!shared->data.years.isEmpty()) {
        // Precomputing every year the data speaks of keeps the object immutable (thread-safe)
        // while day-by-day counting stays cheap; other years are computed on each call.
        const int first = shared->data.years.firstKey() - 1;
        const int last = shared->data.years.lastKey() + 1;
        for (int year = first; year <= last; ++year)
            shared->years.insert(year, buildYear(year));
    }
}

Result<WorkingCalendar> WorkingCalendar::standard()
{
    const QString path = overridePath();
    if (!QFile::exists(path))
        return WorkingCalendar();
    return withOverrideFile(path);
}

Result<WorkingCalendar> WorkingCalendar::withOverrideFile(const QString& path)
{
    Result<CalendarData> edits = CalendarData::fromFile(path);
    if (!edits)
        return edits.error();
    return WorkingCalendar(CalendarData::shipped().withOverride(*edits));
}

QString WorkingCalendar::overridePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/iin-desk/calendar/kz-calendar.json");
}

WorkingCalendar::YearTable WorkingCalendar::buildYear(int year) const
{
    const CalendarData& data = m_shared->data;
    const auto yearData = data.years.constFind(year);

    // 1. The law's holidays of this year (several may share a date: the first listed names it).
    QMap<QDate, QList<const HolidayRule*>> holidays;
    for (const HolidayRule& rule : data.holidays) {
        if (!rule.inForce(year))
            continue;
        if (rule.movable) {
            if (yearData != data.years.cend() && yearData->movable.contains(rule.id))
                holidays[yearData->movable.value(rule.id)].append(&rule);
            continue;
        }
        for (const HolidayDate& d : rule.dates) {
            if ((d.from != 0 && year < d.from) || (d.until != 0 && year > d.until))
                continue;
            const QDate date(year, d.month, d.day);
            if (date.isValid())
                holidays[date].append(&rule);
        }
    }
    YearTable table;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
        table.insert(it.key(), holidayDay(it.key(), *it->constFirst(), CalendarDay::Kind::Holiday));

    // 2. A holiday on a weekend moves its day off to the next working day: not a weekend, not a
    // holiday, not already taken by an earlier move (Nauryz on Saturday and Sunday gives two).
    QSet<QDate> taken;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        if (!isWeekend(it.key()))
            continue;
        const auto moving = std::find_if(it->cbegin(), it->cend(),
                                         [](const HolidayRule* r) { return r->transfer; });
        if (moving == it->cend())
            continue; // 7 January, Kurban Ait: no transfer
        QDate next = it.key().addDays(1);
        while (isWeekend(next) || holidays.contains(next) || taken.contains(next))
            next = next.addDays(1);
        taken.insert(next);
        CalendarDay day = holidayDay(next, **moving, CalendarDay::Kind::TransferredHoliday);
        day.relatedDate = it.key();
        table.insert(next, day);
    }

    // 3. Decree transfers touching this year, from any year's entry (a decree for January may
    // name a working Saturday in the previous December). Days off first, working days last:
    // a decreed working day wins over everything, as when a decree cancels a law transfer.
    QList<const DayTransfer*> transfers;
    for (const CalendarYear& y : data.years)
        for (const DayTransfer& t : y.transfers)
            if (t.dayOff.year() == year || t.workingDay.year() == year)
                transfers.append(&t);
    for (const DayTransfer* t : std::as_const(transfers)) {
        if (t->dayOff.year() != year)
            continue;
        const auto existing = table.constFind(t->dayOff);
        if (existing != table.cend())
            continue; // already a holiday's day off
        CalendarDay day;
        day.date = t->dayOff;
        day.kind = CalendarDay::Kind::DayOffByDecree;
        day.relatedDate = t->workingDay;
        day.decree = t->decree;
        table.insert(day.date, day);
    }
    for (const DayTransfer* t : std::as_const(transfers)) {
        if (t->workingDay.year() != year)
            continue;
        CalendarDay day;
        day.date = t->workingDay;
        day.kind = CalendarDay::Kind::WorkingByDecree;
        day.relatedDate = t->dayOff;
        day.decree = t->decree;
        table.insert(day.date, day);
    }
    return table;
}

const WorkingCalendar::YearTable& WorkingCalendar::yearTable(int year, YearTable& scratch) const
{
    const auto it = m_shared->years.constFind(year);
    if (it != m_shared->years.cend())
        return *it;
    scratch = buildYear(year);
    return scratch;
}

CalendarDay WorkingCalendar::day(const QDate& date) const
{
    YearTable scratch;
    const YearTable& table = yearTable(date.year(), scratch);
    const auto it = table.constFind(date);
    if (it != table.cend())
        return *it;
    CalendarDay day;
    day.date = date;
    day.kind = isWeekend(date) ? CalendarDay::Kind::Weekend : CalendarDay::Kind::Working;
    return day;
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int n) const
{
    if (!from.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    QDate date = from;
    for (int remaining = std::abs(n); remaining > 0;) {
        date = date.addDays(step);
        if (!date.isValid())
            return {};
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    int count = 0;
    if (to >= from) {
        for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
            count += isWorkingDay(d) ? 1 : 0;
        return count;
    }
    for (QDate d = to; d < from; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return -count;
}

WorkingCalendar::YearStatus WorkingCalendar::yearStatus(int year) const
{
    const auto it = m_shared->data.years.constFind(year);
    if (it == m_shared->data.years.cend())
        return YearStatus::Missing;
    return it->verified() ? YearStatus::Verified : YearStatus::Unconfirmed;
}

QList<CalendarDay> WorkingCalendar::specialDays(int year) const
{
    YearTable scratch;
    QList<CalendarDay> days = yearTable(year, scratch).values();
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return days;
}

} // namespace iin

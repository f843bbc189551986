#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace iin {

// What one date is in the working-day calendar, and why.
struct CalendarDay
{
    Q_DECLARE_TR_FUNCTIONS(CalendarDay)

public:
    enum class Kind
    {
        Working,            // Monday to Friday, nothing special
        WorkingByDecree,    // a weekend day made a working day by decree
        Weekend,            // Saturday or Sunday
        Holiday,            // a public holiday (on any day of the week)
        TransferredHoliday, // the day off of a holiday that fell on a weekend (law, not decree)
        DayOffByDecree,     // a working day made a day off by decree
    };

    QDate date;
    Kind kind = Kind::Working;
    QString holidayId;                    // Holiday, TransferredHoliday
    QHash<QString, QString> holidayNames; // "kk"/"ru"/"en" names of that holiday
    QDate relatedDate; // TransferredHoliday: the holiday's date; decree kinds: the swapped day
    QString decree;    // decree kinds: the act

    bool isWorking() const { return kind == Kind::Working || kind == Kind::WorkingByDecree; }
    QString kindCode() const; // "working", "working_by_decree", "weekend", "holiday", ...
    QString holidayName(const QString& lang) const;
    // One sentence for a person: the holiday's name in `lang` (from the calendar data), the
    // framing in the installed interface language.
    QString reason(const QString& lang) const;
};

} // namespace iin

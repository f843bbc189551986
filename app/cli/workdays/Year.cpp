#include "app/cli/workdays/WorkdaysRequest.h"

#include "app/cli/CliSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace iin::cli::workdays {

namespace {

QString yearStatusCode(WorkingCalendar::YearStatus status)
{
    switch (status) {
    case WorkingCalendar::YearStatus::Verified:
        return QStringLiteral("verified");
    case WorkingCalendar::YearStatus::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case WorkingCalendar::YearStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

} // namespace

// workdays year <YYYY>: holidays, days off and working weekend days of a year.
int year(const Request& r)
{
    if (r.args.size() != 2)
        return r.wrongArguments();
    bool isNumber = false;
    const int year = r.args[1].toInt(&isNumber);
    if (!isNumber || year < 1992 || year > 2200) {
        printError(QCoreApplication::translate("Cli", "\"%1\" is not a year (1992 to 2200).")
                       .arg(r.args[1]));
        return ExitBadInput;
    }
    QJsonArray days;
    QStringList lines;
    for (const CalendarDay& day : r.calendar.specialDays(year)) {
        days.append(dayJson(day, r.lang));
        lines << day.date.toString(Qt::ISODate) + u' ' + day.reason(r.lang);
    }
    const QDate jan1(year, 1, 1);
    const QDate dec31(year, 12, 31);
    r.finish(
        {{QStringLiteral("year"), year},
         {QStringLiteral("status"), yearStatusCode(r.calendar.yearStatus(year))},
         {QStringLiteral("working_days"), r.calendar.workingDaysBetween(jan1.addDays(-1), dec31)},
         {QStringLiteral("days"), days}},
        lines.join(u'\n'), yearWarnings(r.calendar, jan1, jan1));
    return ExitOk;
}

} // namespace iin::cli::workdays

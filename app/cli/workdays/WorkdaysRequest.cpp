#include "app/cli/workdays/WorkdaysRequest.h"

#include "app/cli/CliSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace iin::cli::workdays {

int Request::wrongArguments() const
{
    printError(
        QCoreApplication::translate("Cli", "Wrong arguments for \"workdays %1\". See --help.")
            .arg(args.constFirst()));
    return int(ExitBadInput);
}

std::optional<QDate> Request::date(qsizetype i) const
{
    const auto d = parseIsoDate(args.value(i));
    if (!d)
        printError(QCoreApplication::translate(
                       "Cli", "\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2024-03-21.")
                       .arg(args.value(i)));
    return d;
}

void Request::finish(QJsonObject o, const QString& text, const QStringList& warnings) const
{
    if (json) {
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        printJson(o);
    } else {
        printLine(text);
        for (const QString& w : warnings)
            printError(w);
    }
}

QStringList yearWarnings(const WorkingCalendar& calendar, const QDate& a, const QDate& b)
{
    QStringList warnings;
    for (int year = std::min(a.year(), b.year()); year <= std::max(a.year(), b.year()); ++year) {
        switch (calendar.yearStatus(year)) {
        case WorkingCalendar::YearStatus::Verified:
            break;
        case WorkingCalendar::YearStatus::Unconfirmed:
            warnings << QCoreApplication::translate(
                            "Cli", "The calendar data for %1 is unconfirmed: check it against the "
                                   "published decrees.")
                            .arg(year);
            break;
        case WorkingCalendar::YearStatus::Missing:
            warnings << QCoreApplication::translate(
                            "Cli",
                            "The calendar has no data for %1: movable holidays and decree "
                            "transfers are unknown; only the law's fixed holidays are counted.")
                            .arg(year);
            break;
        }
    }
    return warnings;
}

QJsonObject dayJson(const CalendarDay& day, const QString& lang)
{
    QJsonObject o{
        {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
        {QStringLiteral("working"), day.isWorking()},
        {QStringLiteral("kind"), day.kindCode()},
        {QStringLiteral("reason"), day.reason(lang)},
    };
    if (!day.holidayId.isEmpty()) {
        o.insert(QStringLiteral("holiday"), day.holidayId);
        o.insert(QStringLiteral("holiday_name"), day.holidayName(lang));
    }
    if (!day.decree.isEmpty())
        o.insert(QStringLiteral("decree"), day.decree);
    return o;
}

} // namespace iin::cli::workdays

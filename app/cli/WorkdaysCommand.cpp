#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/calendar/CalendarStore.h"
#include "core/store/Database.h"
#include "core/base/Language.h"
#include "app/cli/StoreOptions.h"
#include "core/calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace iin::cli {

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

// Warnings for every year between two dates whose data is not verified: an answer built on
// unconfirmed data must say so.
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

// The calendar in force for the journal at `path`, with the years edited there; the built-in data
// (and the user's edited file) when there is no journal yet: asking about working days never
// creates one.
Result<WorkingCalendar> journalCalendar(const QString& path)
{
    if (!QFileInfo::exists(path))
        return WorkingCalendar::standard();
    Database::Options options;
    options.check = Database::OpenCheck::Deferred; // only the calendar row is read
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return db.error();
    return CalendarStore(**db).inForce();
}

} // namespace

int runWorkdaysCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Kazakhstan's working-day calendar.\n"
               "  workdays add <YYYY-MM-DD> <N>       the N-th working day after the date "
               "(the date itself is not counted)\n"
               "  workdays is-working <YYYY-MM-DD>    exit 0 for a working day, 1 for a day "
               "off, with the reason\n"
               "  workdays between <YYYY-MM-DD> <YYYY-MM-DD>  working days after the first "
               "date up to and including the second\n"
               "  workdays year <YYYY>                holidays, days off and working "
               "weekend days of a year"));
    cl.addPositional(QStringLiteral("action"),
                     QCoreApplication::translate("Cli", "add, is-working, between or year."));
    cl.addPositional(QStringLiteral("arguments"),
                     QCoreApplication::translate("Cli", "The action's dates or numbers."),
                     QStringLiteral("[arguments...]"));
    QCommandLineParser& p = cl.parser();
    p.addOption(QCommandLineOption(QStringLiteral("json"),
                                   QCoreApplication::translate("Cli", "Print one line of JSON.")));
    p.addOption(QCommandLineOption(
        QStringLiteral("calendar"),
        QCoreApplication::translate(
            "Cli", "An edited calendar file laid over the built-in data (instead of the calendar "
                   "edited in the journal)."),
        QStringLiteral("file")));
    p.addOption(QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "Cli", "The journal whose edited calendar is in force (default: %1); without one, the "
                   "built-in data.")
            .arg(Database::defaultPath()),
        QStringLiteral("path")));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    const QStringList args = cl.positionals();
    const QString action = args.constFirst();
    const bool json = p.isSet(QStringLiteral("json"));
    const QString lang = Language::current();

    const auto wrongArguments = [&] {
        printError(
            QCoreApplication::translate("Cli", "Wrong arguments for \"workdays %1\". See --help.")
                .arg(action));
        return int(ExitBadInput);
    };
    const auto date = [&](qsizetype i) -> std::optional<QDate> {
        const auto d = parseIsoDate(args.value(i));
        if (!d)
            printError(QCoreApplication::translate(
                           "Cli", "\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2024-03-21.")
                           .arg(args.value(i)));
        return d;
    };

    Result<WorkingCalendar> loaded =
        p.isSet(QStringLiteral("calendar"))
            ? WorkingCalendar::withOverrideFile(p.value(QStringLiteral("calendar")))
            : journalCalendar(storePath(p));
    if (!loaded) {
        printError(loaded.errorMessage());
        return ExitBadInput;
    }
    const WorkingCalendar& calendar = *loaded;

    const auto finish = [&](QJsonObject o, const QString& text, const QStringList& warnings) {
        if (json) {
            o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
            printJson(o);
        } else {
            printLine(text);
            for (const QString& w : warnings)
                printError(w);
        }
    };

    if (action == u"add") {
        if (args.size() != 3)
            return wrongArguments();
        const auto from = date(1);
        if (!from)
            return ExitBadInput;
        bool isNumber = false;
        const int n = args[2].toInt(&isNumber);
        if (!isNumber || n < 0 || n > 10000) {
            printError(QCoreApplication::translate(
                           "Cli", "\"%1\" is not a number of working days (0 to 10000).")
                           .arg(args[2]));
            return ExitBadInput;
        }
        const QDate result = calendar.addWorkingDays(*from, n);
        if (!result.isValid()) {
            printError(QCoreApplication::translate("Cli", "The date is out of range."));
            return ExitBadInput;
        }
        finish({{QStringLiteral("from"), from->toString(Qt::ISODate)},
                {QStringLiteral("working_days"), n},
                {QStringLiteral("date"), result.toString(Qt::ISODate)}},
               result.toString(Qt::ISODate), yearWarnings(calendar, *from, result));
        return ExitOk;
    }
    if (action == u"is-working") {
        if (args.size() != 2)
            return wrongArguments();
        const auto d = date(1);
        if (!d)
            return ExitBadInput;
        const CalendarDay day = calendar.day(*d);
        finish(dayJson(day, lang), d->toString(Qt::ISODate) + u' ' + day.reason(lang),
               yearWarnings(calendar, *d, *d));
        return day.isWorking() ? ExitOk : ExitNegative;
    }
    if (action == u"between") {
        if (args.size() != 3)
            return wrongArguments();
        const auto from = date(1);
        if (!from)
            return ExitBadInput;
        const auto to = date(2);
        if (!to)
            return ExitBadInput;
        if (std::abs(from->daysTo(*to)) > 366 * 50) {
            printError(QCoreApplication::translate(
                "Cli", "The dates are too far apart (50 years at most)."));
            return ExitBadInput;
        }
        const int n = calendar.workingDaysBetween(*from, *to);
        finish({{QStringLiteral("from"), from->toString(Qt::ISODate)},
                {QStringLiteral("to"), to->toString(Qt::ISODate)},
                {QStringLiteral("working_days"), n}},
               QString::number(n), yearWarnings(calendar, *from, *to));
        return ExitOk;
    }
    if (action == u"year") {
        if (args.size() != 2)
            return wrongArguments();
        bool isNumber = false;
        const int year = args[1].toInt(&isNumber);
        if (!isNumber || year < 1992 || year > 2200) {
            printError(QCoreApplication::translate("Cli", "\"%1\" is not a year (1992 to 2200).")
                           .arg(args[1]));
            return ExitBadInput;
        }
        QJsonArray days;
        QStringList lines;
        for (const CalendarDay& day : calendar.specialDays(year)) {
            days.append(dayJson(day, lang));
            lines << day.date.toString(Qt::ISODate) + u' ' + day.reason(lang);
        }
        const QDate jan1(year, 1, 1);
        const QDate dec31(year, 12, 31);
        finish(
            {{QStringLiteral("year"), year},
             {QStringLiteral("status"), yearStatusCode(calendar.yearStatus(year))},
             {QStringLiteral("working_days"), calendar.workingDaysBetween(jan1.addDays(-1), dec31)},
             {QStringLiteral("days"), days}},
            lines.join(u'\n'), yearWarnings(calendar, jan1, jan1));
        return ExitOk;
    }
    printError(QCoreApplication::translate(
                   "Cli", "Unknown action \"%1\": use add, is-working, between or year.")
                   .arg(action));
    return ExitBadInput;
}

} // namespace iin::cli

#include "core/calendar/CalendarData.h"

#include "core/base/Language.h"
#include "core/calendar/WorkingCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace iin {

namespace {

constexpr int FormatVersion = 1;

Error invalid(const QString& message)
{
    return Error{QStringLiteral("calendar.invalid"), message};
}

// ISO dates only ("2024-05-08"): a calendar file is edited by hand, so "8.5.2024" must fail
// loudly rather than be guessed.
QDate isoDate(const QJsonValue& v)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = v.toString();
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

std::optional<HolidayDate> monthDay(const QJsonObject& o)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const auto m = pattern.match(o.value(u"date").toString());
    if (!m.hasMatch())
        return std::nullopt;
    HolidayDate d;
    d.month = m.captured(1).toInt();
    d.day = m.captured(2).toInt();
    // 2024 is a leap year, so 02-29 passes; a holiday on 29 February would be odd but valid.
    if (!QDate(2024, d.month, d.day).isValid())
        return std::nullopt;
    d.from = o.value(u"from").toInt(0);
    d.until = o.value(u"until").toInt(0);
    return d;
}

} // namespace

bool HolidayRule::inForce(int year) const
{
    return (from == 0 || year >= from) && (until == 0 || year <= until);
}

QString HolidayRule::name(const QString& lang) const
{
    const QString n = names.value(lang);
    return n.isEmpty() ? names.value(QStringLiteral("en"), id) : n;
}

Result<CalendarData> CalendarData::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("The calendar file is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"format").toInt() != FormatVersion)
        return invalid(tr("The calendar file has format %1; this program reads format %2.")
                           .arg(root.value(u"format").toVariant().toString())
                           .arg(FormatVersion));

    CalendarData data;
    for (const QJsonValue& hv : root.value(u"holidays").toArray()) {
        const QJsonObject h = hv.toObject();
        HolidayRule rule;
        rule.id = h.value(u"id").toString();
        if (rule.id.isEmpty())
            return invalid(tr("A holiday in the calendar file has no \"id\"."));
        rule.movable = h.value(u"movable").toBool(false);
        rule.transfer = h.value(u"transfer").toBool(true);
        rule.from = h.value(u"from").toInt(0);
        rule.until = h.value(u"until").toInt(0);
        const QJsonObject names = h.value(u"names").toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            rule.names.insert(it.key(), it.value().toString());
        if (rule.names.value(QStringLiteral("en")).isEmpty())
            return invalid(tr("Holiday \"%1\" has no English name.").arg(rule.id));
        for (const QJsonValue& dv : h.value(u"dates").toArray()) {
            const auto d = monthDay(dv.toObject());
            if (!d)
                return invalid(tr("Holiday \"%1\" has a date that is not MM-DD.").arg(rule.id));
            rule.dates.append(*d);
        }
        if (rule.dates.isEmpty() != rule.movable)
            return invalid(tr("Holiday \"%1\" needs either fixed \"dates\" or \"movable\": true.")
                               .arg(rule.id));
        data.holidays.append(rule);
    }

    const QJsonObject years = root.value(u"years").toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool isNumber = false;
        CalendarYear year;
        year.year = it.key().toInt(&isNumber);
        if (!isNumber || year.year < 1992 || year.year > 2200)
            return invalid(tr("\"%1\" in \"years\" is not a year.").arg(it.key()));
        const QJsonObject y = it.value().toObject();
        year.status = y.value(u"status").toString();
        if (year.status != u"verified" && year.status != u"unconfirmed")
            return invalid(
                tr("Year %1: \"status\" must be \"verified\" or \"unconfirmed\".").arg(year.year));
        year.note = y.value(u"note").toString();
        const QJsonObject movable = y.value(u"movable").toObject();
        for (auto m = movable.begin(); m != movable.end(); ++m) {
            const QDate date = isoDate(m.value());
            if (!date.isValid() || date.year() != year.year)
                return invalid(tr("Year %1: the date of \"%2\" is not a YYYY-MM-DD date of that "
                                  "year.")
                                   .arg(year.year)
                                   .arg(m.key()));
            year.movable.insert(m.key(), date);
        }
        for (const QJsonValue& tv : y.value(u"transfers").toArray()) {
            const QJsonObject t = tv.toObject();
            DayTransfer transfer;
            transfer.dayOff = isoDate(t.value(u"day_off"));
            transfer.workingDay = isoDate(t.value(u"working_day"));
            transfer.decree = t.value(u"decree").toString();
            const bool badOff = t.contains(u"day_off") && !transfer.dayOff.isValid();
            const bool badWork = t.contains(u"working_day") && !transfer.workingDay.isValid();
            if (badOff || badWork || (!transfer.dayOff.isValid() && !transfer.workingDay.isValid()))
                return invalid(tr("Year %1: a transfer needs \"day_off\" and/or \"working_day\" "
                                  "as YYYY-MM-DD dates.")
                                   .arg(year.year));
            if (transfer.dayOff.isValid() && transfer.dayOff == transfer.workingDay)
                return invalid(tr("Year %1: a transfer makes %2 both a day off and a working "
                                  "day.")
                                   .arg(year.year)
                                   .arg(transfer.dayOff.toString(Qt::ISODate)));
            year.transfers.append(transfer);
        }
        data.years.insert(year.year, year);
    }

    for (const CalendarYear& y : std::as_const(data.years))
        for (auto m = y.movable.cbegin(); m != y.movable.cend(); ++m) {
            const HolidayRule* rule = data.holiday(m.key());
            // An override file may carry years only; its movable ids are checked once laid
            // over the shipped holidays.
            if (!data.holidays.isEmpty() && (!rule || !rule->movable))
                return invalid(tr("Year %1: \"%2\" is not a movable holiday of this calendar.")
                                   .arg(y.year)
                                   .arg(m.key()));
        }
    return data;
}

Result<CalendarData> CalendarData::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("calendar.unreadable"),
                     tr("Cannot read the calendar file %1: %2.").arg(path, file.errorString())};
    Result<CalendarData> data = fromJson(file.readAll());
    if (!data)
        return Error{data.error().code, tr("%1: %2").arg(path, data.error().message)};
    return data;
}

const CalendarData& CalendarData::shipped()
{
    static const CalendarData data = [] {
        QFile file(QStringLiteral(":/calendar/kz-calendar.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the embedded calendar is missing"); // a build error, not a user's
        Result<CalendarData> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("the embedded calendar is invalid: %s", qPrintable(parsed.errorMessage()));
        return std::move(parsed).value();
    }();
    return data;
}

CalendarData CalendarData::withOverride(const CalendarData& edits) const
{
    CalendarData merged = *this;
    if (!edits.holidays.isEmpty())
        merged.holidays = edits.holidays;
    for (const CalendarYear& y : edits.years)
        merged.years.insert(y.year, y);
    return merged;
}

QByteArray CalendarData::toJson() const
{
    const auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
    QJsonObject root{{QStringLiteral("format"), FormatVersion}};
    if (!holidays.isEmpty()) {
        QJsonArray list;
        for (const HolidayRule& rule : holidays) {
            QJsonObject h{{QStringLiteral("id"), rule.id}};
            if (rule.from)
                h.insert(QStringLiteral("from"), rule.from);
            if (rule.until)
                h.insert(QStringLiteral("until"), rule.until);
            if (rule.movable)
                h.insert(QStringLiteral("movable"), true);
            if (!rule.transfer)
                h.insert(QStringLiteral("transfer"), false);
            QJsonArray dates;
            for (const HolidayDate& d : rule.dates) {
                QJsonObject o{{QStringLiteral("date"), QStringLiteral("%1-%2")
                                                           .arg(d.month, 2, 10, QLatin1Char('0'))
                                                           .arg(d.day, 2, 10, QLatin1Char('0'))}};
                if (d.from)
                    o.insert(QStringLiteral("from"), d.from);
                if (d.until)
                    o.insert(QStringLiteral("until"), d.until);
                dates.append(o);
            }
            if (!dates.isEmpty())
                h.insert(QStringLiteral("dates"), dates);
            QJsonObject names;
            for (auto it = rule.names.cbegin(); it != rule.names.cend(); ++it)
                names.insert(it.key(), it.value());
            h.insert(QStringLiteral("names"), names);
            list.append(h);
        }
        root.insert(QStringLiteral("holidays"), list);
    }
    QJsonObject yearsObject;
    for (const CalendarYear& y : years) {
        QJsonObject o{{QStringLiteral("status"), y.status}};
        if (!y.note.isEmpty())
            o.insert(QStringLiteral("note"), y.note);
        QJsonObject movable;
        for (auto it = y.movable.cbegin(); it != y.movable.cend(); ++it)
            movable.insert(it.key(), iso(it.value()));
        if (!movable.isEmpty())
            o.insert(QStringLiteral("movable"), movable);
        QJsonArray transfers;
        for (const DayTransfer& t : y.transfers) {
            QJsonObject to;
            if (t.dayOff.isValid())
                to.insert(QStringLiteral("day_off"), iso(t.dayOff));
            if (t.workingDay.isValid())
                to.insert(QStringLiteral("working_day"), iso(t.workingDay));
            if (!t.decree.isEmpty())
                to.insert(QStringLiteral("decree"), t.decree);
            transfers.append(to);
        }
        o.insert(QStringLiteral("transfers"), transfers);
        yearsObject.insert(QString::number(y.year), o);
    }
    root.insert(QStringLiteral("years"), yearsObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status CalendarData::checkEditedYear(const CalendarYear& year) const
{
    const auto date = [](const QDate& d) { return d.toString(Qt::ISODate); };
    if (year.year < 1992 || year.year > 2200)
        return invalid(tr("%1 is not a year the calendar can hold.").arg(year.year));
    if (year.status != u"verified" && year.status != u"unconfirmed")
        return invalid(tr("Year %1: the status must be verified or unconfirmed.").arg(year.year));
    for (auto m = year.movable.cbegin(); m != year.movable.cend(); ++m) {
        const HolidayRule* rule = holiday(m.key());
        if (!rule || !rule->movable)
            return invalid(tr("Year %1: \"%2\" is not a movable holiday of this calendar.")
                               .arg(year.year)
                               .arg(m.key()));
        if (!m.value().isValid() || m.value().year() != year.year)
            return invalid(tr("Year %1: the date of %2 must be a date of that year.")
                               .arg(year.year)
                               .arg(rule->name(Language::current())));
    }
    // The law's calendar for the year: these data with the year's decrees left out.
    CalendarData lawOnly = *this;
    CalendarYear bare = year;
    bare.transfers.clear();
    lawOnly.years.insert(year.year, bare);
    const WorkingCalendar law(lawOnly);
    QSet<QDate> used;
    for (const DayTransfer& t : year.transfers) {
        if (!t.dayOff.isValid() && !t.workingDay.isValid())
            return invalid(
                tr("Year %1: a transfer needs a working day, a day off, or both.").arg(year.year));
        for (const QDate& d : {t.workingDay, t.dayOff}) {
            if (!d.isValid())
                continue;
            if (d.year() != year.year)
                return invalid(
                    tr("Year %1: %2 is not a date of that year.").arg(year.year).arg(date(d)));
            if (used.contains(d))
                return invalid(tr("Year %1: %2 is moved twice; each date may appear in one "
                                  "transfer only.")
                                   .arg(year.year)
                                   .arg(date(d)));
            used.insert(d);
        }
        if (t.workingDay.isValid() && law.isWorkingDay(t.workingDay))
            return invalid(tr("Year %1: %2 is already a working day; a transfer makes a weekend "
                              "day (or a day off) a working day.")
                               .arg(year.year)
                               .arg(date(t.workingDay)));
        if (t.dayOff.isValid() && !law.isWorkingDay(t.dayOff))
            return invalid(tr("Year %1: %2 is already a day off; a transfer moves the day off to "
                              "a working weekday.")
                               .arg(year.year)
                               .arg(date(t.dayOff)));
    }
    return {};
}

const HolidayRule* CalendarData::holiday(const QString& id) const
{
    for (const HolidayRule& h : holidays)
        if (h.id == id)
            return &h;
    return nullptr;
}

} // namespace iin

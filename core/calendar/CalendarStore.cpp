#include "core/calendar/CalendarStore.h"

#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

namespace {

const QString MetaKey = QStringLiteral("calendar_edits");

// What the audit record says of a year: dates and the decrees' titles, nothing personal.
QJsonObject yearJson(const CalendarYear& y)
{
    QJsonObject o{{QStringLiteral("status"), y.status}};
    QJsonObject movable;
    for (auto it = y.movable.cbegin(); it != y.movable.cend(); ++it)
        movable.insert(it.key(), it.value().toString(Qt::ISODate));
    o.insert(QStringLiteral("movable"), movable);
    QJsonArray transfers;
    for (const DayTransfer& t : y.transfers)
        transfers.append(
            QJsonObject{{QStringLiteral("working_day"),
                         t.workingDay.isValid() ? QJsonValue(t.workingDay.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("day_off"), t.dayOff.isValid()
                                                        ? QJsonValue(t.dayOff.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("decree"), t.decree}});
    o.insert(QStringLiteral("transfers"), transfers);
    return o;
}

bool sameYear(const CalendarYear& a, const CalendarYear& b)
{
    return yearJson(a) == yearJson(b) && a.note == b.note;
}

} // namespace

CalendarStore::CalendarStore(Database& database) : m_database(database) {}

Result<QString> CalendarStore::editsJson()
{
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(MetaKey);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the edited calendar"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<CalendarData> CalendarStore::edits()
{
    const Result<QString> json = editsJson();
    if (!json)
        return json.error();
    if (json->isEmpty())
        return CalendarData();
    Result<CalendarData> data = CalendarData::fromJson(json->toUtf8());
    if (!data)
        return Error{
            data.error().code,
            tr("The calendar edited in the journal is damaged: %1").arg(data.errorMessage())};
    return data;
}

Result<WorkingCalendar> CalendarStore::inForce(const CalendarData& journalEdits)
{
    Result<WorkingCalendar> base = WorkingCalendar::standard();
    if (!base)
        return base.error();
    if (journalEdits.years.isEmpty())
        return base;
    return WorkingCalendar(base->data().withOverride(journalEdits));
}

Result<WorkingCalendar> CalendarStore::inForce()
{
    Result<CalendarData> e = edits();
    if (!e)
        return e.error();
    return inForce(*e);
}

Status CalendarStore::saveYear(const CalendarYear& year, const QString& operatorId)
{
    Result<WorkingCalendar> base = WorkingCalendar::standard();
    if (!base)
        return base.error();
    if (Status s = base->data().checkEditedYear(year); !s)
        return s;
    Result<CalendarData> current = edits();
    if (!current)
        return current.error();
    const CalendarData inForceBefore = base->data().withOverride(*current);
    QJsonObject details{{QStringLiteral("year"), year.year},
                        {QStringLiteral("after"), yearJson(year)}};
    if (const auto before = inForceBefore.years.constFind(year.year);
        before != inForceBefore.years.cend()) {
        if (sameYear(*before, year))
            return Error{QStringLiteral("calendar.unchanged"),
                         tr("The calendar for %1 is unchanged: nothing to save.").arg(year.year)};
        details.insert(QStringLiteral("before"), yearJson(*before));
    }
    CalendarData updated = *current;
    updated.holidays.clear();
    updated.years.insert(year.year, year);
    return write(updated, Edited, year.year, details, operatorId);
}

Status CalendarStore::revertYear(int year, const QString& operatorId)
{
    Result<CalendarData> current = edits();
    if (!current)
        return current.error();
    if (!current->years.contains(year))
        return {};
    CalendarData updated = *current;
    const CalendarYear dropped = updated.years.take(year);
    return write(updated, Reverted, year,
                 {{QStringLiteral("year"), year}, {QStringLiteral("before"), yearJson(dropped)}},
                 operatorId);
}

Status CalendarStore::write(const CalendarData& edits, const QString& action, int year,
                            const QJsonObject& details, const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = Authorization::require(db, operatorId, Permission::EditCalendar); !s)
        return s;
    const QString what = tr("Saving the edited calendar");
    QSqlQuery q(db);
    if (edits.years.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        q.addBindValue(MetaKey);
    } else {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(MetaKey);
        q.addBindValue(QString::fromUtf8(edits.toJson()));
    }
    if (!q.exec())
        return StoreError::from(q.lastError(), what);
    if (Status s = AuditTrail::append(
            db, {operatorId, action, QStringLiteral("calendar:%1").arg(year), details});
        !s)
        return s;
    return tx.commit();
}

} // namespace iin

#include "core/office/OfficeExceptions.h"

#include "core/blanks/BlankLedger.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreError.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace iin {

namespace {

using Kind = OfficeException::Kind;

// Requests the registry has not answered: pending or in flight, not held for its officer (those
// were answered: they wait for a person, and count as an IIN not formed in time).
const QString OutboxSql = QStringLiteral(
    "SELECT a.id, a.registration_number, a.created_by, o.created_at, o.last_error"
    " FROM outbox o JOIN applications a ON a.id = o.application_id"
    " WHERE o.state IN ('pending', 'in_flight') AND o.review_id IS NULL AND o.created_at <= ?");

// Applications in a status, with when and by whom they entered it and who registered them.
const QString StatusSql = QStringLiteral(
    "SELECT a.id, a.registration_number, a.created_by, a.created_at,"
    " (SELECT h.at FROM status_history h WHERE h.application_id = a.id AND h.to_status = ?"
    "  ORDER BY h.id DESC LIMIT 1),"
    " (SELECT h.operator FROM status_history h WHERE h.application_id = a.id AND h.to_status = ?"
    "  ORDER BY h.id DESC LIMIT 1),"
    " (SELECT h.operator FROM status_history h WHERE h.application_id = a.id"
    "  AND h.to_status = 'registered' ORDER BY h.id LIMIT 1),"
    " o.review_id"
    " FROM applications a LEFT JOIN outbox o ON o.application_id = a.id"
    " WHERE a.status IN (?, ?)");

const QString AuditSql =
    QStringLiteral("SELECT seq, at, operator, subject, details FROM audit_log"
                   " WHERE action = ? AND at >= ? AND at < ? ORDER BY at, seq");

const QString NumberSql =
    QStringLiteral("SELECT registration_number FROM applications WHERE id = ?");

const QString RangesSql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM blank_ranges)");

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

Error readError(const QSqlQuery& q)
{
    return StoreError::from(q.lastError(), OfficeExceptions::tr("Reading the exceptions"));
}

struct Collector
{
    const ExceptionScope& scope;
    QList<OfficeException> list;
    QSet<qint64> listed;

    // Under the first (most specific) kind it is offered.
    void add(OfficeException e)
    {
        if (e.applicationId != 0 && listed.contains(e.applicationId))
            return;
        if (e.applicationId != 0 && !scope.operatorId.isEmpty() && e.operatorId != scope.operatorId)
            return;
        if (e.applicationId != 0)
            listed.insert(e.applicationId);
        list.append(std::move(e));
    }
};

Result<QList<AuditRecord>> auditEvents(QSqlDatabase db, const QString& action,
                                       const ExceptionScope& s)
{
    QSqlQuery q(db);
    q.prepare(AuditSql);
    q.addBindValue(action);
    // ISO 8601 text in UTC compares as time does; "0" and "9" bound the whole life.
    q.addBindValue(s.from.isValid() ? iso(s.from) : QStringLiteral("0"));
    q.addBindValue(s.to.isValid() ? iso(s.to) : QStringLiteral("9"));
    if (!q.exec())
        return readError(q);
    QList<AuditRecord> records;
    while (q.next()) {
        AuditRecord r;
        r.seq = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.operatorId = q.value(2).toString();
        r.subject = q.value(3).toString();
        r.details = q.value(4).toString();
        records.append(r);
    }
    return records;
}

Status addReprints(QSqlDatabase db, const ExceptionScope& s, Collector& c)
{
    Result<QList<AuditRecord>> records = auditEvents(db, AuditTrail::Printed, s);
    if (!records)
        return records.error();
    // One entry per application: the first reprint in the period, every reason in order.
    QHash<qint64, qsizetype> byApplication;
    QList<OfficeException> reprints;
    for (const AuditRecord& r : *records) {
        const QJsonObject d = QJsonDocument::fromJson(r.details.toUtf8()).object();
        if (d.value(u"document").toString() != u"certificate")
            continue;
        const bool duplicate =
            d.value(u"copy").toString() == u"duplicate" || d.value(u"duplicate").toBool();
        if (!duplicate)
            continue;
        if (!s.operatorId.isEmpty() && r.operatorId != s.operatorId)
            continue;
        const qint64 id = r.subject.section(u':', 1).toLongLong();
        QString reason = d.value(u"reason").toString();
        if (reason.isEmpty())
            reason = QStringLiteral("-");
        if (auto it = byApplication.constFind(id); it != byApplication.constEnd()) {
            OfficeException& e = reprints[*it];
            e.detail += QStringLiteral(", ") + reason;
            continue;
        }
        OfficeException e;
        e.kind = Kind::Reprint;
        e.applicationId = id;
        e.operatorId = r.operatorId;
        e.since = fromIso(r.at);
        e.detail = reason;
        byApplication.insert(id, reprints.size());
        reprints.append(e);
    }
    QSqlQuery number(db);
    number.prepare(NumberSql);
    for (OfficeException& e : reprints) {
        number.addBindValue(e.applicationId);
        if (!number.exec())
            return readError(number);
        if (number.next())
            e.registrationNumber = number.value(0).toString();
        c.add(e);
    }
    return {};
}

Status addStuck(QSqlDatabase db, const OfficeThresholds& t, const QDateTime& now, Collector& c)
{
    QSqlQuery q(db);
    q.prepare(OutboxSql);
    q.addBindValue(iso(now.addSecs(-qint64(t.outboxStuckHours) * 3600)));
    if (!q.exec())
        return readError(q);
    QList<OfficeException> found;
    while (q.next()) {
        OfficeException e;
        e.kind = Kind::OutboxStuck;
        e.applicationId = q.value(0).toLongLong();
        e.registrationNumber = q.value(1).toString();
        e.operatorId = q.value(2).toString();
        e.since = fromIso(q.value(3).toString());
        e.detail = q.value(4).toString();
        found.append(e);
    }
    for (const OfficeException& e : found)
        c.add(e);
    return {};
}

// Applications now in `statuses`, in them since before `limit`. `entered` is the status whose
// history row starts the clock; the printer answers for a print, the registering clerk otherwise.
Status addInState(QSqlDatabase db, Kind kind, const QString& entered, const QString& status1,
                  const QString& status2, const QDateTime& limit, Collector& c)
{
    QSqlQuery q(db);
    q.prepare(StatusSql);
    q.addBindValue(entered);
    q.addBindValue(entered);
    q.addBindValue(status1);
    q.addBindValue(status2);
    if (!q.exec())
        return readError(q);
    QList<OfficeException> found;
    while (q.next()) {
        const QString at = q.value(4).isNull() ? q.value(3).toString() : q.value(4).toString();
        const QDateTime since = fromIso(at);
        if (!since.isValid() || since > limit)
            continue;
        OfficeException e;
        e.kind = kind;
        e.applicationId = q.value(0).toLongLong();
        e.registrationNumber = q.value(1).toString();
        const QString registeredBy =
            q.value(6).isNull() ? q.value(2).toString() : q.value(6).toString();
        e.operatorId = kind == Kind::NotHandedOver && !q.value(5).isNull() ? q.value(5).toString()
                                                                           : registeredBy;
        e.since = since;
        if (kind == Kind::IinNotAssigned && !q.value(7).isNull())
            e.detail = QStringLiteral("review ") + q.value(7).toString();
        found.append(e);
    }
    for (const OfficeException& e : found)
        c.add(e);
    return {};
}

Status addClockWarnings(QSqlDatabase db, const ExceptionScope& s, Collector& c)
{
    Result<QList<AuditRecord>> records = auditEvents(db, AuditTrail::ClockSkew, s);
    if (!records)
        return records.error();
    for (const AuditRecord& r : *records) {
        const QJsonObject d = QJsonDocument::fromJson(r.details.toUtf8()).object();
        OfficeException e;
        e.kind = Kind::ClockWarning;
        e.since = fromIso(r.at);
        e.detail = QString::number(d.value(u"skew_seconds").toInteger());
        c.add(e);
    }
    return {};
}

Status addBlanksLow(QSqlDatabase db, const OfficeThresholds& t, const QDateTime& now, Collector& c)
{
    QSqlQuery q(db);
    if (!q.exec(RangesSql) || !q.next())
        return readError(q);
    if (!q.value(0).toBool())
        return {}; // a journal that never received blanks prints without them
    Result<BlankBalance> balance = BlankLedger::balance(db);
    if (!balance)
        return balance.error();
    if (balance->onHand >= t.blanksBelow)
        return {};
    OfficeException e;
    e.kind = Kind::BlanksLow;
    e.since = now.toUTC();
    e.detail = QString::number(balance->onHand);
    c.add(e);
    return {};
}

} // namespace

Result<QList<OfficeException>> OfficeExceptions::find(QSqlDatabase db, const OfficeThresholds& t,
                                                      const QDateTime& now, const ExceptionScope& s)
{
    Collector c{s, {}, {}};
    // The order is the precedence: an application already listed is not listed again.
    if (Status st = addReprints(db, s, c); !st)
        return st.error();
    if (Status st = addStuck(db, t, now, c); !st)
        return st.error();
    const auto hours = [&](int h) { return now.addSecs(-qint64(h) * 3600); };
    if (Status st = addInState(db, Kind::IinNotAssigned, QStringLiteral("registered"),
                               QStringLiteral("registered"), QStringLiteral("sent"),
                               hours(t.iinWithinHours), c);
        !st)
        return st.error();
    if (Status st = addInState(db, Kind::NotPrinted, QStringLiteral("iin_assigned"),
                               QStringLiteral("iin_assigned"), QStringLiteral("iin_assigned"),
                               hours(t.printWithinHours), c);
        !st)
        return st.error();
    if (Status st =
            addInState(db, Kind::NotHandedOver, QStringLiteral("certificate_printed"),
                       QStringLiteral("certificate_printed"), QStringLiteral("certificate_printed"),
                       now.addDays(-t.handoverWithinDays), c);
        !st)
        return st.error();
    if (Status st = addClockWarnings(db, s, c); !st)
        return st.error();
    if (Status st = addBlanksLow(db, t, now, c); !st)
        return st.error();

    QList<OfficeException> list = std::move(c.list);
    std::stable_sort(list.begin(), list.end(),
                     [](const OfficeException& a, const OfficeException& b) {
                         if (a.kind != b.kind)
                             return int(a.kind) < int(b.kind);
                         return a.since < b.since;
                     });
    return list;
}

QStringList OfficeExceptions::queries()
{
    return {OutboxSql, StatusSql, AuditSql, NumberSql};
}

} // namespace iin

#include "core/office/DashboardFigures.h"

#include "core/blanks/BlankLedger.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/operators/Authorization.h"
#include "core/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace iin {

namespace {

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString dayStartUtc(const QDate& day)
{
    return utc(QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone()));
}

const QString outcomesSql = QStringLiteral(
    "SELECT status, count(*) FROM applications WHERE created_at >= ? AND created_at < ?"
    " AND status <> 'draft' GROUP BY status");
const QString outboxFrom = QStringLiteral(" FROM outbox WHERE state IN ('pending','in_flight')");
const QString handoverFrom =
    QStringLiteral(" FROM applications WHERE status = 'certificate_printed'");

// Bands of age starting at each of `starts` (in `unit` seconds), the last one open. With
// `inclusive` labels, a band of whole days [3, 8) is labelled 3-7 and the last "more than N".
QList<AgeBand> bandsOf(const QList<int>& starts, qint64 unit, bool inclusive, const QDateTime& now)
{
    QList<AgeBand> bands;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        AgeBand b;
        const bool last = i + 1 == starts.size();
        b.from = last && inclusive ? starts[i] - 1 : starts[i];
        b.to = last ? -1 : (inclusive ? starts[i + 1] - 1 : starts[i + 1]);
        // The youngest band also takes what was stamped ahead of this clock.
        if (i > 0)
            b.before = now.addSecs(-qint64(starts[i]) * unit);
        if (!last)
            b.since = now.addSecs(-qint64(starts[i + 1]) * unit);
        bands.append(b);
    }
    return bands;
}

QString bandSum(const QString& column, const AgeBand& b, QVariantList* values)
{
    QStringList conditions;
    if (b.since.isValid()) {
        conditions << column + QStringLiteral(" >= ?");
        values->append(utc(b.since));
    }
    if (b.before.isValid()) {
        conditions << column + QStringLiteral(" < ?");
        values->append(utc(b.before));
    }
    if (conditions.isEmpty())
        return QStringLiteral("count(*)");
    return QStringLiteral("coalesce(sum(") + conditions.join(QStringLiteral(" AND ")) +
           QStringLiteral("), 0)");
}

// One row of sums over the rows `from` selects: one per band, then one per extra condition.
QString bandsSql(const QString& column, const QString& from, const QList<AgeBand>& bands,
                 QVariantList* values)
{
    QStringList sums;
    for (const AgeBand& b : bands)
        sums << bandSum(column, b, values);
    return QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) + from;
}

Status countBands(QSqlDatabase db, const QString& sql, const QVariantList& values,
                  QList<AgeBand>* bands, qint64* extra, const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), what);
    for (qsizetype i = 0; i < bands->size(); ++i)
        (*bands)[i].count = q.value(int(i)).toLongLong();
    if (extra)
        *extra = q.value(int(bands->size())).toLongLong();
    return {};
}

QList<int> handoverStarts(int withinDays)
{
    QList<int> starts{0};
    for (int edge : {3, 8}) {
        if (edge < withinDays + 1)
            starts << edge;
    }
    starts << withinDays + 1;
    return starts;
}

} // namespace

qint64 DayOutcomes::total() const
{
    qint64 sum = 0;
    for (qint64 c : counts)
        sum += c;
    return sum;
}

QList<ApplicationStatus> DashboardFigures::outcomes()
{
    using S = ApplicationStatus;
    return {S::RefusedAtIntake, S::Registered,         S::Sent,       S::IinAssigned,
            S::Rejected,        S::CertificatePrinted, S::HandedOver, S::Cancelled};
}

Result<QList<DayOutcomes>> DashboardFigures::outcomesByDay(QSqlDatabase db, const QDate& lastDay,
                                                           int days)
{
    const QList<ApplicationStatus> order = outcomes();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(outcomesSql);
    QList<DayOutcomes> list;
    // One indexed range per local day: the day's bounds in UTC follow the time zone's rules
    // (a day with a clock change is 23 or 25 hours long), which SQLite's date() cannot know.
    for (int i = qBound(1, days, MaxDays) - 1; i >= 0; --i) {
        DayOutcomes d;
        d.day = lastDay.addDays(-i);
        d.counts = QList<qint64>(order.size(), 0);
        q.addBindValue(dayStartUtc(d.day));
        q.addBindValue(dayStartUtc(d.day.addDays(1)));
        if (!q.exec())
            return StoreError::from(q.lastError(), tr("Counting the applications per day"));
        while (q.next()) {
            const auto status = ApplicationStatuses::fromString(q.value(0).toString());
            const qsizetype at = status ? order.indexOf(*status) : -1;
            if (at >= 0)
                d.counts[at] = q.value(1).toLongLong();
        }
        list.append(d);
    }
    return list;
}

Result<OutboxAges> DashboardFigures::outboxAges(QSqlDatabase db, const OfficeThresholds& thresholds,
                                                const QDateTime& now)
{
    OutboxAges ages;
    ages.bands = bandsOf({0, 1, 4, 24}, 3600, false, now);
    ages.stuckHours = thresholds.outboxStuckHours;
    ages.stuckBefore = now.addSecs(-qint64(ages.stuckHours) * 3600);
    QVariantList values;
    QString sql = bandsSql(QStringLiteral("created_at"), QString(), ages.bands, &values);
    AgeBand stuck;
    stuck.before = ages.stuckBefore;
    sql +=
        QStringLiteral(", ") + bandSum(QStringLiteral("created_at"), stuck, &values) + outboxFrom;
    if (Status s = countBands(db, sql, values, &ages.bands, &ages.stuck,
                              tr("Counting the outbox's entries by age"));
        !s)
        return s.error();
    return ages;
}

Result<HandoverBacklog> DashboardFigures::handoverBacklog(QSqlDatabase db,
                                                          const OfficeThresholds& thresholds,
                                                          const QDateTime& now)
{
    HandoverBacklog backlog;
    backlog.withinDays = thresholds.handoverWithinDays;
    backlog.bands = bandsOf(handoverStarts(backlog.withinDays), 86400, true, now);
    QVariantList values;
    // A status change is the only write to a registered application's row, so updated_at of a
    // printed one is when it was printed (a duplicate print changes no status).
    const QString sql =
        bandsSql(QStringLiteral("updated_at"), handoverFrom, backlog.bands, &values);
    if (Status s = countBands(db, sql, values, &backlog.bands, nullptr,
                              tr("Counting the certificates not handed over"));
        !s)
        return s.error();
    return backlog;
}

Result<BlanksOnHand> DashboardFigures::blanks(QSqlDatabase db, const OfficeThresholds& thresholds)
{
    Result<BlankBalance> balance = BlankLedger::balance(db);
    if (!balance)
        return balance.error();
    return BlanksOnHand{balance->onHand, thresholds.blanksBelow};
}

Result<ComplaintDeadlineCounts> DashboardFigures::complaints(ComplaintRegister& complaints,
                                                             const QDate& today)
{
    const QList<ComplaintDeadline> order = ComplaintDeadlines::all();
    ComplaintDeadlineCounts counts;
    counts.counts = QList<qint64>(order.size(), 0);
    ComplaintQuery query;
    query.openOnly = true;
    query.today = today;
    query.limit = 1000;
    for (;;) {
        Result<QList<ComplaintEntry>> page = complaints.list(query);
        if (!page)
            return page.error();
        for (const ComplaintEntry& e : *page) {
            if (const auto d = ComplaintDeadlines::of(e.terms, today))
                ++counts.counts[order.indexOf(*d)];
        }
        if (page->size() < query.limit)
            break;
        query.beforeId = page->last().complaint.id;
    }
    return counts;
}

Result<Dashboard> DashboardFigures::read(QSqlDatabase db, ComplaintRegister& complaints,
                                         const OfficeThresholds& thresholds,
                                         const QString& operatorId, const QDateTime& now, int days)
{
    if (Status allowed = Authorization::require(db, operatorId, Permission::SuperviseOffice);
        !allowed)
        return allowed.error();
    Dashboard d;
    d.now = now.toUTC();
    const QDate today = now.toLocalTime().date();
    Result<QList<DayOutcomes>> perDay = outcomesByDay(db, today, days);
    if (!perDay)
        return perDay.error();
    d.days = *perDay;
    Result<OutboxAges> outbox = outboxAges(db, thresholds, d.now);
    if (!outbox)
        return outbox.error();
    d.outbox = *outbox;
    Result<HandoverBacklog> handover = handoverBacklog(db, thresholds, d.now);
    if (!handover)
        return handover.error();
    d.handover = *handover;
    Result<BlanksOnHand> onHand = blanks(db, thresholds);
    if (!onHand)
        return onHand.error();
    d.blanks = *onHand;
    Result<ComplaintDeadlineCounts> terms = DashboardFigures::complaints(complaints, today);
    if (!terms)
        return terms.error();
    d.complaints = *terms;
    return d;
}

QStringList DashboardFigures::sql()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantList values;
    const QString outbox = bandsSql(QStringLiteral("created_at"), outboxFrom,
                                    bandsOf({0, 1, 4, 24}, 3600, false, now), &values);
    const QString handover = bandsSql(QStringLiteral("updated_at"), handoverFrom,
                                      bandsOf(handoverStarts(10), 86400, true, now), &values);
    return {outcomesSql, outbox, handover};
}

} // namespace iin

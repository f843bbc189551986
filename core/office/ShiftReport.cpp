#include "core/office/ShiftReport.h"

#include "core/base/Clock.h"
#include "core/office/OfficeExceptions.h"
#include "core/office/ShiftBlanks.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace iin {

namespace {

// The moves into a status inside the period, with the registry's answer and who did it. The
// moves the sync worker makes (sent, the registry's answers) are the registering clerk's work;
// the others are whoever moved the application.
const QString MovesSql =
    QStringLiteral("SELECT h.to_status, h.operator, a.created_by,"
                   " json_extract(a.registry_result_json, '$.state')"
                   " FROM status_history h JOIN applications a ON a.id = h.application_id"
                   " WHERE h.to_status = ? AND h.at >= ? AND h.at < ?");

const QString PrintsSql = QStringLiteral(
    "SELECT operator, details FROM audit_log WHERE action = ? AND at >= ? AND at < ?");

// Requests held for the registry's officer now.
const QString WaitingSql = QStringLiteral(
    "SELECT a.created_by FROM outbox o JOIN applications a ON a.id = o.application_id"
    " WHERE o.state IN ('pending', 'in_flight') AND o.review_id IS NOT NULL");

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error readError(const QSqlQuery& q)
{
    return StoreError::from(q.lastError(), ShiftReport::tr("Reading the end-of-shift report"));
}

bool mine(const QString& scope, const QString& who)
{
    return scope.isEmpty() || scope == who;
}

Status countMoves(QSqlDatabase db, const ShiftReportData& d, ShiftCounts& n)
{
    const struct
    {
        const char* status;
        bool clerksOwn; // moved by the clerk (else by the sync worker, for the clerk)
    } moves[] = {{"registered", true},    {"refused_at_intake", true}, {"sent", false},
                 {"iin_assigned", false}, {"rejected", false},         {"handed_over", true}};
    QSqlQuery q(db);
    q.prepare(MovesSql);
    for (const auto& m : moves) {
        const QString status = QLatin1String(m.status);
        q.addBindValue(status);
        q.addBindValue(iso(d.fromUtc));
        q.addBindValue(iso(d.toUtc));
        if (!q.exec())
            return readError(q);
        while (q.next()) {
            const QString who = m.clerksOwn ? q.value(1).toString() : q.value(2).toString();
            if (!mine(d.operatorId, who))
                continue;
            if (status == u"registered")
                ++n.registered;
            else if (status == u"refused_at_intake")
                ++n.refusedAtIntake;
            else if (status == u"sent")
                ++n.sent;
            else if (status == u"rejected")
                ++n.iinRejected;
            else if (status == u"handed_over")
                ++n.handedOver;
            else if (q.value(3).toString() == u"existing")
                ++n.iinExisting;
            else
                ++n.iinFormed;
        }
    }
    n.received = n.registered + n.refusedAtIntake;
    n.iinAssigned = n.iinFormed + n.iinExisting;
    return {};
}

Status countPrints(QSqlDatabase db, const ShiftReportData& d, ShiftCounts& n)
{
    QSqlQuery q(db);
    q.prepare(PrintsSql);
    q.addBindValue(AuditTrail::Printed);
    q.addBindValue(iso(d.fromUtc));
    q.addBindValue(iso(d.toUtc));
    if (!q.exec())
        return readError(q);
    while (q.next()) {
        if (!mine(d.operatorId, q.value(0).toString()))
            continue;
        const QJsonObject details =
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (details.value(u"document").toString() != u"certificate")
            continue; // receipts are not counted
        if (details.value(u"copy").toString() == u"duplicate" ||
            details.value(u"duplicate").toBool())
            ++n.reprinted;
        else
            ++n.printed;
    }
    return {};
}

Status countWaiting(QSqlDatabase db, const ShiftReportData& d, ShiftCounts& n)
{
    QSqlQuery q(db);
    if (!q.exec(WaitingSql))
        return readError(q);
    while (q.next())
        if (mine(d.operatorId, q.value(0).toString()))
            ++n.waitingForOfficer;
    return {};
}

} // namespace

std::pair<QDateTime, QDateTime> ShiftReport::bounds(const QDate& from, const QDate& to)
{
    const QTimeZone local = QTimeZone::systemTimeZone();
    return {QDateTime(from, QTime(0, 0), local).toUTC(),
            QDateTime(to.addDays(1), QTime(0, 0), local).toUTC()};
}

Result<ShiftReportData> ShiftReport::read(QSqlDatabase db, const ShiftReportRequest& r)
{
    if (!r.from.isValid() || !r.to.isValid() || r.to < r.from)
        return Error{QStringLiteral("report.period"),
                     tr("The period is not valid: give a first day and a last day not before "
                        "it.")};
    ShiftReportData d;
    d.office = r.office;
    d.desk = r.desk;
    d.operatorId = r.operatorId;
    d.from = r.from;
    d.to = r.to;
    d.training = r.training;
    std::tie(d.fromUtc, d.toUtc) = bounds(r.from, r.to);
    d.generatedAt = (r.now.isValid() ? r.now : Clock::currentDateTimeUtc()).toUTC();
    d.exceptionsAsOf = std::min(d.toUtc, d.generatedAt);

    if (Status s = countMoves(db, d, d.counts); !s)
        return s.error();
    if (Status s = countPrints(db, d, d.counts); !s)
        return s.error();
    if (Status s = countWaiting(db, d, d.counts); !s)
        return s.error();
    Result<ShiftBlanks> blanks = readShiftBlanks(db, d.operatorId, d.fromUtc, d.toUtc);
    if (!blanks)
        return blanks.error();
    d.blanks = *blanks;
    Result<QList<OfficeException>> exceptions = OfficeExceptions::find(
        db, r.thresholds, d.exceptionsAsOf, ExceptionScope{d.fromUtc, d.toUtc, d.operatorId});
    if (!exceptions)
        return exceptions.error();
    d.exceptions = *exceptions;
    return d;
}

QStringList ShiftReport::queries()
{
    return {MovesSql, PrintsSql, WaitingSql};
}

} // namespace iin

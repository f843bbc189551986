#include "core/blanks/BlankLedger.h"

#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

namespace {

const QList<std::pair<SpoilReason, QString>>& reasonCodes()
{
    static const QList<std::pair<SpoilReason, QString>> codes{
        {SpoilReason::Misprint, QStringLiteral("misprint")},
        {SpoilReason::Jam, QStringLiteral("jam")},
        {SpoilReason::Damaged, QStringLiteral("damaged")},
        {SpoilReason::Other, QStringLiteral("other")},
    };
    return codes;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error readError(const QSqlQuery& q)
{
    return StoreError::from(q.lastError(), BlankLedger::tr("Reading the blanks"));
}

Error writeError(const QSqlQuery& q)
{
    return StoreError::from(q.lastError(), BlankLedger::tr("Recording the blanks"));
}

Result<qint64> scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<BlankRange> insertRange(QSqlDatabase db, const QString& operatorId, const QString& series,
                               qint64 first, qint64 last, bool training)
{
    QSqlQuery overlap(db);
    overlap.prepare(QStringLiteral("SELECT series, first_serial, last_serial FROM blank_ranges "
                                   "WHERE first_serial <= ? AND last_serial >= ? LIMIT 1"));
    overlap.addBindValue(last);
    overlap.addBindValue(first);
    if (!overlap.exec())
        return readError(overlap);
    if (overlap.next())
        return Error{QStringLiteral("blanks.overlap"),
                     BlankLedger::tr("Serials %1–%2 overlap the range %3–%4 received before; a "
                                     "serial serves at most once.")
                         .arg(first)
                         .arg(last)
                         .arg(overlap.value(1).toLongLong())
                         .arg(overlap.value(2).toLongLong())};
    BlankRange range;
    // A range without a series is stored with an empty one, never NULL.
    range.series = series.isNull() ? QStringLiteral("") : series;
    range.first = first;
    range.last = last;
    range.receivedBy = operatorId;
    range.receivedAt = nowUtc();
    range.training = training;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blank_ranges (series, first_serial, last_serial, "
                             "received_by, received_at, training) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(range.series);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(operatorId);
    q.addBindValue(range.receivedAt);
    q.addBindValue(training ? 1 : 0);
    if (!q.exec())
        return writeError(q);
    range.id = q.lastInsertId().toLongLong();
    QJsonObject details{{QStringLiteral("series"), range.series},
                        {QStringLiteral("first"), first},
                        {QStringLiteral("last"), last},
                        {QStringLiteral("count"), range.count()}};
    if (training)
        details.insert(QStringLiteral("training"), true);
    if (Status s = AuditTrail::append(db, {operatorId, AuditTrail::BlanksReceived,
                                           QStringLiteral("blanks:%1").arg(range.id), details});
        !s)
        return s.error();
    return range;
}

// Where a serial stands: inside a range received, and not used yet.
Status onHand(QSqlDatabase db, qint64 serial)
{
    QSqlQuery inRange(db);
    inRange.prepare(QStringLiteral(
        "SELECT 1 FROM blank_ranges WHERE first_serial <= ? AND last_serial >= ? LIMIT 1"));
    inRange.addBindValue(serial);
    inRange.addBindValue(serial);
    if (!inRange.exec())
        return readError(inRange);
    if (!inRange.next())
        return Error{
            QStringLiteral("blanks.not_received"),
            BlankLedger::tr("Blank %1 is not in any range this office received.").arg(serial)};
    QSqlQuery used(db);
    used.prepare(QStringLiteral("SELECT kind FROM blank_uses WHERE serial = ?"));
    used.addBindValue(serial);
    if (!used.exec())
        return readError(used);
    if (used.next())
        return Error{QStringLiteral("blanks.used"),
                     used.value(0).toString() == u"spoiled"
                         ? BlankLedger::tr("Blank %1 was recorded as spoiled; it is not on hand.")
                               .arg(serial)
                         : BlankLedger::tr("Blank %1 was printed on already; a blank serves "
                                           "once.")
                               .arg(serial)};
    return {};
}

} // namespace

QString spoilReasonCode(SpoilReason reason)
{
    for (const auto& [r, code] : reasonCodes())
        if (r == reason)
            return code;
    return {};
}

std::optional<SpoilReason> spoilReasonFrom(const QString& code)
{
    for (const auto& [r, c] : reasonCodes())
        if (c == code)
            return r;
    return std::nullopt;
}

QStringList spoilReasonCodes()
{
    QStringList codes;
    for (const auto& [r, code] : reasonCodes())
        codes << code;
    return codes;
}

QString BlankLedger::noneOnHandMessage()
{
    return tr("No security-paper blank is on hand: a supervisor receives a range of blanks "
              "before certificates can be printed.");
}

Result<BlankRange> BlankLedger::receive(QSqlDatabase db, const QString& operatorId,
                                        const QString& series, qint64 first, qint64 last)
{
    if (Status s = Authorization::require(db, operatorId, Permission::ManageBlanks); !s)
        return s.error();
    if (first <= 0 || last < first)
        return Error{QStringLiteral("blanks.bad_range"),
                     tr("A range of blanks runs from a first serial to a last one, both "
                        "positive, the last not below the first.")};
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<BlankRange> range = insertRange(db, operatorId, series, first, last, false);
    if (!range)
        return range.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return range;
}

Status BlankLedger::spoil(QSqlDatabase db, const QString& supervisorId, qint64 serial,
                          SpoilReason reason)
{
    if (Status s = Authorization::require(db, supervisorId, Permission::ManageBlanks); !s)
        return s;
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = onHand(db, serial); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blank_uses (serial, kind, reason, operator_id, "
                             "countersigned_by, at) VALUES (?, 'spoiled', ?, ?, ?, ?)"));
    q.addBindValue(serial);
    q.addBindValue(spoilReasonCode(reason));
    q.addBindValue(supervisorId);
    q.addBindValue(supervisorId);
    q.addBindValue(nowUtc());
    if (!q.exec())
        return writeError(q);
    if (Status s = AuditTrail::append(db, {supervisorId,
                                           AuditTrail::BlankSpoiled,
                                           QStringLiteral("blank:%1").arg(serial),
                                           {{QStringLiteral("serial"), serial},
                                            {QStringLiteral("reason"), spoilReasonCode(reason)},
                                            {QStringLiteral("countersigned_by"), supervisorId}}});
        !s)
        return s;
    return tx.commit();
}

Result<BlankBalance> BlankLedger::balance(QSqlDatabase db)
{
    BlankBalance b;
    Result<qint64> received =
        scalar(db, QStringLiteral("SELECT coalesce(sum(last_serial - first_serial + 1), 0) "
                                  "FROM blank_ranges"));
    if (!received)
        return received.error();
    Result<qint64> issued =
        scalar(db, QStringLiteral("SELECT count(*) FROM blank_uses WHERE kind = 'issued'"));
    if (!issued)
        return issued.error();
    Result<qint64> spoiled =
        scalar(db, QStringLiteral("SELECT count(*) FROM blank_uses WHERE kind = 'spoiled'"));
    if (!spoiled)
        return spoiled.error();
    b.received = *received;
    b.issued = *issued;
    b.spoiled = *spoiled;
    b.onHand = b.begin + b.received - b.issued - b.spoiled;
    Result<std::optional<qint64>> next = nextOnHand(db);
    if (!next)
        return next.error();
    b.next = *next;
    return b;
}

Result<QList<BlankRange>> BlankLedger::ranges(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, series, first_serial, last_serial, received_by, "
                               "received_at, training FROM blank_ranges ORDER BY first_serial")))
        return readError(q);
    QList<BlankRange> list;
    while (q.next()) {
        BlankRange r;
        r.id = q.value(0).toLongLong();
        r.series = q.value(1).toString();
        r.first = q.value(2).toLongLong();
        r.last = q.value(3).toLongLong();
        r.receivedBy = q.value(4).toString();
        r.receivedAt = q.value(5).toString();
        r.training = q.value(6).toInt() != 0;
        list << r;
    }
    return list;
}

Result<std::optional<qint64>> BlankLedger::nextOnHand(QSqlDatabase db)
{
    // The lowest serial of a range, or the one after a used serial, that is itself inside a
    // range and unused: the gaps are found by the database, not by walking every serial.
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT min(c) FROM ("
                           " SELECT first_serial AS c FROM blank_ranges"
                           " UNION SELECT serial + 1 FROM blank_uses) AS candidates"
                           " WHERE EXISTS (SELECT 1 FROM blank_ranges r"
                           "               WHERE r.first_serial <= c AND r.last_serial >= c)"
                           "   AND NOT EXISTS (SELECT 1 FROM blank_uses u WHERE u.serial = c)")) ||
        !q.next())
        return readError(q);
    if (q.value(0).isNull())
        return std::optional<qint64>{};
    return std::optional<qint64>{q.value(0).toLongLong()};
}

Status BlankLedger::checkOnHand(QSqlDatabase db, qint64 serial)
{
    Result<std::optional<qint64>> next = nextOnHand(db);
    if (!next)
        return next.error();
    if (!next->has_value())
        return Error{QStringLiteral("blanks.none_on_hand"), noneOnHandMessage()};
    return onHand(db, serial);
}

Result<qint64> BlankLedger::issueIn(QSqlDatabase db, std::optional<qint64> serial,
                                    qint64 applicationId, const QString& certificateNumber,
                                    bool duplicate, const QString& operatorId)
{
    qint64 chosen = 0;
    if (serial) {
        if (Status s = checkOnHand(db, *serial); !s)
            return s.error();
        chosen = *serial;
    } else {
        Result<std::optional<qint64>> next = nextOnHand(db);
        if (!next)
            return next.error();
        if (!next->has_value())
            return Error{QStringLiteral("blanks.none_on_hand"), noneOnHandMessage()};
        chosen = **next;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blank_uses (serial, kind, application_id, "
                             "certificate_number, copy, operator_id, at) "
                             "VALUES (?, 'issued', ?, ?, ?, ?, ?)"));
    q.addBindValue(chosen);
    q.addBindValue(applicationId);
    q.addBindValue(certificateNumber);
    q.addBindValue(duplicate ? QStringLiteral("duplicate") : QStringLiteral("original"));
    q.addBindValue(operatorId);
    q.addBindValue(nowUtc());
    if (!q.exec())
        return writeError(q);
    return chosen;
}

Status BlankLedger::seedTrainingIn(QSqlDatabase db, const QString& operatorId)
{
    Result<qint64> ranges = scalar(db, QStringLiteral("SELECT count(*) FROM blank_ranges"));
    if (!ranges)
        return ranges.error();
    if (*ranges > 0)
        return {};
    Result<BlankRange> range =
        insertRange(db, operatorId, QStringLiteral("TRAINING"), 1, 9999, true);
    if (!range)
        return range.error();
    return {};
}

} // namespace iin

#include "core/blanks/BlankLedger.h"

#include "core/base/Clock.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QJsonArray>
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
    // Clock, not the system clock: a test scripts a ledger across days with a moved clock.
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant utcText(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
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

Result<qint64> scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

// A condition on a UTC text column for [from, to), with its four bound values; an invalid
// bound is no bound.
struct Period
{
    QString sql;
    QVariantList binds;
};

Period period(const QString& column, const QVariant& from, const QVariant& to)
{
    return {QStringLiteral("(? IS NULL OR %1 >= ?) AND (? IS NULL OR %1 < ?)").arg(column),
            {from, from, to, to}};
}

// Who holds `serial` in a hand-out not yet returned; empty when nobody.
Result<QString> holderOf(QSqlDatabase db, qint64 serial)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT operator_id FROM blank_handouts WHERE returned_at IS NULL "
                             "AND first_serial <= ? AND last_serial >= ? LIMIT 1"));
    q.addBindValue(serial);
    q.addBindValue(serial);
    if (!q.exec())
        return readError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> holdsAny(QSqlDatabase db, const QString& operatorId)
{
    Result<std::optional<qint64>> next = BlankLedger::nextFor(db, operatorId);
    if (!next)
        return next.error();
    return next->has_value();
}

// The lowest serial `operatorId` holds unused.
Result<std::optional<qint64>> nextHeld(QSqlDatabase db, const QString& operatorId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT min(c) FROM ("
        " SELECT first_serial AS c FROM blank_handouts WHERE operator_id = ? AND returned_at IS "
        "NULL"
        " UNION SELECT serial + 1 FROM blank_uses) AS candidates"
        " WHERE EXISTS (SELECT 1 FROM blank_handouts h WHERE h.operator_id = ?"
        "               AND h.returned_at IS NULL AND h.first_serial <= c AND h.last_serial >= c)"
        "   AND NOT EXISTS (SELECT 1 FROM blank_uses u WHERE u.serial = c)"));
    q.addBindValue(operatorId);
    q.addBindValue(operatorId);
    if (!q.exec() || !q.next())
        return readError(q);
    if (q.value(0).isNull())
        return std::optional<qint64>{};
    return std::optional<qint64>{q.value(0).toLongLong()};
}

// What `operatorId` held at `at` (invalid: now, counted from the open hand-outs themselves).
Result<qint64> heldAt(QSqlDatabase db, const QString& operatorId, const QVariant& at)
{
    if (at.isNull())
        return scalar(db,
                      QStringLiteral("SELECT coalesce(sum(h.last_serial - h.first_serial + 1 - "
                                     "(SELECT count(*) FROM blank_uses u WHERE u.serial BETWEEN "
                                     "h.first_serial AND h.last_serial)), 0) FROM blank_handouts h "
                                     "WHERE h.operator_id = ? AND h.returned_at IS NULL"),
                      {operatorId});
    Result<qint64> handed = scalar(db,
                                   QStringLiteral("SELECT coalesce(sum(last_serial - first_serial "
                                                  "+ 1), 0) FROM blank_handouts WHERE "
                                                  "operator_id = ? AND handed_at < ?"),
                                   {operatorId, at});
    Result<qint64> used =
        scalar(db, QStringLiteral("SELECT count(*) FROM blank_uses WHERE holder = ? AND at < ?"),
               {operatorId, at});
    Result<qint64> returned = scalar(db,
                                     QStringLiteral("SELECT coalesce(sum(returned_count), 0) FROM "
                                                    "blank_handouts WHERE operator_id = ? AND "
                                                    "returned_at IS NOT NULL AND returned_at < ?"),
                                     {operatorId, at});
    if (!handed)
        return handed.error();
    if (!used)
        return used.error();
    if (!returned)
        return returned.error();
    return *handed - *used - *returned;
}

// What the office had at `at` (invalid: now): every blank received and not used, in the safe or
// in a clerk's hands.
Result<qint64> officeAt(QSqlDatabase db, const QVariant& at)
{
    Result<qint64> received = scalar(db,
                                     QStringLiteral("SELECT coalesce(sum(last_serial - "
                                                    "first_serial + 1), 0) FROM blank_ranges "
                                                    "WHERE ? IS NULL OR received_at < ?"),
                                     {at, at});
    Result<qint64> used = scalar(
        db, QStringLiteral("SELECT count(*) FROM blank_uses WHERE ? IS NULL OR at < ?"), {at, at});
    if (!received)
        return received.error();
    if (!used)
        return used.error();
    return *received - *used;
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

QString BlankLedger::noneHeldMessage(const QString& operatorId)
{
    return tr("%1 holds no security-paper blanks: this office hands blanks to each operator's "
              "shift, and a supervisor hands a range before certificates can be printed.")
        .arg(operatorId);
}

BlankScope blankScopeForDays(const QString& operatorId, QDate first, QDate last)
{
    BlankScope scope;
    scope.operatorId = operatorId;
    scope.from = QDateTime(first, QTime(0, 0), Qt::LocalTime).toUTC();
    scope.to = QDateTime(last.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
    return scope;
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
    // A blank spoiled in a clerk's hands counts against the clerk's holding.
    Result<QString> holder = holderOf(db, serial);
    if (!holder)
        return holder.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blank_uses (serial, kind, reason, operator_id, "
                             "countersigned_by, at, holder) VALUES (?, 'spoiled', ?, ?, ?, ?, ?)"));
    q.addBindValue(serial);
    q.addBindValue(spoilReasonCode(reason));
    q.addBindValue(supervisorId);
    q.addBindValue(supervisorId);
    q.addBindValue(nowUtc());
    q.addBindValue(holder->isEmpty() ? QVariant() : QVariant(*holder));
    if (!q.exec())
        return writeError(q);
    QJsonObject details{{QStringLiteral("serial"), serial},
                        {QStringLiteral("reason"), spoilReasonCode(reason)},
                        {QStringLiteral("countersigned_by"), supervisorId}};
    if (!holder->isEmpty())
        details.insert(QStringLiteral("holder"), *holder);
    if (Status s = AuditTrail::append(db, {supervisorId, AuditTrail::BlankSpoiled,
                                           QStringLiteral("blank:%1").arg(serial), details});
        !s)
        return s;
    return tx.commit();
}

Result<BlankBalance> BlankLedger::balance(QSqlDatabase db)
{
    return balance(db, BlankScope{});
}

Result<BlankBalance> BlankLedger::balance(QSqlDatabase db, const BlankScope& scope)
{
    const QVariant from = utcText(scope.from);
    const QVariant to = utcText(scope.to);
    const QString& who = scope.operatorId;
    const bool office = who.isEmpty();
    BlankBalance b;

    // The flows inside the period.
    const Period atIn = period(QStringLiteral("at"), from, to);
    const QString holderIs = office ? QStringLiteral("1") : QStringLiteral("holder = ?");
    const QVariantList holderBinds = office ? QVariantList{} : QVariantList{who};
    Result<qint64> received =
        office ? scalar(db,
                        QStringLiteral("SELECT coalesce(sum(last_serial - first_serial + 1), 0) "
                                       "FROM blank_ranges WHERE ") +
                            period(QStringLiteral("received_at"), from, to).sql,
                        period(QStringLiteral("received_at"), from, to).binds)
               : scalar(db,
                        QStringLiteral("SELECT coalesce(sum(last_serial - first_serial + 1), 0) "
                                       "FROM blank_handouts WHERE operator_id = ? AND ") +
                            period(QStringLiteral("handed_at"), from, to).sql,
                        QVariantList{who} + period(QStringLiteral("handed_at"), from, to).binds);
    if (!received)
        return received.error();
    Result<qint64> issued = scalar(db,
                                   QStringLiteral("SELECT count(*) FROM blank_uses WHERE kind = "
                                                  "'issued' AND %1 AND ")
                                           .arg(holderIs) +
                                       atIn.sql,
                                   holderBinds + atIn.binds);
    if (!issued)
        return issued.error();
    Result<qint64> spoiled = scalar(db,
                                    QStringLiteral("SELECT count(*) FROM blank_uses WHERE kind = "
                                                   "'spoiled' AND %1 AND ")
                                            .arg(holderIs) +
                                        atIn.sql,
                                    holderBinds + atIn.binds);
    if (!spoiled)
        return spoiled.error();
    Result<qint64> returned =
        office ? Result<qint64>(qint64(0))
               : scalar(db,
                        QStringLiteral("SELECT coalesce(sum(returned_count), 0) FROM "
                                       "blank_handouts WHERE operator_id = ? AND returned_at IS "
                                       "NOT NULL AND ") +
                            period(QStringLiteral("returned_at"), from, to).sql,
                        QVariantList{who} + period(QStringLiteral("returned_at"), from, to).binds);
    if (!returned)
        return returned.error();

    // The stock at either end, counted on its own: begin + flows = on hand is then a check of
    // the ledger, not a definition.
    if (from.isValid()) {
        Result<qint64> begin = office ? officeAt(db, from) : heldAt(db, who, from);
        if (!begin)
            return begin.error();
        b.begin = *begin;
    }
    Result<qint64> onHandAtEnd = office ? officeAt(db, to) : heldAt(db, who, to);
    if (!onHandAtEnd)
        return onHandAtEnd.error();

    b.received = *received;
    b.issued = *issued;
    b.spoiled = *spoiled;
    b.returned = *returned;
    b.onHand = *onHandAtEnd;
    Result<std::optional<qint64>> next = office ? nextOnHand(db) : nextHeld(db, who);
    if (!next)
        return next.error();
    b.next = *next;

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT serial, reason, coalesce(holder, operator_id), "
                             "countersigned_by, at FROM blank_uses WHERE kind = 'spoiled' AND %1 "
                             "AND ")
                  .arg(holderIs) +
              atIn.sql + QStringLiteral(" ORDER BY at, serial"));
    for (const QVariant& v : holderBinds + atIn.binds)
        q.addBindValue(v);
    if (!q.exec())
        return readError(q);
    while (q.next())
        b.spoiledBlanks << SpoiledBlank{q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toString()};
    return b;
}

Result<BlankHandout> BlankLedger::handOut(QSqlDatabase db, const QString& supervisorId,
                                          qint64 first, qint64 last, const QString& operatorId)
{
    if (Status s = Authorization::require(db, supervisorId, Permission::ManageBlanks); !s)
        return s.error();
    if (first <= 0 || last < first)
        return Error{QStringLiteral("blanks.bad_range"),
                     tr("A range of blanks runs from a first serial to a last one, both "
                        "positive, the last not below the first.")};
    if (operatorId.trimmed().isEmpty() ||
        !Authorization::require(db, operatorId, Permission::PrintCertificate))
        return Error{QStringLiteral("blanks.not_a_clerk"),
                     tr("\"%1\" is not an active operator who may print certificates; blanks are "
                        "handed only to one.")
                         .arg(operatorId)};
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Ranges received never overlap, so the serials of [first, last] they cover add up.
    Result<qint64> covered = scalar(
        db,
        QStringLiteral("SELECT coalesce(sum(min(last_serial, ?) - max(first_serial, ?) + 1), 0) "
                       "FROM blank_ranges WHERE first_serial <= ? AND last_serial >= ?"),
        {last, first, last, first});
    if (!covered)
        return covered.error();
    if (*covered != last - first + 1)
        return Error{
            QStringLiteral("blanks.not_received"),
            tr("Serials %1–%2 are not all in ranges this office received.").arg(first).arg(last)};
    Result<qint64> used = scalar(
        db,
        QStringLiteral("SELECT coalesce(min(serial), 0) FROM blank_uses WHERE serial BETWEEN ? "
                       "AND ?"),
        {first, last});
    if (!used)
        return used.error();
    if (*used > 0)
        return Error{QStringLiteral("blanks.used"),
                     tr("Blank %1 of that range was used already; hand out blanks on hand only.")
                         .arg(*used)};
    QSqlQuery held(db);
    held.prepare(QStringLiteral("SELECT operator_id, first_serial, last_serial FROM "
                                "blank_handouts WHERE returned_at IS NULL AND first_serial <= ? "
                                "AND last_serial >= ? LIMIT 1"));
    held.addBindValue(last);
    held.addBindValue(first);
    if (!held.exec())
        return readError(held);
    if (held.next())
        return Error{QStringLiteral("blanks.held"),
                     tr("Serials %1–%2 overlap the range %3–%4 held by %5; a blank is held by "
                        "one operator at a time.")
                         .arg(first)
                         .arg(last)
                         .arg(held.value(1).toLongLong())
                         .arg(held.value(2).toLongLong())
                         .arg(held.value(0).toString())};
    BlankHandout h;
    h.first = first;
    h.last = last;
    h.operatorId = operatorId;
    h.handedBy = supervisorId;
    h.handedAt = nowUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blank_handouts (first_serial, last_serial, "
                             "operator_id, handed_by, handed_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(operatorId);
    q.addBindValue(supervisorId);
    q.addBindValue(h.handedAt);
    if (!q.exec())
        return writeError(q);
    h.id = q.lastInsertId().toLongLong();
    if (Status s = AuditTrail::append(db, {supervisorId,
                                           AuditTrail::BlanksHandedOut,
                                           QStringLiteral("blank_handout:%1").arg(h.id),
                                           {{QStringLiteral("first"), first},
                                            {QStringLiteral("last"), last},
                                            {QStringLiteral("count"), h.count()},
                                            {QStringLiteral("to"), operatorId}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return h;
}

Result<qint64> BlankLedger::takeBack(QSqlDatabase db, const QString& supervisorId,
                                     const QString& operatorId)
{
    if (Status s = Authorization::require(db, supervisorId, Permission::ManageBlanks); !s)
        return s.error();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery open(db);
    open.prepare(QStringLiteral("SELECT id, first_serial, last_serial FROM blank_handouts WHERE "
                                "operator_id = ? AND returned_at IS NULL ORDER BY first_serial"));
    open.addBindValue(operatorId);
    if (!open.exec())
        return readError(open);
    struct Open
    {
        qint64 id, first, last;
    };
    QList<Open> list;
    while (open.next())
        list << Open{open.value(0).toLongLong(), open.value(1).toLongLong(),
                     open.value(2).toLongLong()};
    if (list.isEmpty())
        return Error{QStringLiteral("blanks.none_held"),
                     tr("%1 holds no blanks; there is nothing to take back.").arg(operatorId)};
    const QString at = nowUtc();
    qint64 total = 0;
    QJsonArray ranges;
    for (const Open& o : list) {
        Result<qint64> used = scalar(
            db, QStringLiteral("SELECT count(*) FROM blank_uses WHERE serial BETWEEN ? AND ?"),
            {o.first, o.last});
        if (!used)
            return used.error();
        const qint64 rest = o.last - o.first + 1 - *used;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE blank_handouts SET returned_by = ?, returned_at = ?, "
                                 "returned_count = ? WHERE id = ?"));
        q.addBindValue(supervisorId);
        q.addBindValue(at);
        q.addBindValue(rest);
        q.addBindValue(o.id);
        if (!q.exec())
            return writeError(q);
        total += rest;
        ranges.append(QJsonObject{{QStringLiteral("first"), o.first},
                                  {QStringLiteral("last"), o.last},
                                  {QStringLiteral("returned"), rest}});
    }
    if (Status s = AuditTrail::append(db, {supervisorId,
                                           AuditTrail::BlanksReturned,
                                           QStringLiteral("operator:%1").arg(operatorId),
                                           {{QStringLiteral("from"), operatorId},
                                            {QStringLiteral("count"), total},
                                            {QStringLiteral("ranges"), ranges}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return total;
}

Result<QStringList> BlankLedger::holders(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT DISTINCT operator_id FROM blank_handouts ORDER BY operator_id")))
        return readError(q);
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QList<BlankHandout>> BlankLedger::handouts(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, first_serial, last_serial, operator_id, handed_by, "
                               "handed_at, returned_by, returned_at, returned_count FROM "
                               "blank_handouts ORDER BY id")))
        return readError(q);
    QList<BlankHandout> list;
    while (q.next()) {
        BlankHandout h;
        h.id = q.value(0).toLongLong();
        h.first = q.value(1).toLongLong();
        h.last = q.value(2).toLongLong();
        h.operatorId = q.value(3).toString();
        h.handedBy = q.value(4).toString();
        h.handedAt = q.value(5).toString();
        h.returnedBy = q.value(6).toString();
        h.returnedAt = q.value(7).toString();
        h.returnedCount = q.value(8).toLongLong();
        list << h;
    }
    return list;
}

Result<bool> BlankLedger::handsOut(QSqlDatabase db)
{
    Result<qint64> n = scalar(db, QStringLiteral("SELECT count(*) FROM blank_handouts"));
    if (!n)
        return n.error();
    return *n > 0;
}

Result<std::optional<qint64>> BlankLedger::nextFor(QSqlDatabase db, const QString& operatorId)
{
    Result<bool> handing = handsOut(db);
    if (!handing)
        return handing.error();
    return *handing ? nextHeld(db, operatorId) : nextOnHand(db);
}

Status BlankLedger::checkFor(QSqlDatabase db, const QString& operatorId, qint64 serial)
{
    if (Status s = checkOnHand(db, serial); !s)
        return s;
    Result<bool> handing = handsOut(db);
    if (!handing)
        return handing.error();
    if (!*handing)
        return {};
    Result<QString> holder = holderOf(db, serial);
    if (!holder)
        return holder.error();
    if (*holder == operatorId)
        return {};
    if (!holder->isEmpty())
        return Error{QStringLiteral("blanks.held"),
                     tr("Blank %1 is held by %2: a blank is printed on only by the operator "
                        "holding it.")
                         .arg(serial)
                         .arg(*holder)};
    Result<bool> any = holdsAny(db, operatorId);
    if (!any)
        return any.error();
    if (!*any)
        return Error{QStringLiteral("blanks.none_held"), noneHeldMessage(operatorId)};
    return Error{QStringLiteral("blanks.not_held"),
                 tr("Blank %1 is in the office's stock, not among the blanks handed to you; "
                    "print on one you hold.")
                     .arg(serial)};
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
    Result<bool> handing = handsOut(db);
    if (!handing)
        return handing.error();
    qint64 chosen = 0;
    if (serial) {
        if (Status s = checkFor(db, operatorId, *serial); !s)
            return s.error();
        chosen = *serial;
    } else {
        Result<std::optional<qint64>> next = nextFor(db, operatorId);
        if (!next)
            return next.error();
        if (!next->has_value())
            return *handing ? Error{QStringLiteral("blanks.none_held"), noneHeldMessage(operatorId)}
                            : Error{QStringLiteral("blanks.none_on_hand"), noneOnHandMessage()};
        chosen = **next;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blank_uses (serial, kind, application_id, "
                             "certificate_number, copy, operator_id, at, holder) "
                             "VALUES (?, 'issued', ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(chosen);
    q.addBindValue(applicationId);
    q.addBindValue(certificateNumber);
    q.addBindValue(duplicate ? QStringLiteral("duplicate") : QStringLiteral("original"));
    q.addBindValue(operatorId);
    q.addBindValue(nowUtc());
    // checkFor made sure that the operator holds the serial once the office hands out.
    q.addBindValue(*handing ? QVariant(operatorId) : QVariant());
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

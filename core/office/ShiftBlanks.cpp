#include "core/office/ShiftBlanks.h"

#include "core/store/AuditTrail.h"
#include "core/store/StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

Result<ShiftBlanks> readShiftBlanks(QSqlDatabase db, const QString& operatorId,
                                    const QDateTime& from, const QDateTime& to)
{
    const QString what = BlankLedger::tr("Reading the blanks");
    ShiftBlanks blanks;
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM blank_ranges)")) || !any.next())
        return StoreError::from(any.lastError(), what);
    blanks.any = any.value(0).toBool();
    // The office's balance over the journal's life: ranges are not handed to a clerk's shift
    // yet (docs/office.md, "Blanks").
    Result<BlankBalance> balance = BlankLedger::balance(db);
    if (!balance)
        return balance.error();
    blanks.balance = *balance;

    // From the audit trail: its (action, at) index finds the period's records without a scan.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT at, operator, details FROM audit_log"
                             " WHERE action = ? AND at >= ? AND at < ? ORDER BY at, seq"));
    q.addBindValue(AuditTrail::BlankSpoiled);
    q.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(to.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StoreError::from(q.lastError(), what);
    while (q.next()) {
        const QJsonObject d = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        ShiftSpoiledBlank b;
        b.serial = d.value(u"serial").toInteger();
        b.reason = d.value(u"reason").toString();
        b.operatorId = q.value(1).toString();
        b.countersignedBy = d.value(u"countersigned_by").toString(b.operatorId);
        b.at = q.value(0).toString();
        if (!operatorId.isEmpty() && b.operatorId != operatorId && b.countersignedBy != operatorId)
            continue;
        blanks.spoiled.append(b);
    }
    return blanks;
}

} // namespace iin

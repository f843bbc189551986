#include "core/office/ShiftBlanks.h"

#include "core/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

Result<ShiftBlanks> readShiftBlanks(QSqlDatabase db, const QString& operatorId,
                                    const QDateTime& from, const QDateTime& to)
{
    ShiftBlanks blanks;
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM blank_ranges)")) || !any.next())
        return StoreError::from(any.lastError(), BlankLedger::tr("Reading the blanks"));
    blanks.any = any.value(0).toBool();
    // The office's balance over the period, or the operator's: the blanks handed to them, used
    // from their holding, handed back (BlankLedger, docs/office.md "Blanks").
    Result<BlankBalance> balance = BlankLedger::balance(db, BlankScope{operatorId, from, to});
    if (!balance)
        return balance.error();
    blanks.balance = *balance;
    return blanks;
}

} // namespace iin

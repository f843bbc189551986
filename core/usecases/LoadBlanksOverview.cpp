#include "core/usecases/LoadBlanksOverview.h"

#include "core/operators/OperatorDirectory.h"
#include "core/operators/Role.h"
#include "core/store/Database.h"

namespace iin {

Result<BlanksOverview> loadBlanksOverview(Database& db, const QDate& today)
{
    BlanksOverview overview;
    Result<BlankBalance> office = BlankLedger::balance(db.sql());
    if (!office)
        return office.error();
    overview.office = *office;
    Result<QList<Operator>> operators = OperatorDirectory(db).operators();
    if (!operators)
        return operators.error();
    for (const Operator& op : *operators)
        if (op.active && roleMay(op.role, Permission::PrintCertificate))
            overview.printers << op;
    Result<QStringList> holders = BlankLedger::holders(db.sql());
    if (!holders)
        return holders.error();
    for (const QString& login : *holders) {
        Result<BlankBalance> day =
            BlankLedger::balance(db.sql(), blankScopeForDays(login, today, today));
        if (!day)
            return day.error();
        Result<BlankBalance> now = BlankLedger::balance(db.sql(), BlankScope{login, {}, {}});
        if (!now)
            return now.error();
        overview.holders << OperatorBlanks{login, now->onHand, day->issued, day->spoiled};
    }
    return overview;
}

} // namespace iin

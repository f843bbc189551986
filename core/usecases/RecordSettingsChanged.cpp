#include "core/usecases/RecordSettingsChanged.h"

#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

namespace iin {

Status RecordSettingsChanged::run(Database& database, const QJsonObject& changes,
                                  const QString& operatorId)
{
    QSqlDatabase db = database.sql();
    Transaction tx(db);
    Status s = tx.begin();
    if (s)
        s = Authorization::require(db, operatorId, Permission::EditSettings);
    if (s)
        s = AuditTrail::append(
            db, {operatorId, AuditTrail::SettingsChanged, QStringLiteral("settings"), changes});
    if (s)
        s = tx.commit();
    return s;
}

} // namespace iin

#include "core/usecases/OpenRecord.h"

#include "core/journal/Journal.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace iin {

Result<QJsonObject> OpenRecord::run(Database& database, qint64 applicationId,
                                    const QString& operatorId)
{
    Result<QJsonObject> record = Journal(database).openRecord(applicationId, operatorId);
    if (!record)
        return record;
    // The audit table is for the roles that may read the audit trail (supervisors).
    if (!Authorization::require(database.sql(), operatorId, Permission::ViewAuditTrail))
        return record;
    const Result<QList<AuditRecord>> trail =
        AuditTrail::recordsFor(database.sql(), QStringLiteral("application:%1").arg(applicationId));
    if (!trail)
        return trail.error();
    QJsonArray audit;
    for (const AuditRecord& r : *trail)
        audit.append(QJsonObject{
            {QStringLiteral("seq"), r.seq},
            {QStringLiteral("at"), r.at},
            {QStringLiteral("operator"), r.operatorId},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("details"), QJsonDocument::fromJson(r.details.toUtf8()).object()},
        });
    record->insert(QStringLiteral("audit"), audit);
    return record;
}

} // namespace iin

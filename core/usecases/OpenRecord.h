#pragma once

#include "core/base/Result.h"

#include <QJsonObject>
#include <QString>

namespace iin {

class Database;

// The whole record of an application for the application view (Journal::openRecord, audited as
// a view by `operatorId`), with the audit history of "application:<id>" added as "audit" (after
// the view, so the view itself is in it) when the operator may view the audit trail
// (Permission::ViewAuditTrail).
class OpenRecord
{
public:
    static Result<QJsonObject> run(Database& database, qint64 applicationId,
                                   const QString& operatorId);
};

} // namespace iin

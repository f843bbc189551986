#include "core/usecases/MakeShiftReport.h"

#include "core/office/ShiftReport.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QJsonObject>

namespace iin {

Result<ShiftReportData> MakeShiftReport::run(Database& database, const ShiftReportRequest& request,
                                             const QString& operatorId, const QString& format)
{
    QSqlDatabase db = database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const bool ownWork = !request.operatorId.isEmpty() && request.operatorId == operatorId;
    if (Status s =
            ownWork ? Authorization::requireAny(
                          db, operatorId, {Permission::ReportOwnShift, Permission::ReportAnyShift})
                    : Authorization::require(db, operatorId, Permission::ReportAnyShift);
        !s)
        return s.error();
    Result<ShiftReportData> report = ShiftReport::read(db, request);
    if (!report)
        return report.error();
    const QJsonObject details{{QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
                              {QStringLiteral("operator"), request.operatorId.isEmpty()
                                                               ? QJsonValue()
                                                               : QJsonValue(request.operatorId)},
                              {QStringLiteral("format"), format}};
    if (Status s = AuditTrail::append(db, {operatorId, Action, QStringLiteral("report"), details});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace iin

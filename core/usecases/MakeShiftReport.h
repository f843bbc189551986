#pragma once

#include "core/base/Result.h"
#include "core/office/ShiftReportData.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

class Database;

// The end-of-shift report made for `operatorId` (docs/office.md): a supervisor or an
// administrator may make it for the desk or for anyone (Permission::ReportAnyShift), a clerk or
// an officer for their own work only (ReportOwnShift). Recorded in the audit trail as
// `report.shift` (subject "report"; details: the period, the operator reported on, the format)
// in one transaction with the reading, so the figures are one consistent snapshot.
class MakeShiftReport
{
    Q_DECLARE_TR_FUNCTIONS(MakeShiftReport)

public:
    static inline const QString Action = QStringLiteral("report.shift");

    // `format`: "json", "csv", "pdf", "text" or "window", for the audit record.
    static Result<ShiftReportData> run(Database& database, const ShiftReportRequest& request,
                                       const QString& operatorId, const QString& format);
};

} // namespace iin

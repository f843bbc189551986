#pragma once

#include "core/base/Result.h"
#include "core/office/ShiftReportData.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace iin {

// The end-of-shift report (docs/office.md, "End-of-shift report"): what the desk, or one
// operator, did in a period of local days, counted from the status history and the audit trail,
// the blanks, and the exceptions as of the period's end (or now, whichever is earlier).
// Read-only; the caller checks who may see it and records it (usecases/MakeShiftReport).
class ShiftReport
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReport)

public:
    static Result<ShiftReportData> read(QSqlDatabase db, const ShiftReportRequest& request);

    // The first moment of local day `from` and the first moment after local day `to`, in UTC.
    static std::pair<QDateTime, QDateTime> bounds(const QDate& from, const QDate& to);

    // The SQL the counts run, for checking their query plans.
    static QStringList queries();
};

} // namespace iin

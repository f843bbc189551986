#pragma once

#include "core/base/Result.h"
#include "core/office/ShiftReportData.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace iin {

// The blanks section of the end-of-shift report, in one place: the balance over [from, to) of the
// office's blanks, or of `operatorId`'s (BlankLedger::balance with a BlankScope), and every blank
// spoiled in it with its reason and countersignature.
Result<ShiftBlanks> readShiftBlanks(QSqlDatabase db, const QString& operatorId,
                                    const QDateTime& from, const QDateTime& to);

} // namespace iin

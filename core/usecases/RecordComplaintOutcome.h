#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintRegister.h"

#include <QDate>
#include <QString>

namespace iin {

// Records what happened to a complaint (satisfied by a favourable act, forwarded to the
// reviewing body, decided, its review term extended), at the desk or from `complaints outcome`.
// "complaint.outcome_refused" when the complaint's state or a term does not allow it,
// "complaint.not_found" when there is no such complaint (ComplaintRegister::recordOutcome).
Result<ComplaintEntry> recordComplaintOutcome(ComplaintRegister& complaints, qint64 complaintId,
                                              const ComplaintOutcome& outcome,
                                              const QString& operatorId, const QDate& today);

} // namespace iin

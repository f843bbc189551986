#include "core/usecases/RecordComplaintOutcome.h"

namespace iin {

Result<ComplaintEntry> recordComplaintOutcome(ComplaintRegister& complaints, qint64 complaintId,
                                              const ComplaintOutcome& outcome,
                                              const QString& operatorId, const QDate& today)
{
    return complaints.recordOutcome(complaintId, outcome, operatorId, today);
}

} // namespace iin

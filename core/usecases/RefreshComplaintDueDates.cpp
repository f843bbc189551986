#include "core/usecases/RefreshComplaintDueDates.h"

namespace iin {

Result<int> refreshComplaintDueDates(ComplaintRegister& complaints, const QString& operatorId)
{
    return complaints.refreshDueDates(operatorId);
}

} // namespace iin

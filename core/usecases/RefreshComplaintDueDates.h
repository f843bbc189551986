#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintRegister.h"

#include <QString>

namespace iin {

// After the calendar was edited: writes the due dates of the register's calendar into every
// unfinished complaint whose stored dates differ (audited), at the desk after a calendar edit
// (EditCalendar) or from `complaints refresh-due-dates`. Returns how many changed.
Result<int> refreshComplaintDueDates(ComplaintRegister& complaints, const QString& operatorId);

} // namespace iin

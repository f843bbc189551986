#pragma once

#include "core/base/Result.h"

#include <QDate>

namespace iin {

class ComplaintRegister;

// What the supervisor is reminded of at sign-in and when the complaints window opens.
struct ComplaintReminder
{
    int overdue = 0; // complaints with a term overdue
    int dueSoon = 0; // the others with a term due soon
};

// Counts the complaints that need attention on `today`, however many there are.
Result<ComplaintReminder> countComplaintReminders(ComplaintRegister& complaints,
                                                  const QDate& today);

} // namespace iin

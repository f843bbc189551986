#include "core/usecases/CountComplaintReminders.h"

#include "core/complaints/ComplaintRegister.h"

namespace iin {

Result<ComplaintReminder> countComplaintReminders(ComplaintRegister& complaints, const QDate& today)
{
    ComplaintReminder reminder;
    ComplaintQuery query;
    query.today = today;
    query.overdue = true;
    query.dueSoon = true;
    query.limit = 1000;
    for (;;) {
        const Result<QList<ComplaintEntry>> page = complaints.list(query);
        if (!page)
            return page.error();
        for (const ComplaintEntry& e : *page)
            ++(e.terms.anyOverdue() ? reminder.overdue : reminder.dueSoon);
        if (page->size() < query.limit)
            break;
        query.beforeId = page->constLast().complaint.id;
    }
    return reminder;
}

} // namespace iin

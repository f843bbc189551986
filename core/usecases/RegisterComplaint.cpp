#include "core/usecases/RegisterComplaint.h"

#include "core/journal/Journal.h"

#include <QCoreApplication>

namespace iin {

Result<ComplaintEntry> registerComplaint(ComplaintRegister& complaints, Journal& journal,
                                         Complaint complaint, const QString& applicationRef,
                                         const QString& operatorId, const QDate& today)
{
    const QString reference = applicationRef.trimmed();
    if (!reference.isEmpty()) {
        const Result<std::optional<JournalEntry>> found = journal.find(reference);
        if (!found)
            return found.error();
        if (!*found)
            return Error{ComplaintApplicationNotFound,
                         QCoreApplication::translate("iin::RegisterComplaint",
                                                     "There is no application \"%1\" in the "
                                                     "journal: give its registration number (or "
                                                     "id).")
                             .arg(reference)};
        complaint.applicationId = (*found)->id;
    }
    return complaints.add(complaint, operatorId, today);
}

} // namespace iin

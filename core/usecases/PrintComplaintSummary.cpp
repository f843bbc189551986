#include "core/usecases/PrintComplaintSummary.h"

#include "core/documents/DocumentPdf.h"
#include "core/operators/Authorization.h"
#include "core/store/Database.h"

namespace iin {

Result<std::optional<ComplaintRecord>>
printComplaintSummary(Database& database, ComplaintRegister& complaints, qint64 complaintId,
                      const QString& pdfPath, ComplaintLayout::Options options,
                      const QString& operatorId)
{
    // A PDF written to a file is an export of personal data.
    if (Status s = Authorization::require(database.sql(), operatorId, Permission::ExportData); !s)
        return s.error();
    if (!options.printedOn.isValid())
        options.printedOn = QDate::currentDate();
    Result<std::optional<ComplaintRecord>> record =
        complaints.open(complaintId, operatorId, options.printedOn);
    if (!record || !*record)
        return record;
    const Status written =
        DocumentPdf::write(pdfPath, QStringLiteral("Шағым туралы анықтама / Справка о жалобе"),
                           [&](QPagedPaintDevice* device) {
                               return ComplaintLayout::paint(**record, options, device);
                           });
    if (!written)
        return written.error();
    if (Status s = complaints.recordPrint(complaintId, operatorId); !s)
        return s.error();
    return record;
}

} // namespace iin

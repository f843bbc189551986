#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintLayout.h"
#include "core/complaints/ComplaintRegister.h"

#include <QString>

#include <optional>

namespace iin {

class Database;

// Writes the printable summary of a complaint (Kazakh and Russian, ComplaintLayout) to a PDF at
// `pdfPath`, at the desk ("Export to PDF") or from `complaints print`: the operator must be
// allowed to export personal data; the complaint is opened (audited as a view), painted with
// its terms on `options.printedOn` (today when not set), and the print is recorded. Returns the
// record printed, or nullopt when there is no such complaint (nothing is written then).
Result<std::optional<ComplaintRecord>>
printComplaintSummary(Database& database, ComplaintRegister& complaints, qint64 complaintId,
                      const QString& pdfPath, ComplaintLayout::Options options,
                      const QString& operatorId);

} // namespace iin

#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QJsonObject>

namespace iin {

// The JSON the command-line tool prints for complaints (docs/complaints.md): the output side of
// the format whose input side is Complaint::fromJson. Absent dates and texts are null.
namespace ComplaintJson {

// A complaint as listed: no personal data; its terms, outcome and limitation period.
QJsonObject entry(const ComplaintEntry& entry);
// The whole complaint with its personal data and history (an audited view).
QJsonObject record(const ComplaintRecord& record);

} // namespace ComplaintJson

} // namespace iin

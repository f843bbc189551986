#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintRegister.h"

#include <QDate>
#include <QString>

namespace iin {

class Journal;

// The error code when `applicationRef` names no application in the journal.
inline const QString ComplaintApplicationNotFound =
    QStringLiteral("complaint.application_not_found");

// Registers a complaint (rules, chapter 3), at the desk or from `complaints add`: the
// application it is about is looked up in the journal by `applicationRef` (its registration
// number or id; empty for a complaint about a person only), then the register records the
// complaint with its terms (ComplaintRegister::add).
Result<ComplaintEntry> registerComplaint(ComplaintRegister& complaints, Journal& journal,
                                         Complaint complaint, const QString& applicationRef,
                                         const QString& operatorId, const QDate& today);

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/journal/Handover.h"

#include <QString>

namespace iin {

class Database;

// Paragraph 11-1: the certificate of an application handed over as described
// (Journal::recordHandover: the handover row, the move to handed_over and its audit, in one
// transaction). Returns the handover as stored; nothing is written on an error
// (`handover.invalid`, `handover.wrong_status`, `journal.not_found` or the store's).
class RecordHandover
{
public:
    static Result<Handover> run(Database& database, qint64 applicationId, const Handover& handover,
                                const QString& operatorId);
};

} // namespace iin

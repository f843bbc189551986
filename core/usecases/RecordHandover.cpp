#include "core/usecases/RecordHandover.h"

#include "core/journal/Journal.h"
#include "core/store/Database.h"

namespace iin {

Result<Handover> RecordHandover::run(Database& database, qint64 applicationId,
                                     const Handover& handover, const QString& operatorId)
{
    return Journal(database).recordHandover(applicationId, handover, operatorId);
}

} // namespace iin

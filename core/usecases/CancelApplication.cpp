#include "core/usecases/CancelApplication.h"

#include "core/application/ApplicationStatus.h"
#include "core/journal/Journal.h"
#include "core/store/Database.h"

namespace iin {

Status CancelApplication::run(Database& database, qint64 applicationId, const QString& operatorId,
                              const QString& reason)
{
    return Journal(database).changeStatus(applicationId, ApplicationStatus::Cancelled, operatorId,
                                          reason.trimmed());
}

} // namespace iin

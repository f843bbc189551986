#include "core/usecases/ReadAttachment.h"

#include "core/journal/Journal.h"
#include "core/store/Database.h"

namespace iin {

Result<QByteArray> ReadAttachment::run(Database& database, qint64 applicationId,
                                       const QString& sha256, const QString& operatorId)
{
    return Journal(database).openScan(applicationId, sha256, operatorId);
}

} // namespace iin

#include "core/usecases/DeclineDuplicates.h"

#include "core/journal/Journal.h"
#include "core/store/Database.h"

namespace iin {

Status DeclineDuplicates::run(Database& database, const QList<qint64>& shown,
                              const QString& operatorId)
{
    return Journal(database).recordDuplicatesAnswer(shown, false, operatorId);
}

} // namespace iin

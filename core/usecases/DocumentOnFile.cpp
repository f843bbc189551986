#include "core/usecases/DocumentOnFile.h"

#include "core/journal/Journal.h"
#include "core/store/Database.h"

namespace iin {

Result<std::optional<IdentityDocument>> DocumentOnFile::run(Database& database,
                                                            qint64 applicationId)
{
    return Journal(database).documentOnFile(applicationId);
}

} // namespace iin

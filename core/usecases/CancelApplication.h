#pragma once

#include "core/base/Result.h"

#include <QString>

namespace iin {

class Database;

// Withdraws an application: status "cancelled" where the lifecycle allows it, audited with the
// reason (trimmed). The caller checks the operator's role.
class CancelApplication
{
public:
    static Status run(Database& database, qint64 applicationId, const QString& operatorId,
                      const QString& reason);
};

} // namespace iin

#pragma once

#include "core/base/Result.h"

#include <QString>

namespace iin {

class Database;

// The desk locks over the operator's work (idle time or Ctrl+L): the audit trail records it;
// only the same operator's password lifts the lock (Unlock).
class LockDesk
{
public:
    static Status run(Database& database, const QString& login);
};

} // namespace iin

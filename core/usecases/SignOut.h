#pragma once

#include "core/base/Result.h"

#include <QString>

namespace iin {

class Database;

// The operator signs out of the desk: the audit trail records it (the desk then asks for the
// next sign-in).
class SignOut
{
public:
    static Status run(Database& database, const QString& login);
};

} // namespace iin

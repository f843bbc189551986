#pragma once

#include "core/base/Result.h"

#include <QList>
#include <QString>

namespace iin {

class Database;

// The clerk did not register after the duplicate warning: the answer is recorded with the
// applications that warning showed (Journal::recordDuplicatesAnswer).
class DeclineDuplicates
{
public:
    static Status run(Database& database, const QList<qint64>& shown, const QString& operatorId);
};

} // namespace iin

#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace iin {

class Database;

// A stored scan of an application, checked against its digest, the opening recorded in the
// audit trail (Journal::openScan).
class ReadAttachment
{
public:
    static Result<QByteArray> run(Database& database, qint64 applicationId, const QString& sha256,
                                  const QString& operatorId);
};

} // namespace iin

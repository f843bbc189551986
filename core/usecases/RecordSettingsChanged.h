#pragma once

#include "core/base/Result.h"

#include <QJsonObject>
#include <QString>

namespace iin {

class Database;

// The desk's settings changed (DeskSettings::changesFrom): recorded in the audit trail
// (`settings.changed`) by `operatorId`, whose role must allow Permission::EditSettings.
class RecordSettingsChanged
{
public:
    static Status run(Database& database, const QJsonObject& changes, const QString& operatorId);
};

} // namespace iin

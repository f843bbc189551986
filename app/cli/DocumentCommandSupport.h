#pragma once

#include "core/base/Result.h"

#include <QJsonObject>
#include <QString>

namespace iin::cli {

// What the document commands (certificate, receipt) share.

// Reads a JSON object from a file, or from standard input for "-".
Result<QJsonObject> readJsonObject(const QString& path);

} // namespace iin::cli

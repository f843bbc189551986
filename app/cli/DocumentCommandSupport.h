#pragma once

#include "core/base/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace iin::cli {

// What the document commands (certificate, receipt) share.

// Reads a JSON object from a file, or from standard input for "-".
Result<QJsonObject> readJsonObject(const QString& path);

// "iin-desk-cli certificate verify x.pdf" → subcommand "verify", arguments
// "iin-desk-cli certificate verify" "x.pdf" for the subcommand's own parser. Empty subcommand
// when none was given (or the first argument is an option such as --help).
struct Subcommand
{
    QString name;
    QStringList arguments;
};
Subcommand splitSubcommand(const QStringList& arguments);

} // namespace iin::cli

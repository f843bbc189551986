#pragma once

#include <QStringList>

// `iin-desk-cli backup keygen`: the office's recovery key pair for encrypted backups.
namespace iin::cli::backup {

int keygen(const QStringList& arguments);

} // namespace iin::cli::backup

#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

// A secret (a desk token, a database password) kept in a file of its own rather than on a
// command line, where every local user can read it in /proc/<pid>/cmdline and the shell keeps it
// in its history. The file must be its owner's alone: one that the group or others may read is
// refused, since the secret in it is no secret any more.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    // The file's first line, without the line end. `option` names where the file came from (for
    // instance "--desk-token-file") in the messages.
    static Result<QString> read(const QString& path, const QString& option);
};

} // namespace iin

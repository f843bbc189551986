#pragma once

#include <QString>
#include <QTextStream>

namespace iin::server {

// The exit codes of iin-registryd's commands (docs/registry.md), and how they complain: one
// line on standard error under the program's name.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 2;

inline int fail(const QString& message, int code = ExitFailure)
{
    QTextStream(stderr) << "iin-registryd: " << message << '\n';
    return code;
}

} // namespace iin::server

#pragma once

#include "app/cli/CliSupport.h"

#include "core/base/Result.h"
#include "core/operators/Role.h"

#include <QList>
#include <QString>

#include <memory>
#include <variant>

namespace iin {
class Database;
}

namespace iin::cli {

// Who runs a journal command. A journal without operator accounts (a fresh file for scripts,
// tests, benchmarks) takes the operator recorded in the audit trail from --operator, as
// always. Once the journal has accounts, every command that reads or changes personal data
// signs in: --as LOGIN, the password from --password-file (refused when the group or others
// may read the file), from IIN_DESK_PASSWORD, or typed at the terminal without echo; the sign-in
// is recorded in the audit trail (success or failure, with "client": "cli", the command and
// the system account), the role must allow the command, and --operator can no longer name
// anyone else. docs/store.md.

// The password of `login` as the options say; `fileOption` is --password-file, or
// --new-password-file for an account being created. `allowEnvironment`: IIN_DESK_PASSWORD is
// the signing-in operator's, never a new account's.
Result<QString> readPassword(const QCommandLineParser& parser, const QString& fileOption,
                             const QString& prompt, bool allowEnvironment);

// What --operator names: who runs the command (a journal without accounts records it), or,
// for a command that reports on an operator (`blanks balance --operator`), whom it is about; then
// a journal without accounts records "cli" and one with accounts signs in with --as alone.
enum class OperatorOption
{
    Runner,
    Subject,
};

// Signs in on `db` as the options say and checks that the role allows one of `needed`.
// Prints the error and returns the exit code, or returns the operator to record.
std::variant<QString, int> signIn(const QCommandLineParser& parser, Database& db,
                                  const QList<Permission>& needed,
                                  OperatorOption operatorOption = OperatorOption::Runner);

struct SignedInStore
{
    std::unique_ptr<Database> db;
    QString operatorId;
};
// openStore() and signIn().
std::variant<SignedInStore, int>
openSignedIn(const QCommandLineParser& parser, const QList<Permission>& needed,
             OperatorOption operatorOption = OperatorOption::Runner);

} // namespace iin::cli

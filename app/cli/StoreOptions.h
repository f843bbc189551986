#pragma once

#include "app/cli/CliSupport.h"
#include "core/journal/Journal.h"

#include <QJsonObject>

#include <memory>

namespace iin {
class Database;
}

namespace iin::cli {

// The options every journal command shares: --db, --operator, --as and --password-file
// (SignIn.h).
// `withOperator` false: the command gives --operator its own meaning (OperatorOption::Subject).
void addStoreOptions(CommandLine& commandLine, bool withOperator = true);
// Opens the database named by --db (or the default one); prints the error and returns null
// when it cannot be opened.
std::unique_ptr<Database> openStore(const QCommandLineParser& parser);
QString operatorOf(const QCommandLineParser& parser);
// The --db path, or the shared default journal.
QString storePath(const QCommandLineParser& parser);
// A journal row as printed by `list` (and inside `submit`'s duplicates).
QJsonObject entryToJson(const JournalEntry& entry);

} // namespace iin::cli

#pragma once

#include <QStringList>

namespace iin::cli {

// One subcommand of iin-desk-cli. `arguments` starts with "iin-desk-cli <name>" so that a
// command's QCommandLineParser sees what it expects.
struct Command
{
    const char* name;
    const char* summary; // marked with QT_TRANSLATE_NOOP("Cli", ...)
    int (*run)(const QStringList& arguments);
    // Paints documents (fonts need a QGuiApplication): main() then starts one on the
    // offscreen platform instead of a plain QCoreApplication.
    bool paints = false;
};

// Every command, one per file (IinCommand.cpp, CheckCommand.cpp, ...), listed in main.cpp.
int runIinCommand(const QStringList& arguments);
int runWorkdaysCommand(const QStringList& arguments);
int runCheckCommand(const QStringList& arguments);
int runCertificateCommand(const QStringList& arguments);
int runReceiptCommand(const QStringList& arguments);
int runSubmitCommand(const QStringList& arguments);
int runListCommand(const QStringList& arguments);
int runShowCommand(const QStringList& arguments);
int runHandoverCommand(const QStringList& arguments);
int runAuditCommand(const QStringList& arguments);
int runBackupCommand(const QStringList& arguments);
int runRestoreCommand(const QStringList& arguments);
int runComplaintsCommand(const QStringList& arguments);
int runSyncCommand(const QStringList& arguments);
int runOperatorCommand(const QStringList& arguments);
int runMrzCommand(const QStringList& arguments);
int runScanCommand(const QStringList& arguments);
int runBlanksCommand(const QStringList& arguments);
int runAttentionCommand(const QStringList& arguments);
int runReportCommand(const QStringList& arguments);
int runDiagnosticsCommand(const QStringList& arguments);
int runScansCommand(const QStringList& arguments);

} // namespace iin::cli

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/base/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <iterator>
#include <memory>

using namespace iin::cli;

namespace {

constexpr Command commands[] = {
    {"iin", QT_TRANSLATE_NOOP("Cli", "validate and decode an IIN"), runIinCommand},
    {"workdays", QT_TRANSLATE_NOOP("Cli", "working days: deadlines, days off and why"),
     runWorkdaysCommand},
    {"check", QT_TRANSLATE_NOOP("Cli", "check an application for completeness"), runCheckCommand},
    {"certificate", QT_TRANSLATE_NOOP("Cli", "render, verify and sign registration certificates"),
     runCertificateCommand, true},
    {"receipt", QT_TRANSLATE_NOOP("Cli", "render receipts of acceptance and refusal"),
     runReceiptCommand, true},
    {"submit", QT_TRANSLATE_NOOP("Cli", "check an application and register or refuse it"),
     runSubmitCommand},
    {"list", QT_TRANSLATE_NOOP("Cli", "list and search the journal"), runListCommand},
    {"show", QT_TRANSLATE_NOOP("Cli", "show one application with its history"), runShowCommand},
    {"blanks", QT_TRANSLATE_NOOP("Cli", "security-paper blanks: receive, spoil, balance"),
     runBlanksCommand},
    {"attention", QT_TRANSLATE_NOOP("Cli", "what needs a supervisor's attention"),
     runAttentionCommand},
    {"report", QT_TRANSLATE_NOOP("Cli", "the end-of-shift report: make it, verify a printed one"),
     runReportCommand, true},
    {"handover", QT_TRANSLATE_NOOP("Cli", "record the handover of the registration certificate"),
     runHandoverCommand},
    {"audit", QT_TRANSLATE_NOOP("Cli", "verify the audit trail"), runAuditCommand},
    {"backup", QT_TRANSLATE_NOOP("Cli", "copy the journal to a backup file"), runBackupCommand},
    {"restore", QT_TRANSLATE_NOOP("Cli", "put a backup in the journal's place"), runRestoreCommand},
    {"complaints",
     QT_TRANSLATE_NOOP("Cli", "the complaints register: terms, outcomes, printed summary"),
     runComplaintsCommand, true},
    {"sync", QT_TRANSLATE_NOOP("Cli", "send the queue to the registry and record its answers"),
     runSyncCommand},
    {"operator", QT_TRANSLATE_NOOP("Cli", "operator accounts: add, list, disable, reset-password"),
     runOperatorCommand},
    {"mrz", QT_TRANSLATE_NOOP("Cli", "read a passport's machine-readable zone"), runMrzCommand,
     true},
    {"scan", QT_TRANSLATE_NOOP("Cli", "list scanners, scan pages into one PDF"), runScanCommand,
     true},
    {"diagnostics", QT_TRANSLATE_NOOP("Cli", "a bundle for support, free of personal data"),
     runDiagnosticsCommand},
    {"scans", QT_TRANSLATE_NOOP("Cli", "scans encrypted at rest: status, encrypt, recover"),
     runScansCommand},
};

QString usage()
{
    QString text = QCoreApplication::translate("Cli", "Usage: iin-desk-cli <command> [options]\n"
                                                      "Commands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(12),
                         QCoreApplication::translate("Cli", c.summary));
    text += QCoreApplication::translate("Cli", "Every command takes --help and --lang kk|ru|en.");
    text += u'\n';
    text += QCoreApplication::translate(
        "Cli", "Once a journal has operator accounts, its commands need --as LOGIN (password at "
               "the terminal, from --password-file or IIN_DESK_PASSWORD).");
    return text;
}

// --lang is read before the command runs so that even argument errors come in that language.
QString requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="))
            return args[i].mid(7);
    }
    return QStringLiteral("en");
}

// Commands that paint documents get a QGuiApplication on the offscreen platform: the tool
// never opens a window and must run without a display.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    for (const Command& c : commands) {
        if (c.paints && argc > 1 && qstrcmp(argv[1], c.name) == 0) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iin-desk-cli"));
    // Named in messages such as the refusal of a journal written by a newer version.
    QCoreApplication::setApplicationVersion(QStringLiteral(IIN_DESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("IIN Desk"));

    const QStringList args = QCoreApplication::arguments();
    const QString lang = requestedLanguage(args);
    if (!iin::Language::install(lang)) {
        printError(QCoreApplication::translate("Cli", "Unknown language \"%1\": use kk, ru or en.")
                       .arg(lang));
        return ExitBadInput;
    }
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printLine(usage());
        return args.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (args[1] == u"--version") {
        printLine(QStringLiteral("iin-desk-cli " IIN_DESK_VERSION));
        return ExitOk;
    }
    for (const Command& c : commands) {
        if (args[1] == QLatin1String(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(args[0] + u' ' + args[1]);
            return c.run(rest);
        }
    }
    printError(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(args[1]));
    printLine(usage());
    return ExitBadInput;
}

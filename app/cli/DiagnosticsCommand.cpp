#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/office/DiagnosticsBundle.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace iin::cli {

int runDiagnosticsCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Writes a zip for support: versions, the settings with every secret as ***, the "
               "queue's state and last errors, the integrity check, the last audit records; no "
               "names, document numbers or IINs (a supervisor's or an administrator's). Exit 0 "
               "written, 2 bad arguments or --out exists, 3 journal or file error, 4 not "
               "allowed."));
    addStoreOptions(cl);
    cl.parser().addOption({QStringLiteral("out"),
                           QCoreApplication::translate("Cli", "The zip file to write (new)."),
                           QStringLiteral("FILE.zip")});
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "--out is required. See --help."));
        return ExitBadInput;
    }
    if (QFileInfo(out).exists() || QFileInfo(out).isSymLink()) {
        printError(QCoreApplication::translate("Cli", "%1 exists: diagnostics never overwrite a "
                                                      "file.")
                       .arg(out));
        return ExitBadInput;
    }
    // The audit trail is in the bundle (its chain's result, the last records' actions): those
    // who may view it, supervisors and administrators, may write it.
    auto store = openSignedIn(p, {Permission::ViewAuditTrail});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    SignedInStore& signedIn = std::get<SignedInStore>(store);
    const QSettings settings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk"));
    const Status written = DiagnosticsBundle::write(
        *signedIn.db, settings, QStringLiteral(IIN_DESK_VERSION), out, signedIn.operatorId);
    if (!written) {
        printError(written.error().message);
        return written.error().code == u"file.exists" ? ExitBadInput : ExitFailure;
    }
    printLine(QCoreApplication::translate("Cli", "Diagnostics written to %1.").arg(out));
    return ExitOk;
}

} // namespace iin::cli

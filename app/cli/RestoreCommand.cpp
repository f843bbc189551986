#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/backup/Restore.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace iin::cli {

int runRestoreCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Puts a backup in the journal's place (which must be free: move the old journal "
               "aside first) and moves the registration numbers forward so none is reused."));
    addStoreOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOption(QCommandLineOption(QStringLiteral("from"),
                                   QCoreApplication::translate("Cli", "The backup file."),
                                   QStringLiteral("file")));
    p.addOption(QCommandLineOption(
        QStringLiteral("skip"),
        QCoreApplication::translate("Cli", "Registration numbers to skip per desk (default %1): "
                                           "more than were issued since the backup.")
            .arg(Restore::DefaultSkip),
        QStringLiteral("n"), QString::number(Restore::DefaultSkip)));
    if (auto exit = cl.parse(arguments))
        return *exit;
    bool numeric = false;
    const int skip = p.value(QStringLiteral("skip")).toInt(&numeric);
    if (!p.isSet(QStringLiteral("from")) || !numeric) {
        printError(QCoreApplication::translate("Cli", "--from and a numeric --skip are required. "
                                                      "See --help."));
        return ExitBadInput;
    }
    const QString target = storePath(p);
    // The backup's own accounts decide who may restore it: the sign-in runs on the copy, so it
    // is recorded in the restored journal.
    const QString operatorId = p.isSet(QStringLiteral("as"))
                                   ? p.value(QStringLiteral("as")).trimmed().toLower()
                                   : operatorOf(p);
    int signInExit = ExitOk;
    const auto signInOnCopy = [&](Database& copy) -> Status {
        auto who = signIn(p, copy, {Permission::ExportData});
        if (const int* exit = std::get_if<int>(&who)) {
            signInExit = *exit;
            return Error{QStringLiteral("restore.sign_in"), QString()};
        }
        return {};
    };
    if (Status s = Restore::fromBackup(p.value(QStringLiteral("from")), target, skip, operatorId,
                                       signInOnCopy);
        !s) {
        if (signInExit != ExitOk)
            return signInExit; // the sign-in printed why
        printError(s.errorMessage());
        if (s.error().code.startsWith(u"operator."))
            return ExitNotAllowed;
        return s.error().code == u"restore.target_exists" || s.error().code == u"restore.skip"
                   ? ExitBadInput
                   : ExitFailure;
    }
    printJson({{QStringLiteral("restored"), target},
               {QStringLiteral("skipped_numbers"), skip},
               {QStringLiteral("ok"), true}});
    return ExitOk;
}

} // namespace iin::cli

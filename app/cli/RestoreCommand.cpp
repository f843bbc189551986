#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/atrest/RestoredScanKey.h"
#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/backup/Restore.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace iin::cli {

int runRestoreCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Puts a backup in the journal's place (which must be free: move the old journal "
               "aside first) and moves the registration numbers forward so none is reused. An "
               "encrypted backup brings the journal's scans and scan key back too."));
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
    p.addOption(QCommandLineOption(
        QStringLiteral("key"),
        QCoreApplication::translate("Cli", "The office's recovery private key, for an encrypted "
                                           "backup (backup --encrypt-to)."),
        QStringLiteral("file")));
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
    const QString from = p.value(QStringLiteral("from"));
    const bool encrypted = EncryptedBackup::isEncrypted(from);
    std::optional<RecoveryKey> key;
    if (encrypted && !p.isSet(QStringLiteral("key"))) {
        printError(QCoreApplication::translate(
                       "Cli", "%1 is an encrypted backup: give the office's recovery private key "
                              "with --key.")
                       .arg(from));
        return ExitBadInput;
    }
    if (!encrypted && p.isSet(QStringLiteral("key")) && QFileInfo::exists(from)) {
        printError(QCoreApplication::translate(
                       "Cli", "%1 is not an encrypted backup of the desk (or its header is "
                              "damaged): restore a plain backup without --key.")
                       .arg(from));
        return ExitBadInput;
    }
    if (encrypted) {
        Result<RecoveryKey> loaded = RecoveryKey::load(p.value(QStringLiteral("key")));
        if (!loaded) {
            printError(loaded.errorMessage());
            return ExitBadInput;
        }
        key = std::move(*loaded);
    }
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
    std::optional<EncryptedBackup::Restored> restored;
    Status s;
    if (key) {
        Result<EncryptedBackup::Restored> r =
            EncryptedBackup::restore(from, target, *key, skip, operatorId, signInOnCopy);
        if (r)
            restored = *r;
        else
            s = r.error();
    } else {
        s = Restore::fromBackup(from, target, skip, operatorId, signInOnCopy);
    }
    if (!s) {
        if (signInExit != ExitOk)
            return signInExit; // the sign-in printed why
        printError(s.errorMessage());
        if (s.error().code.startsWith(u"operator."))
            return ExitNotAllowed;
        // The wrong recovery key is the person's input to correct; a damaged, cut, extended or
        // newer backup fails like any other unusable backup.
        return s.error().code == u"restore.target_exists" || s.error().code == u"restore.skip" ||
                       s.error().code == u"backup.wrong_key"
                   ? ExitBadInput
                   : ExitFailure;
    }
    QJsonObject answer{{QStringLiteral("restored"), target},
                       {QStringLiteral("skipped_numbers"), skip},
                       {QStringLiteral("ok"), true}};
    if (key) {
        answer.insert(QStringLiteral("encrypted"), true);
        answer.insert(QStringLiteral("key_id"), key->publicKey().id());
        answer.insert(QStringLiteral("format_version"), restored->version);
        answer.insert(QStringLiteral("scans"), restored->scans);
        // The scan key's recovery copy opens with the same recovery key: the scans read back
        // here at once. Without one they need the original machine's key, said here and by
        // `scans status`.
        QString scanKey = QStringLiteral("none");
        if (restored->scanKey) {
            const RestoredScanKey::Outcome o = RestoredScanKey::reseal(target, *key, operatorId);
            scanKey = o.recovered ? QStringLiteral("recovered")
                      : o.opens   ? QStringLiteral("opens")
                                  : QStringLiteral("unavailable");
            if (!o.problem.isEmpty() && restored->scans > 0)
                printError(o.problem);
        } else if (restored->scans > 0) {
            printError(QCoreApplication::translate(
                "Cli", "The backup carries scans but no scan key: they open only with the "
                       "original machine's key."));
        }
        answer.insert(QStringLiteral("scan_key"), scanKey);
    }
    printJson(answer);
    return ExitOk;
}

} // namespace iin::cli

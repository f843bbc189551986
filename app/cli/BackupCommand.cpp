#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"
#include "app/cli/backup/BackupKeygen.h"

#include "core/backup/Backup.h"
#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/store/Database.h"

#include <QCoreApplication>

#include <optional>

namespace iin::cli {

int runBackupCommand(const QStringList& arguments)
{
    if (const Subcommand sub = splitSubcommand(arguments); sub.name == u"keygen")
        return backup::keygen(sub.arguments);
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Writes a consistent copy of the journal to a new file while the desk runs. A "
               "plain backup (--to alone) holds the database only; an encrypted one "
               "(--encrypt-to) also carries the journal's scans and scan key. "
               "\"backup keygen --out KEY --public PUB\" makes the office's recovery key pair "
               "for encrypted backups."));
    addStoreOptions(cl);
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("to"), QCoreApplication::translate("Cli", "The backup file to create."),
        QStringLiteral("file")));
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("encrypt-to"),
        QCoreApplication::translate("Cli", "Encrypt the backup to the office's recovery public "
                                           "key in this file: only its private key opens it."),
        QStringLiteral("public-key")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    if (!cl.parser().isSet(QStringLiteral("to"))) {
        printError(QCoreApplication::translate("Cli", "--to is required."));
        return ExitBadInput;
    }
    std::optional<RecoveryPublicKey> recipient;
    if (cl.parser().isSet(QStringLiteral("encrypt-to"))) {
        Result<RecoveryPublicKey> key =
            RecoveryPublicKey::load(cl.parser().value(QStringLiteral("encrypt-to")));
        if (!key) {
            printError(key.errorMessage());
            return ExitBadInput;
        }
        recipient = *key;
    }
    auto store = openSignedIn(cl.parser(), {Permission::ExportData});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    const QString target = cl.parser().value(QStringLiteral("to"));
    const Status s = recipient ? EncryptedBackup::write(*db, target, operatorId, *recipient)
                               : Backup::write(*db, target, operatorId);
    if (!s) {
        printError(s.errorMessage());
        return s.error().code.startsWith(u"operator.") ? ExitNotAllowed : ExitFailure;
    }
    QJsonObject answer{{QStringLiteral("backup"), target}, {QStringLiteral("ok"), true}};
    if (recipient) {
        answer.insert(QStringLiteral("encrypted"), true);
        answer.insert(QStringLiteral("key_id"), recipient->id());
    }
    printJson(answer);
    return ExitOk;
}

} // namespace iin::cli

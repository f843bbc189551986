#include "app/cli/CliSupport.h"
#include "app/cli/backup/BackupKeygen.h"

#include "core/backup/RecoveryKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace iin::cli::backup {

int keygen(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Makes the office's recovery key pair for encrypted backups: the private key "
               "(kept away from the desks: it opens every backup) and the public key (given to "
               "the desks: backup --encrypt-to)."));
    QCommandLineParser& p = cl.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("out"),
        QCoreApplication::translate("Cli", "The private key file to create (mode 0600)."),
        QStringLiteral("file")));
    p.addOption(
        QCommandLineOption(QStringLiteral("public"),
                           QCoreApplication::translate("Cli", "The public key file to create."),
                           QStringLiteral("file")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    const QString out = p.value(QStringLiteral("out"));
    const QString pub = p.value(QStringLiteral("public"));
    if (out.isEmpty() || pub.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "--out and --public are required."));
        return ExitBadInput;
    }
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(pub).absoluteFilePath()) {
        printError(QCoreApplication::translate("Cli", "--out and --public must be two files."));
        return ExitBadInput;
    }
    // Both names checked before either is written: no private key is left without its public
    // half because the second name was taken. (NewFile refuses a taken name again, atomically.)
    for (const QString& path : {out, pub}) {
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
            printError(QCoreApplication::translate(
                           "Cli", "%1 exists already; a key file is never overwritten.")
                           .arg(path));
            return ExitBadInput;
        }
    }
    Result<RecoveryKey> key = RecoveryKey::generate();
    if (!key) {
        printError(key.errorMessage());
        return ExitFailure;
    }
    if (Status s = key->save(out); !s) {
        printError(s.errorMessage());
        return s.error().code == u"file.exists" ? ExitBadInput : ExitFailure;
    }
    if (Status s = key->publicKey().save(pub); !s) {
        QFile::remove(out);
        printError(s.errorMessage());
        return s.error().code == u"file.exists" ? ExitBadInput : ExitFailure;
    }
    printJson({{QStringLiteral("key_id"), key->publicKey().id()},
               {QStringLiteral("private"), out},
               {QStringLiteral("public"), pub},
               {QStringLiteral("ok"), true}});
    return ExitOk;
}

} // namespace iin::cli::backup

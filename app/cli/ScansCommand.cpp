#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/atrest/ScanFolder.h"
#include "core/atrest/ScanKeys.h"
#include "core/backup/RecoveryKey.h"
#include "core/journal/Journal.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace iin::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Scans encrypted at rest (docs/at-rest.md):\n"
        "  scans status [--json]          how the scan key is kept, scans encrypted and plain\n"
        "  scans encrypt [--recovery-public-key PUB]\n"
        "                                 encrypt the plain scans an older release left\n"
        "  scans recover --key RECOVERY_PRIVATE_KEY\n"
        "                                 keep the scan key for this machine again\n"
        "  scans export --application ID --sha256 DIGEST --out FILE\n"
        "                                 write one scan in clear to a file you choose");
}

QJsonObject statusJson(const QString& journal, const QString& attachments)
{
    const ScanKeys::State key = ScanKeys::state(journal);
    const ScanFolder::Count count = ScanFolder::count(attachments);
    QJsonObject o{{QStringLiteral("key"), key.exists},
                  {QStringLiteral("key_id"), key.keyId},
                  {QStringLiteral("keeper"), key.exists ? key.keeper : QStringLiteral("none")},
                  {QStringLiteral("key_available"), key.available},
                  {QStringLiteral("recovery_copy"), key.recoveryCopy},
                  {QStringLiteral("recovery_key_id"), key.recoveryKeyId},
                  {QStringLiteral("encrypted"), count.encrypted},
                  {QStringLiteral("plain"), count.plain}};
    if (!key.problem.isEmpty())
        o.insert(QStringLiteral("problem"), key.problem);
    return o;
}

int status(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "How the journal's scan key is kept, whether the office's recovery key holds a "
               "copy of it, and how many scans are encrypted and how many still plain."));
    addStoreOptions(cl);
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print one JSON object.")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    auto store = openSignedIn(cl.parser(), {});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    const QJsonObject o = statusJson(db->path(), db->attachmentsPath());
    if (cl.parser().isSet(QStringLiteral("json"))) {
        printJson(o);
    } else {
        printLine(QCoreApplication::translate("Cli", "Scan key: %1 (kept by %2, %3)")
                      .arg(o.value(QStringLiteral("key_id")).toString(),
                           o.value(QStringLiteral("keeper")).toString(),
                           o.value(QStringLiteral("key_available")).toBool()
                               ? QCoreApplication::translate("Cli", "opens here")
                               : QCoreApplication::translate("Cli", "does not open here")));
        printLine(QCoreApplication::translate("Cli", "Recovery copy: %1")
                      .arg(o.value(QStringLiteral("recovery_copy")).toBool()
                               ? o.value(QStringLiteral("recovery_key_id")).toString()
                               : QCoreApplication::translate("Cli", "none")));
        printLine(QCoreApplication::translate("Cli", "Scans: %1 encrypted, %2 plain")
                      .arg(o.value(QStringLiteral("encrypted")).toInt())
                      .arg(o.value(QStringLiteral("plain")).toInt()));
        if (o.contains(QStringLiteral("problem")))
            printLine(o.value(QStringLiteral("problem")).toString());
    }
    // A key that does not open here needs a supervisor: a "no" answer.
    return (!o.value(QStringLiteral("key")).toBool() ||
            o.value(QStringLiteral("key_available")).toBool())
               ? ExitOk
               : ExitNegative;
}

int encrypt(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Encrypts in place every scan still kept in clear (the desk does it when it "
               "opens the journal), and keeps a copy of the scan key sealed to the office's "
               "recovery public key."));
    addStoreOptions(cl);
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("recovery-public-key"),
        QCoreApplication::translate("Cli", "Seal a copy of the scan key to the office's recovery "
                                           "public key in this file (backup keygen --public)."),
        QStringLiteral("public-key")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    std::optional<RecoveryPublicKey> office;
    if (cl.parser().isSet(QStringLiteral("recovery-public-key"))) {
        Result<RecoveryPublicKey> key =
            RecoveryPublicKey::load(cl.parser().value(QStringLiteral("recovery-public-key")));
        if (!key) {
            printError(key.errorMessage());
            return ExitBadInput;
        }
        office = *key;
    }
    auto store = openSignedIn(cl.parser(), {Permission::EditSettings});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    Result<ScanFolder::Run> run = ScanFolder::encryptPlain(*db, operatorId);
    if (!run) {
        printError(run.errorMessage());
        return ExitFailure;
    }
    if (office) {
        if (Status s = ScanKeys::addRecoveryCopy(db->path(), *office); !s) {
            printError(s.errorMessage());
            return ExitFailure;
        }
    }
    for (const QString& failure : run->failed)
        printError(failure);
    QJsonObject answer = statusJson(db->path(), db->attachmentsPath());
    answer.insert(QStringLiteral("encrypted_now"), run->encrypted);
    answer.insert(QStringLiteral("failed"), int(run->failed.size()));
    printJson(answer);
    return run->failed.isEmpty() ? ExitOk : ExitFailure;
}

int recover(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Opens the copy of the scan key sealed to the office's recovery key and keeps the "
               "key for this machine again (after a restore on another machine, a new TPM or a "
               "lost key file)."));
    addStoreOptions(cl);
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("key"),
        QCoreApplication::translate("Cli", "The office's recovery private key (backup keygen "
                                           "--out)."),
        QStringLiteral("RECOVERY_PRIVATE_KEY")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    if (!cl.parser().isSet(QStringLiteral("key"))) {
        printError(QCoreApplication::translate("Cli", "--key is required."));
        return ExitBadInput;
    }
    Result<RecoveryKey> key = RecoveryKey::load(cl.parser().value(QStringLiteral("key")));
    if (!key) {
        printError(key.errorMessage());
        return ExitBadInput;
    }
    auto store = openSignedIn(cl.parser(), {Permission::EditSettings});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    Result<ScanKeys::Access> access = ScanKeys::recover(db->path(), *key);
    if (!access) {
        printError(access.errorMessage());
        return access.error().code == u"scans.recovery_key_wrong" ? ExitNegative : ExitFailure;
    }
    if (Status s = AuditTrail::record(
            *db, {operatorId, ScanFolder::KeyRecovered, QStringLiteral("scans"),
                  QJsonObject{{QStringLiteral("key_id"), access->cipher->keyId()},
                              {QStringLiteral("keeper"), access->keeper},
                              {QStringLiteral("recovery_key_id"), key->publicKey().id()}}});
        !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    printJson(statusJson(db->path(), db->attachmentsPath()));
    return ExitOk;
}

int exportScan(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Writes one scan of an application, decrypted, to a file you choose (the view is "
               "recorded). That file is in clear: it is yours to keep safe."));
    addStoreOptions(cl);
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("application"), QCoreApplication::translate("Cli", "The application's id."),
        QStringLiteral("id")));
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("sha256"), QCoreApplication::translate("Cli", "The scan's SHA-256."),
        QStringLiteral("digest")));
    cl.parser().addOption(QCommandLineOption(
        QStringLiteral("out"), QCoreApplication::translate("Cli", "The file to write."),
        QStringLiteral("file")));
    if (auto exit = cl.parse(arguments))
        return *exit;
    bool ok = false;
    const qint64 id = cl.parser().value(QStringLiteral("application")).toLongLong(&ok);
    if (!ok || !cl.parser().isSet(QStringLiteral("sha256")) ||
        !cl.parser().isSet(QStringLiteral("out"))) {
        printError(
            QCoreApplication::translate("Cli", "--application, --sha256 and --out are required."));
        return ExitBadInput;
    }
    auto store = openSignedIn(cl.parser(), {Permission::ViewApplications});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, operatorId] = std::get<SignedInStore>(store);
    Journal journal(*db);
    Result<QByteArray> content =
        journal.openScan(id, cl.parser().value(QStringLiteral("sha256")), operatorId);
    if (!content) {
        printError(content.errorMessage());
        return content.error().code.startsWith(u"operator.") ? ExitNotAllowed : ExitFailure;
    }
    QFile out(cl.parser().value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        out.write(*content) != content->size() || !out.flush()) {
        printError(QCoreApplication::translate("Cli", "\"%1\" cannot be written: %2")
                       .arg(out.fileName(), out.errorString()));
        return ExitFailure;
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    printJson({{QStringLiteral("out"), out.fileName()},
               {QStringLiteral("size"), qint64(content->size())}});
    return ExitOk;
}

} // namespace

int runScansCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"status")
        return status(sub.arguments);
    if (sub.name == u"encrypt")
        return encrypt(sub.arguments);
    if (sub.name == u"recover")
        return recover(sub.arguments);
    if (sub.name == u"export")
        return exportScan(sub.arguments);
    printLine(usage());
    return sub.name.isEmpty() && arguments.contains(QStringLiteral("--help")) ? ExitOk
                                                                              : ExitBadInput;
}

} // namespace iin::cli

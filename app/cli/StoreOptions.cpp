#include "app/cli/StoreOptions.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace iin::cli {

void addStoreOptions(CommandLine& commandLine, bool withOperator)
{
    commandLine.parser().addOption(
        QCommandLineOption(QStringLiteral("db"),
                           QCoreApplication::translate("Cli", "The journal database (default: %1).")
                               .arg(Database::defaultPath()),
                           QStringLiteral("path")));
    if (withOperator)
        commandLine.parser().addOption(QCommandLineOption(
            QStringLiteral("operator"),
            QCoreApplication::translate("Cli", "The operator recorded in the audit trail, for a "
                                               "journal without operator accounts (default: cli)."),
            QStringLiteral("id"), QStringLiteral("cli")));
    commandLine.parser().addOption(QCommandLineOption(
        QStringLiteral("as"),
        QCoreApplication::translate("Cli", "Sign in as this operator (required once the journal "
                                           "has operator accounts). The password is asked at "
                                           "the terminal, or read from --password-file or "
                                           "IIN_DESK_PASSWORD."),
        QStringLiteral("login")));
    commandLine.parser().addOption(QCommandLineOption(
        QStringLiteral("password-file"),
        QCoreApplication::translate("Cli", "Read the password of --as from the first line of "
                                           "this file (it must be readable by its owner only)."),
        QStringLiteral("file")));
}

std::unique_ptr<Database> openStore(const QCommandLineParser& parser)
{
    Result<std::unique_ptr<Database>> db = Database::open(storePath(parser));
    if (!db) {
        printError(db.errorMessage());
        return nullptr;
    }
    // One line, once: the run that upgraded the journal says so and where its backup lies.
    if (const auto& upgrade = (*db)->upgrade())
        printError(QCoreApplication::translate(
                       "Cli", "The journal was upgraded from schema %1 to %2; its backup is %3")
                       .arg(upgrade->fromVersion)
                       .arg(upgrade->toVersion)
                       .arg(QDir::toNativeSeparators(upgrade->backupFile)));
    return std::move(db).value();
}

QString operatorOf(const QCommandLineParser& parser)
{
    return parser.value(QStringLiteral("operator"));
}

QJsonObject entryToJson(const JournalEntry& e)
{
    const QJsonValue null(QJsonValue::Null);
    const auto orNull = [&](const QString& s) { return s.isEmpty() ? null : QJsonValue(s); };
    const auto name = [&](const PersonName& n) {
        return QJsonObject{{QStringLiteral("surname"), n.surname},
                           {QStringLiteral("given_name"), n.givenName},
                           {QStringLiteral("patronymic"), orNull(n.patronymic)}};
    };
    return QJsonObject{
        {QStringLiteral("application_id"), e.id},
        {QStringLiteral("registration_number"), orNull(e.registrationNumber)},
        {QStringLiteral("status"), ApplicationStatuses::toString(e.status)},
        {QStringLiteral("iin"), orNull(e.iin)},
        {QStringLiteral("created_at"), e.createdAt},
        {QStringLiteral("name_cyrillic"), name(e.nameCyrillic)},
        {QStringLiteral("name_latin"), name(e.nameLatin)},
        {QStringLiteral("birth_date"),
         e.birthDate.isValid() ? QJsonValue(e.birthDate.toString(Qt::ISODate)) : null},
        {QStringLiteral("citizenship"), orNull(e.citizenship)},
        {QStringLiteral("document_number"), orNull(e.documentNumber)},
        {QStringLiteral("rules"), orNull(e.rulesEdition)},
    };
}

QString storePath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : Database::defaultPath();
}

} // namespace iin::cli

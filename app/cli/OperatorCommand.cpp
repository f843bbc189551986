#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/base/Language.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/Database.h"
#include "core/usecases/FirstRun.h"
#include "core/usecases/ManageOperators.h"

#include <QCoreApplication>
#include <QDateTime>

namespace iin::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonObject operatorJson(const Operator& o)
{
    return QJsonObject{{u"login"_s, o.login},
                       {u"full_name"_s, o.fullName},
                       {u"role"_s, roleToString(o.role)},
                       {u"language"_s, o.language},
                       {u"active"_s, o.active}};
}

int exitFor(const Error& e)
{
    if (e.code == u"operator.not_allowed" || e.code.startsWith(u"login."))
        return ExitNotAllowed;
    if (e.code == u"operator.unknown")
        return ExitNegative;
    if (e.code == u"signin.no_password")
        return ExitNotAllowed;
    if (e.code.startsWith(u"operator.") || e.code.startsWith(u"password.") ||
        e.code.startsWith(u"signin.") || e.code.startsWith(u"secret."))
        return ExitBadInput;
    return ExitFailure;
}

// The new account's password: --new-password-file, or typed twice at the terminal.
Result<QString> newPassword(const QCommandLineParser& p, const QString& login)
{
    const Result<QString> first =
        readPassword(p, u"new-password-file"_s,
                     QCoreApplication::translate("Cli", "New password for %1: ").arg(login), false);
    if (!first || p.isSet(u"new-password-file"_s))
        return first;
    const Result<QString> again =
        readPassword(p, u"new-password-file"_s,
                     QCoreApplication::translate("Cli", "The same password again: "), false);
    if (!again)
        return again;
    if (*again != *first)
        return Error{u"password.mismatch"_s,
                     QCoreApplication::translate("Cli", "The two passwords differ.")};
    return first;
}

// Opens the journal and signs the administrator in. An empty journal needs nobody: its first
// account (an administrator) is made without a sign-in.
std::variant<SignedInStore, int> openAsAdministrator(const QCommandLineParser& p, bool creating)
{
    SignedInStore store;
    store.db = openStore(p);
    if (!store.db)
        return ExitFailure;
    const Result<bool> empty = FirstRun::needsAdministrator(*store.db);
    if (!empty) {
        printError(empty.errorMessage());
        return ExitFailure;
    }
    if (*empty) {
        if (!creating) {
            printError(QCoreApplication::translate(
                "Cli", "This journal has no operator accounts yet: create the first "
                       "administrator with \"iin-desk-cli operator add LOGIN --role "
                       "administrator --full-name NAME\"."));
            return ExitNegative;
        }
        return store;
    }
    auto who = signIn(p, *store.db, {Permission::ManageOperators});
    if (const int* exit = std::get_if<int>(&who))
        return *exit;
    store.operatorId = std::get<QString>(who);
    return store;
}

void addOptions(CommandLine& cl, bool withLogin)
{
    addStoreOptions(cl);
    if (withLogin)
        cl.addPositional(u"login"_s, QCoreApplication::translate("Cli", "The account's login."),
                         u"<login>"_s);
}

int add(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli",
        "Creates an operator account. Only an administrator signed in with --as may; the first "
        "account of a journal without accounts is an administrator created without a sign-in. "
        "The new account's password comes from --new-password-file or is typed twice at the "
        "terminal (at least 10 characters with letters and digits). Prints the account as "
        "JSON. Exit 0 created, 2 bad input, 4 not signed in as an administrator."));
    addOptions(cl, true);
    cl.parser().addOptions({
        {u"full-name"_s,
         QCoreApplication::translate("Cli", "The operator's surname and given name."), u"name"_s},
        {u"role"_s,
         QCoreApplication::translate("Cli", "clerk, officer, supervisor or administrator."),
         u"role"_s},
        {u"language"_s,
         QCoreApplication::translate(
             "Cli", "The operator's language at sign-in: kk, ru or en (default kk)."),
         u"kk|ru|en"_s, u"kk"_s},
        {u"new-password-file"_s,
         QCoreApplication::translate(
             "Cli",
             "Read the new account's password from the first line of this file (readable by its "
             "owner only)."),
         u"file"_s},
    });
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    const QCommandLineParser& p = cl.parser();
    const QString login = cl.positionals().constFirst().trimmed().toLower();
    const std::optional<Role> role = roleFromString(p.value(u"role"_s));
    if (!role) {
        printError(QCoreApplication::translate(
            "Cli", "--role must be clerk, officer, supervisor or administrator."));
        return ExitBadInput;
    }
    if (!Language::isSupported(p.value(u"language"_s))) {
        printError(QCoreApplication::translate("Cli", "--language must be kk, ru or en."));
        return ExitBadInput;
    }
    auto store = openAsAdministrator(p, true);
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, actor] = std::get<SignedInStore>(store);
    if (actor.isEmpty() && *role != Role::Administrator) {
        printError(QCoreApplication::translate(
            "Cli", "The first account of a journal is its administrator: --role "
                   "administrator."));
        return ExitBadInput;
    }
    const Result<QString> password = newPassword(p, login);
    if (!password) {
        printError(password.errorMessage());
        return exitFor(password.error());
    }
    const NewOperator account{login, p.value(u"full-name"_s), *role, *password,
                              p.value(u"language"_s)};
    const Result<Operator> created =
        ManageOperators::add(*db, account, actor, QDateTime::currentDateTimeUtc());
    if (!created) {
        printError(created.errorMessage());
        return exitFor(created.error());
    }
    printJson(operatorJson(*created));
    return ExitOk;
}

int list(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Lists the operator accounts, one JSON object per line (login, full name, "
               "role, language, active). Administrators only."));
    addOptions(cl, false);
    if (auto exit = cl.parse(arguments))
        return *exit;
    auto store = openAsAdministrator(cl.parser(), false);
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    const Result<QList<Operator>> all = ManageOperators::list(*std::get<SignedInStore>(store).db);
    if (!all) {
        printError(all.errorMessage());
        return ExitFailure;
    }
    for (const Operator& o : *all)
        printJson(operatorJson(o));
    return ExitOk;
}

int disable(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Deactivates an operator account: it can no longer sign in, in the desk "
               "or here. The last active administrator cannot be deactivated. "
               "Administrators only. Exit 0 done, 1 no such account, 4 not allowed."));
    addOptions(cl, true);
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto store = openAsAdministrator(cl.parser(), false);
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, actor] = std::get<SignedInStore>(store);
    const QString login = cl.positionals().constFirst().trimmed().toLower();
    if (const Result<Operator> disabled =
            ManageOperators::setActive(*db, login, false, actor, QDateTime::currentDateTimeUtc());
        !disabled) {
        printError(disabled.errorMessage());
        return exitFor(disabled.error());
    }
    printJson(QJsonObject{{u"login"_s, login}, {u"active"_s, false}});
    return ExitOk;
}

int resetPassword(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Gives an operator account a new password (from --new-password-file or "
               "typed twice at the terminal) and lifts a lockout. Administrators only. "
               "Exit 0 done, 1 no such account, 2 weak password, 4 not allowed."));
    addOptions(cl, true);
    cl.parser().addOption({u"new-password-file"_s,
                           QCoreApplication::translate(
                               "Cli", "Read the new password from the first line of this file "
                                      "(readable by its owner only)."),
                           u"file"_s});
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto store = openAsAdministrator(cl.parser(), false);
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    auto& [db, actor] = std::get<SignedInStore>(store);
    const QString login = cl.positionals().constFirst().trimmed().toLower();
    // Before the new password is asked for: nobody types one twice for an account that is not.
    if (!OperatorDirectory(*db).find(login)) {
        printError(QCoreApplication::translate("Cli", "There is no operator %1.").arg(login));
        return ExitNegative;
    }
    const Result<QString> password = newPassword(cl.parser(), login);
    if (!password) {
        printError(password.errorMessage());
        return exitFor(password.error());
    }
    if (const Result<Operator> reset = ManageOperators::resetPassword(
            *db, login, *password, actor, QDateTime::currentDateTimeUtc());
        !reset) {
        printError(reset.errorMessage());
        return exitFor(reset.error());
    }
    printJson(QJsonObject{{u"login"_s, login}, {u"password_reset"_s, true}});
    return ExitOk;
}

} // namespace

int runOperatorCommand(const QStringList& arguments)
{
    const Subcommand sub = splitSubcommand(arguments);
    if (sub.name == u"add")
        return add(sub.arguments);
    if (sub.name == u"list")
        return list(sub.arguments);
    if (sub.name == u"disable")
        return disable(sub.arguments);
    if (sub.name == u"reset-password")
        return resetPassword(sub.arguments);
    printLine(QCoreApplication::translate(
        "Cli", "Usage: iin-desk-cli operator add <login> --full-name NAME --role ROLE "
               "[--language kk|ru|en] [--new-password-file FILE]\n"
               "       iin-desk-cli operator list\n"
               "       iin-desk-cli operator disable <login>\n"
               "       iin-desk-cli operator reset-password <login> [--new-password-file "
               "FILE]\n"
               "Every action takes --db, and --as LOGIN [--password-file FILE] to sign in as "
               "an administrator; --help."));
    return sub.name.isEmpty() && arguments.contains(u"--help"_s) ? ExitOk : ExitBadInput;
}

} // namespace iin::cli

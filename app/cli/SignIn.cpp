#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/base/SecretFile.h"
#include "core/operators/Authorization.h"
#include "core/store/Database.h"
#include "core/usecases/SignIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>

#include <fcntl.h>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace iin::cli {

using namespace Qt::StringLiterals;

namespace {

// One line, without its line end: a file written by `echo` or an editor works as typed.
QString firstLine(const QByteArray& bytes)
{
    QByteArray line = bytes;
    if (const qsizetype end = line.indexOf('\n'); end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Asks on the terminal itself (not standard input, which may carry an application file), with
// the echo off so that the password is not shown.
Result<QString> passwordFromTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error{u"signin.no_password"_s,
                     QCoreApplication::translate(
                         "Cli",
                         "No password: there is no terminal to ask on. Give --password-file or "
                         "set IIN_DESK_PASSWORD.")};
    const QByteArray text = prompt.toUtf8();
    (void)!::write(fd, text.constData(), size_t(text.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ICANON;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n' && line.size() < 4096)
        line.append(c);
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    return firstLine(line);
}

QString systemUser()
{
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid());
}

} // namespace

Result<QString> readPassword(const QCommandLineParser& parser, const QString& fileOption,
                             const QString& prompt, bool allowEnvironment)
{
    if (parser.isSet(fileOption))
        // The same rules as every secret kept in a file: the owner's alone, its first line.
        return SecretFile::read(parser.value(fileOption), u"--"_s + fileOption);
    if (allowEnvironment && qEnvironmentVariableIsSet("IIN_DESK_PASSWORD")) {
        const QString password = qEnvironmentVariable("IIN_DESK_PASSWORD");
        // Read once: no program this command starts inherits it.
        qunsetenv("IIN_DESK_PASSWORD");
        return password;
    }
    return passwordFromTerminal(prompt);
}

std::variant<QString, int> signIn(const QCommandLineParser& parser, Database& db,
                                  const QList<Permission>& needed, OperatorOption operatorOption)
{
    const Result<bool> accounts = Authorization::hasAccounts(db.sql());
    if (!accounts) {
        printError(accounts.errorMessage());
        return ExitFailure;
    }
    const QString login = parser.value(u"as"_s).trimmed().toLower();
    if (!*accounts) {
        if (parser.isSet(u"as"_s)) {
            printError(QCoreApplication::translate(
                "Cli", "--as: this journal has no operator accounts. Name the operator with "
                       "--operator, or create the first administrator with "
                       "\"iin-desk-cli operator add\"."));
            return ExitBadInput;
        }
        return operatorOption == OperatorOption::Subject ? u"cli"_s : operatorOf(parser);
    }
    if (login.isEmpty()) {
        printError(QCoreApplication::translate(
            "Cli", "This journal has operator accounts: sign in with --as LOGIN (the "
                   "password is asked at the terminal, or read from --password-file or "
                   "IIN_DESK_PASSWORD)."));
        return ExitNotAllowed;
    }
    // The audit's "who" is the account signed in, never a name typed beside it.
    if (operatorOption == OperatorOption::Runner && parser.isSet(u"operator"_s) &&
        parser.value(u"operator"_s).trimmed().toLower() != login) {
        printError(QCoreApplication::translate(
            "Cli", "This journal has operator accounts: --operator cannot name the operator; "
                   "the audit trail records the login signed in with --as."));
        return ExitBadInput;
    }
    const Result<QString> password =
        readPassword(parser, u"password-file"_s,
                     QCoreApplication::translate("Cli", "Password for %1: ").arg(login), true);
    if (!password) {
        printError(password.errorMessage());
        return password.error().code == u"signin.no_password" ? ExitNotAllowed : ExitBadInput;
    }
    const QStringList args = QCoreApplication::arguments();
    const QJsonObject context{{u"client"_s, u"cli"_s},
                              {u"command"_s, args.size() > 1 ? args[1] : QString()},
                              {u"os_user"_s, systemUser()}};
    const Result<Operator> op =
        SignIn::run(db, login, *password, QDateTime::currentDateTimeUtc(), needed, context);
    if (!op) {
        printError(op.errorMessage());
        // Refused: the password, the lockout, the account ("login.*") or the role ("operator.*").
        const QString& code = op.error().code;
        return code.startsWith(u"login.") || code.startsWith(u"operator.") ? ExitNotAllowed
                                                                           : ExitFailure;
    }
    return op->login;
}

std::variant<SignedInStore, int> openSignedIn(const QCommandLineParser& parser,
                                              const QList<Permission>& needed,
                                              OperatorOption operatorOption)
{
    SignedInStore store;
    store.db = openStore(parser);
    if (!store.db)
        return ExitFailure;
    auto who = signIn(parser, *store.db, needed, operatorOption);
    if (const int* exit = std::get_if<int>(&who))
        return *exit;
    store.operatorId = std::get<QString>(who);
    return store;
}

} // namespace iin::cli

#include "OperatorDirectory.h"

#include "Language.h"
#include "LoginGuard.h"
#include "PasswordHash.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace iin {

namespace {

Error dbError(const QSqlError& e)
{
    // The driver's text names tables and columns, never personal data.
    return Error{QStringLiteral("operators.database"),
                 OperatorDirectory::tr("The operators database failed: %1").arg(e.text())};
}

QString utcText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromUtcText(const QString& s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Operator readOperator(const QSqlQuery& q)
{
    Operator o;
    o.id = q.value(0).toLongLong();
    o.login = q.value(1).toString();
    o.fullName = q.value(2).toString();
    o.role = roleFromString(q.value(3).toString()).value_or(Role::Clerk);
    o.language = q.value(4).toString();
    o.active = q.value(5).toBool();
    return o;
}

const QString SelectOperator =
    QStringLiteral("SELECT id, login, full_name, role, language, active FROM operators");

} // namespace

OperatorDirectory::OperatorDirectory(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

OperatorDirectory::~OperatorDirectory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<OperatorDirectory>> OperatorDirectory::open(const QString& path)
{
    const QString connection =
        QStringLiteral("operators-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<OperatorDirectory> directory(new OperatorDirectory(path, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return Error{QStringLiteral("operators.open"),
                         tr("The operators database %1 cannot be opened: %2")
                             .arg(path, db.lastError().text())};
    }
    if (Status s = directory->createSchema(); !s)
        return s.error();
    // Password hashes and the event log are for the desk's own account only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return directory;
}

Status OperatorDirectory::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const QStringList statements{
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS operators ("
                       " id INTEGER PRIMARY KEY,"
                       " login TEXT NOT NULL UNIQUE,"
                       " full_name TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " language TEXT NOT NULL,"
                       " failures INTEGER NOT NULL DEFAULT 0,"
                       " locked_until TEXT,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS operator_events ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " login TEXT NOT NULL,"
                       " event TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')"),
    };
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            return dbError(q.lastError());
    }
    return {};
}

bool OperatorDirectory::isValidLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    return re.match(login).hasMatch();
}

bool OperatorDirectory::isEmpty() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return !(q.exec(QStringLiteral("SELECT 1 FROM operators LIMIT 1")) && q.next());
}

QList<Operator> OperatorDirectory::operators() const
{
    QList<Operator> list;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(SelectOperator + QStringLiteral(" ORDER BY login"))) {
        while (q.next())
            list.append(readOperator(q));
    }
    return list;
}

std::optional<Operator> OperatorDirectory::find(const QString& login) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(SelectOperator + QStringLiteral(" WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    if (q.exec() && q.next())
        return readOperator(q);
    return std::nullopt;
}

Result<Operator> OperatorDirectory::create(const QString& login, const QString& fullName, Role role,
                                           const QString& password, const QString& language,
                                           const QString& actor, const QDateTime& now)
{
    const QString key = login.trimmed().toLower();
    if (!isValidLogin(key))
        return Error{QStringLiteral("operator.login"),
                     tr("Login: use 3 to 32 Latin letters, digits, dots, hyphens or underscores, "
                        "starting with a letter.")};
    if (fullName.simplified().isEmpty())
        return Error{QStringLiteral("operator.full_name"), tr("Full name: enter the operator's "
                                                              "surname and given name.")};
    if (const Problems weak = PasswordHash::checkStrength(password); !weak.isEmpty())
        return Error{weak.first().code, weak.first().message};
    if (find(key))
        return Error{QStringLiteral("operator.exists"),
                     tr("Login: an operator with the login %1 already exists.").arg(key)};
    const Result<QString> hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash, "
                             "language) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(fullName.simplified());
    q.addBindValue(roleToString(role));
    q.addBindValue(*hash);
    q.addBindValue(Language::isSupported(language) ? language : QStringLiteral("kk"));
    if (!q.exec()) {
        db.rollback();
        return dbError(q.lastError());
    }
    if (Status s = record(key, QStringLiteral("created"), actor.isEmpty() ? key : actor,
                          roleToString(role), now);
        !s) {
        db.rollback();
        return s.error();
    }
    if (!db.commit())
        return dbError(db.lastError());
    return *find(key);
}

Result<Operator> OperatorDirectory::authenticate(const QString& login, const QString& password,
                                                 const QDateTime& now)
{
    const QString key = login.trimmed().toLower();
    const Error wrong{QStringLiteral("login.wrong"),
                      tr("The login or the password is wrong. Check the keyboard layout and "
                         "Caps Lock, then try again.")};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash, failures, locked_until, active FROM operators "
                             "WHERE login = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return dbError(q.lastError());
    if (!q.next()) {
        record(key, QStringLiteral("login_failed"), key, QStringLiteral("unknown login"), now);
        return wrong;
    }
    const QString hash = q.value(0).toString();
    LoginGuard::State state{q.value(1).toInt(), fromUtcText(q.value(2).toString())};
    const bool active = q.value(3).toBool();
    q.finish();

    const auto lockedError = [&](const LoginGuard::State& s) {
        const int minutes = std::max(1, int(std::ceil(now.secsTo(s.lockedUntil) / 60.0)));
        return Error{QStringLiteral("login.locked"),
                     tr("Too many failed attempts: the account is locked. Try again in "
                        "%n minute(s) or ask the administrator.",
                        nullptr, minutes)};
    };
    if (!active) {
        record(key, QStringLiteral("login_failed"), key, QStringLiteral("inactive"), now);
        return Error{QStringLiteral("login.inactive"),
                     tr("This account is deactivated. Ask the administrator.")};
    }
    if (LoginGuard::isLocked(state, now)) {
        record(key, QStringLiteral("login_failed"), key, QStringLiteral("locked"), now);
        return lockedError(state);
    }
    if (!PasswordHash::verify(hash, password)) {
        state = LoginGuard::afterFailure(state, now);
        db.transaction();
        update(key, QStringLiteral("failures"), state.failures);
        update(key, QStringLiteral("locked_until"),
               state.lockedUntil.isValid() ? QVariant(utcText(state.lockedUntil)) : QVariant());
        record(key, QStringLiteral("login_failed"), key, QStringLiteral("wrong password"), now);
        if (LoginGuard::isLocked(state, now))
            record(key, QStringLiteral("locked"), key, utcText(state.lockedUntil), now);
        db.commit();
        return LoginGuard::isLocked(state, now) ? lockedError(state) : wrong;
    }
    db.transaction();
    update(key, QStringLiteral("failures"), 0);
    update(key, QStringLiteral("locked_until"), QVariant());
    if (PasswordHash::needsRehash(hash)) {
        if (const Result<QString> fresh = PasswordHash::hash(password))
            update(key, QStringLiteral("password_hash"), *fresh);
    }
    record(key, QStringLiteral("login"), key, QString(), now);
    if (!db.commit())
        return dbError(db.lastError());
    return *find(key);
}

Status OperatorDirectory::requireActiveAdministratorLeft(const QString& login, Role newRole,
                                                         bool newActive)
{
    const std::optional<Operator> o = find(login);
    if (!o || !(o->role == Role::Administrator && o->active) ||
        (newRole == Role::Administrator && newActive))
        return {};
    for (const Operator& o : operators()) {
        if (o.login != login && o.active && o.role == Role::Administrator)
            return {};
    }
    return Error{QStringLiteral("operator.last_administrator"),
                 tr("This is the last active administrator: create another administrator first.")};
}

Status OperatorDirectory::setRole(const QString& login, Role role, const QString& actor,
                                  const QDateTime& now)
{
    const std::optional<Operator> o = find(login);
    if (!o)
        return Error{QStringLiteral("operator.unknown"), tr("There is no operator %1.").arg(login)};
    if (Status s = requireActiveAdministratorLeft(o->login, role, o->active); !s)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    Status s = update(o->login, QStringLiteral("role"), roleToString(role));
    if (s)
        s = record(o->login, QStringLiteral("role_changed"), actor,
                   roleToString(o->role) + QStringLiteral(" -> ") + roleToString(role), now);
    if (!s) {
        db.rollback();
        return s;
    }
    return db.commit() ? Status() : Status(dbError(db.lastError()));
}

Status OperatorDirectory::resetPassword(const QString& login, const QString& password,
                                        const QString& actor, const QDateTime& now)
{
    const std::optional<Operator> o = find(login);
    if (!o)
        return Error{QStringLiteral("operator.unknown"), tr("There is no operator %1.").arg(login)};
    if (const Problems weak = PasswordHash::checkStrength(password); !weak.isEmpty())
        return Error{weak.first().code, weak.first().message};
    const Result<QString> hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    Status s = update(o->login, QStringLiteral("password_hash"), *hash);
    // A reset also lifts a lockout: the administrator has just checked who is at the desk.
    if (s)
        s = update(o->login, QStringLiteral("failures"), 0);
    if (s)
        s = update(o->login, QStringLiteral("locked_until"), QVariant());
    if (s)
        s = record(o->login, QStringLiteral("password_reset"), actor, QString(), now);
    if (!s) {
        db.rollback();
        return s;
    }
    return db.commit() ? Status() : Status(dbError(db.lastError()));
}

Status OperatorDirectory::setActive(const QString& login, bool active, const QString& actor,
                                    const QDateTime& now)
{
    const std::optional<Operator> o = find(login);
    if (!o)
        return Error{QStringLiteral("operator.unknown"), tr("There is no operator %1.").arg(login)};
    if (Status s = requireActiveAdministratorLeft(o->login, o->role, active); !s)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    Status s = update(o->login, QStringLiteral("active"), active ? 1 : 0);
    if (s)
        s = record(o->login, active ? QStringLiteral("activated") : QStringLiteral("deactivated"),
                   actor, QString(), now);
    if (!s) {
        db.rollback();
        return s;
    }
    return db.commit() ? Status() : Status(dbError(db.lastError()));
}

Status OperatorDirectory::setLanguage(const QString& login, const QString& language,
                                      const QDateTime& now)
{
    if (!Language::isSupported(language))
        return Error{QStringLiteral("operator.language"),
                     tr("The language %1 is not supported.").arg(language)};
    const std::optional<Operator> o = find(login);
    if (!o)
        return Error{QStringLiteral("operator.unknown"), tr("There is no operator %1.").arg(login)};
    if (o->language == language)
        return {};
    if (Status s = update(o->login, QStringLiteral("language"), language); !s)
        return s;
    return record(o->login, QStringLiteral("language_changed"), o->login, language, now);
}

QList<OperatorEvent> OperatorDirectory::events() const
{
    QList<OperatorEvent> list;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT at, login, event, actor, detail FROM operator_events "
                              "ORDER BY id"))) {
        while (q.next())
            list.append({fromUtcText(q.value(0).toString()), q.value(1).toString(),
                         q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return list;
}

Status OperatorDirectory::record(const QString& login, const QString& event, const QString& actor,
                                 const QString& detail, const QDateTime& now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO operator_events (at, login, event, actor, detail) "
                             "VALUES (?, ?, ?, ?, ?)"));
    // Null strings would bind as SQL NULL: the columns hold empty text instead.
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(utcText(now));
    q.addBindValue(login);
    q.addBindValue(event);
    q.addBindValue(text(actor));
    q.addBindValue(text(detail));
    if (!q.exec())
        return dbError(q.lastError());
    return {};
}

// `column` is always one of this file's literals, never input: only the values are bound.
Status OperatorDirectory::update(const QString& login, const QString& column, const QVariant& value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE operators SET %1 = ? WHERE login = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(login);
    if (!q.exec())
        return dbError(q.lastError());
    return {};
}

} // namespace iin

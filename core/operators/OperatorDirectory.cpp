#include "core/operators/OperatorDirectory.h"

#include "core/base/Language.h"
#include "core/operators/LoginGuard.h"
#include "core/operators/PasswordHash.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace iin {

namespace {

QString what()
{
    return OperatorDirectory::tr("Operator accounts");
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

// The stored lockout counters and what a check needs, read inside or outside a transaction.
struct Account
{
    QString hash;
    LoginGuard::State guard;
    bool active = false;
};

Result<std::optional<Account>> readAccount(QSqlDatabase db, const QString& login)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash, failures, locked_until, active FROM operators "
                             "WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return StoreError::from(q.lastError(), what());
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(Account{q.value(0).toString(),
                                          {q.value(1).toInt(), fromUtcText(q.value(2).toString())},
                                          q.value(3).toBool()});
}

// `assignments` are this file's own literals ("role = ?"), never input: only values are bound.
Status update(QSqlDatabase db, const QString& login, const QString& assignments,
              const QVariantList& values, const QDateTime& now)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE operators SET %1, updated_at = ? WHERE login = ?").arg(assignments));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(utcText(now));
    q.addBindValue(login);
    if (!q.exec())
        return StoreError::from(q.lastError(), what());
    return {};
}

Error unknownOperator(const QString& login)
{
    return Error{QStringLiteral("operator.unknown"),
                 OperatorDirectory::tr("There is no operator %1.").arg(login)};
}

// Refuses a change that would leave no active administrator to manage the accounts. Runs inside
// the change's transaction, so two administrators cannot remove each other at once.
Status requireActiveAdministratorLeft(QSqlDatabase db, const Operator& o, Role newRole,
                                      bool newActive)
{
    if (!(o.role == Role::Administrator && o.active) ||
        (newRole == Role::Administrator && newActive))
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM operators WHERE login <> ? AND active = 1 "
                             "AND role = ?"));
    q.addBindValue(o.login);
    q.addBindValue(roleToString(Role::Administrator));
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), what());
    if (q.value(0).toInt() > 0)
        return {};
    return Error{QStringLiteral("operator.last_administrator"),
                 OperatorDirectory::tr("This is the last active administrator: create another "
                                       "administrator first.")};
}

Error notAllowed()
{
    return Error{QStringLiteral("operator.not_allowed"),
                 OperatorDirectory::tr("Only an active administrator can manage accounts.")};
}

} // namespace

OperatorDirectory::OperatorDirectory(Database& database) : m_database(database) {}

QString OperatorDirectory::subject(const QString& login)
{
    return QStringLiteral("operator:") + login;
}

bool OperatorDirectory::isValidLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    return re.match(login).hasMatch();
}

Result<bool> OperatorDirectory::isEmpty() const
{
    QSqlQuery q(m_database.sql());
    if (!q.exec(QStringLiteral("SELECT 1 FROM operators LIMIT 1")))
        return StoreError::from(q.lastError(), what());
    return !q.next();
}

Result<QList<Operator>> OperatorDirectory::operators() const
{
    QList<Operator> list;
    QSqlQuery q(m_database.sql());
    if (!q.exec(SelectOperator + QStringLiteral(" ORDER BY login")))
        return StoreError::from(q.lastError(), what());
    while (q.next())
        list.append(readOperator(q));
    return list;
}

std::optional<Operator> OperatorDirectory::find(const QString& login) const
{
    QSqlQuery q(m_database.sql());
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
    const Error exists{QStringLiteral("operator.exists"),
                       tr("Login: an operator with the login %1 already exists.").arg(key)};
    if (find(key))
        return exists;
    // Hashed before the transaction: the write lock is not held while argon2id works.
    const Result<QString> hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    const QString lang = Language::isSupported(language) ? language : QStringLiteral("kk");

    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Only an active administrator creates accounts; the first one creates itself.
    if (!actor.isEmpty()) {
        if (Status s = requireAdministrator(actor); !s)
            return s.error();
    } else if (Result<bool> empty = isEmpty(); !empty || !*empty) {
        return empty ? notAllowed() : empty.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash, "
                             "language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(fullName.simplified());
    q.addBindValue(roleToString(role));
    q.addBindValue(*hash);
    q.addBindValue(lang);
    q.addBindValue(utcText(now));
    q.addBindValue(utcText(now));
    if (!q.exec()) {
        if (find(key))
            return exists; // created meanwhile by another program on the same journal
        return StoreError::from(q.lastError(), what());
    }
    // The full name is personal data: the record names the account, the role and the language.
    if (Status s = AuditTrail::append(
            db, {actor.isEmpty() ? key : actor, AuditTrail::OperatorCreated, subject(key),
                 QJsonObject{{QStringLiteral("role"), roleToString(role)},
                             {QStringLiteral("language"), lang},
                             {QStringLiteral("first_administrator"), actor.isEmpty()}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *find(key);
}

Result<Operator> OperatorDirectory::authenticate(const QString& login, const QString& password,
                                                 const QDateTime& now, Purpose purpose,
                                                 const QJsonObject& context)
{
    const QString key = login.trimmed().toLower();
    const QString purposeText =
        purpose == Purpose::SignIn ? QStringLiteral("sign_in") : QStringLiteral("unlock");
    const Error wrong{QStringLiteral("login.wrong"),
                      tr("The login or the password is wrong. Check the keyboard layout and "
                         "Caps Lock, then try again.")};
    // The purpose, then what the front end adds (the command-line tool: "client", "os_user").
    const auto details = [&](QJsonObject d) {
        d.insert(QStringLiteral("purpose"), purposeText);
        for (auto it = context.begin(); it != context.end(); ++it)
            d.insert(it.key(), it.value());
        return d;
    };
    QSqlDatabase db = m_database.sql();
    const Result<std::optional<Account>> found = readAccount(db, key);
    if (!found)
        return found.error();
    // A failure is recorded without an operator: nobody has signed in. A login that names no
    // account is not written down at all (it may be a password typed into the wrong field).
    const auto failure = [&](const QString& accountSubject, const QString& reason) {
        return AuditTrail::record(m_database,
                                  {QString(), AuditTrail::LoginFailed, accountSubject,
                                   details(QJsonObject{{QStringLiteral("reason"), reason}})});
    };
    // Every path runs exactly one argon2id verification before it answers, so that the time
    // taken tells nothing: an unknown login is checked against a hash no password matches, a
    // deactivated or locked account against its own hash (the result is not used).
    if (!*found) {
        PasswordHash::verifyWithoutAccount(password);
        if (Status s = failure(subject(QStringLiteral("unknown")), QStringLiteral("unknown_login"));
            !s)
            return s.error();
        return wrong;
    }
    const Account account = **found;
    const auto lockedError = [&](const LoginGuard::State& s) {
        const int minutes = std::max(1, int(std::ceil(now.secsTo(s.lockedUntil) / 60.0)));
        return Error{QStringLiteral("login.locked"),
                     tr("Too many failed attempts: the account is locked. Try again in "
                        "%n minute(s) or ask the administrator.",
                        nullptr, minutes)};
    };
    const Error inactive{QStringLiteral("login.inactive"),
                         tr("This account is deactivated. Ask the administrator.")};
    if (!account.active || LoginGuard::isLocked(account.guard, now)) {
        PasswordHash::verify(account.hash, password);
        const bool locked = account.active;
        if (Status s = failure(subject(key),
                               locked ? QStringLiteral("locked") : QStringLiteral("inactive"));
            !s)
            return s.error();
        return locked ? lockedError(account.guard) : inactive;
    }

    // argon2id runs outside any transaction: the journal's writers are not held up meanwhile.
    const bool verified = PasswordHash::verify(account.hash, password);
    QString fresh;
    if (verified && PasswordHash::needsRehash(account.hash)) {
        if (const Result<QString> h = PasswordHash::hash(password))
            fresh = *h;
    }

    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Counted from the counters as they are now, not as they were before the hash was checked.
    const Result<std::optional<Account>> current = readAccount(db, key);
    if (!current)
        return current.error();
    if (!*current)
        return wrong;
    // Deactivated or locked meanwhile (by another program on the journal, or parallel
    // guesses): the right password does not slip past.
    if (verified && (!(*current)->active || LoginGuard::isLocked((*current)->guard, now))) {
        const bool locked = (*current)->active;
        Status s =
            AuditTrail::append(db, {QString(), AuditTrail::LoginFailed, subject(key),
                                    details(QJsonObject{{QStringLiteral("reason"),
                                                         locked ? QStringLiteral("locked")
                                                                : QStringLiteral("inactive")}})});
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
        return locked ? lockedError((*current)->guard) : inactive;
    }
    if (!verified) {
        const LoginGuard::State state = LoginGuard::afterFailure((*current)->guard, now);
        const bool locked = LoginGuard::isLocked(state, now);
        Status s = update(db, key, QStringLiteral("failures = ?, locked_until = ?"),
                          {state.failures, locked ? QVariant(utcText(state.lockedUntil))
                                                  : QVariant(QMetaType(QMetaType::QString))},
                          now);
        if (s)
            s = AuditTrail::append(
                db,
                {QString(), AuditTrail::LoginFailed, subject(key),
                 details(QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong_password")},
                                     {QStringLiteral("failures"), state.failures}})});
        if (s && locked)
            s = AuditTrail::append(
                db, {QString(), AuditTrail::LockedOut, subject(key),
                     QJsonObject{{QStringLiteral("locked_until"), utcText(state.lockedUntil)},
                                 {QStringLiteral("minutes"), LoginGuard::LockMinutes}}});
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
        return locked ? lockedError(state) : wrong;
    }
    Status s = fresh.isEmpty()
                   ? update(db, key, QStringLiteral("failures = 0, locked_until = NULL"), {}, now)
                   : update(db, key,
                            QStringLiteral("failures = 0, locked_until = NULL, password_hash = ?"),
                            {fresh}, now);
    if (s)
        s = AuditTrail::append(
            db, {key, purpose == Purpose::SignIn ? AuditTrail::Login : AuditTrail::Unlocked,
                 subject(key), details(QJsonObject{})});
    if (s)
        s = tx.commit();
    if (!s)
        return s.error();
    return *find(key);
}

Result<Operator> OperatorDirectory::beginAccountChange(Transaction& tx, const QString& actor,
                                                       const QString& login) const
{
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = requireAdministrator(actor); !s)
        return s.error();
    const std::optional<Operator> o = find(login);
    if (!o)
        return unknownOperator(login);
    return *o;
}

Status OperatorDirectory::setRole(const QString& login, Role role, const QString& actor,
                                  const QDateTime& now)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    const Result<Operator> o = beginAccountChange(tx, actor, login);
    if (!o)
        return o.error();
    if (o->role == role)
        return {};
    if (Status s = requireActiveAdministratorLeft(db, *o, role, o->active); !s)
        return s;
    Status s = update(db, o->login, QStringLiteral("role = ?"), {roleToString(role)}, now);
    if (s)
        s = AuditTrail::append(db, {actor, AuditTrail::RoleChanged, subject(o->login),
                                    QJsonObject{{QStringLiteral("from"), roleToString(o->role)},
                                                {QStringLiteral("to"), roleToString(role)}}});
    return s ? tx.commit() : s;
}

Status OperatorDirectory::resetPassword(const QString& login, const QString& password,
                                        const QString& actor, const QDateTime& now)
{
    if (!find(login))
        return unknownOperator(login);
    if (const Problems weak = PasswordHash::checkStrength(password); !weak.isEmpty())
        return Error{weak.first().code, weak.first().message};
    const Result<QString> hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    const Result<Operator> o = beginAccountChange(tx, actor, login);
    if (!o)
        return o.error();
    const Result<std::optional<Account>> account = readAccount(db, o->login);
    if (!account)
        return account.error();
    const bool wasLocked = *account && LoginGuard::isLocked((*account)->guard, now);
    Status s =
        update(db, o->login, QStringLiteral("password_hash = ?, failures = 0, locked_until = NULL"),
               {*hash}, now);
    if (s)
        s = AuditTrail::append(db, {actor, AuditTrail::PasswordReset, subject(o->login),
                                    QJsonObject{{QStringLiteral("lockout_lifted"), wasLocked}}});
    return s ? tx.commit() : s;
}

Status OperatorDirectory::setActive(const QString& login, bool active, const QString& actor,
                                    const QDateTime& now)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    const Result<Operator> o = beginAccountChange(tx, actor, login);
    if (!o)
        return o.error();
    if (o->active == active)
        return {};
    if (Status s = requireActiveAdministratorLeft(db, *o, o->role, active); !s)
        return s;
    Status s = update(db, o->login, QStringLiteral("active = ?"), {active ? 1 : 0}, now);
    if (s)
        s = AuditTrail::append(db, {actor, active ? AuditTrail::Activated : AuditTrail::Deactivated,
                                    subject(o->login), QJsonObject{}});
    return s ? tx.commit() : s;
}

Status OperatorDirectory::setLanguage(const QString& login, const QString& language,
                                      const QDateTime& now)
{
    if (!Language::isSupported(language))
        return Error{QStringLiteral("operator.language"),
                     tr("The language %1 is not supported.").arg(language)};
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    const std::optional<Operator> o = find(login);
    if (!o)
        return unknownOperator(login);
    if (o->language == language)
        return {};
    Status s = update(db, o->login, QStringLiteral("language = ?"), {language}, now);
    if (s)
        s = AuditTrail::append(db, {o->login, AuditTrail::LanguageChanged, subject(o->login),
                                    QJsonObject{{QStringLiteral("from"), o->language},
                                                {QStringLiteral("to"), language}}});
    return s ? tx.commit() : s;
}

Status OperatorDirectory::requireAdministrator(const QString& actor) const
{
    const std::optional<Operator> admin = find(actor);
    if (!admin || !admin->active || !roleMay(admin->role, Permission::ManageOperators))
        return notAllowed();
    return {};
}

Status OperatorDirectory::recordLogout(const QString& login)
{
    return AuditTrail::record(m_database, {login, AuditTrail::Logout, subject(login), {}});
}

Status OperatorDirectory::recordScreenLocked(const QString& login)
{
    return AuditTrail::record(m_database, {login, AuditTrail::ScreenLocked, subject(login), {}});
}

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

class Transaction;

class Database;

// The desk's operator accounts in the journal database (table `operators`, schema version 7):
// login, full name, role, argon2id password hash, language and the lockout counters. Every
// login, failure, lockout, unlock and account change is written in one transaction with its
// record in the hash-chained audit trail (subject "operator:<login>"); no password or hash is
// ever put in a record or a message.
//
// Uses the Database of the thread it runs on: the desk calls it only through the use cases in
// core/usecases (SignIn, ManageOperators...) in jobs on the operators' own StoreThread, never on
// the UI thread (hashing a password takes a noticeable moment).
// Times are passed in by the caller, so tests can drive the lockout without waiting.
class OperatorDirectory
{
    Q_DECLARE_TR_FUNCTIONS(OperatorDirectory)

public:
    // A password is checked to sign in, or to lift the screen lock of the operator signed in.
    enum class Purpose
    {
        SignIn,
        Unlock,
    };

    explicit OperatorDirectory(Database& database);

    // True until the first operator is created (the desk then shows the first-run dialog).
    Result<bool> isEmpty() const;
    Result<QList<Operator>> operators() const; // by login
    std::optional<Operator> find(const QString& login) const;

    // Logins: 3-32 of a-z 0-9 . _ -, starting with a letter (stored in lower case).
    static bool isValidLogin(const QString& login);

    // `actor` is the administrator's login (empty for the first administrator).
    Result<Operator> create(const QString& login, const QString& fullName, Role role,
                            const QString& password, const QString& language, const QString& actor,
                            const QDateTime& now);

    // Checks the password and keeps the lockout counters (LoginGuard). The error codes are
    // "login.wrong" (an unknown login and a wrong password alike: the same message, and the
    // same argon2id work, so neither the answer nor its time tells whether the login exists),
    // "login.locked" (message with the minutes left) and "login.inactive". `context` is added
    // to the details of the sign-in's audit record (the command-line tool names itself and
    // the system account there).
    Result<Operator> authenticate(const QString& login, const QString& password,
                                  const QDateTime& now, Purpose purpose = Purpose::SignIn,
                                  const QJsonObject& context = {});

    // `actor` must be an active administrator ("operator.not_allowed" otherwise).
    Status setRole(const QString& login, Role role, const QString& actor, const QDateTime& now);
    // Also lifts a lockout: the administrator has just checked who is at the desk.
    Status resetPassword(const QString& login, const QString& password, const QString& actor,
                         const QDateTime& now);
    // The last active administrator can be neither deactivated nor given another role.
    Status setActive(const QString& login, bool active, const QString& actor, const QDateTime& now);
    Status setLanguage(const QString& login, const QString& language, const QDateTime& now);

    // Audit records of the session itself: signing out, the screen locked (by idle time or
    // Ctrl+L).
    Status recordLogout(const QString& login);
    Status recordScreenLocked(const QString& login);

    static QString subject(const QString& login);

private:
    // Account changes are made by an active administrator only (least privilege in the store
    // itself, not just in the menus).
    Status requireAdministrator(const QString& actor) const;
    // Begins the transaction of an administrator's change to `login`'s account: inside it, the
    // actor is checked and the account read.
    Result<Operator> beginAccountChange(Transaction& tx, const QString& actor,
                                        const QString& login) const;

    Database& m_database;
};

} // namespace iin

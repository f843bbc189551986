#pragma once

#include "Operator.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace iin {

// The desk's operator accounts: login, full name, role, argon2id password hash, language and the
// lockout counters, in a small SQLite database of their own (tables `operators` and
// `operator_events`). Every login, failure, lockout and account change is recorded as an event.
// The store's migrations and hash-chained audit trail will take these tables over.
//
// Times are passed in by the caller, so tests can drive the lockout without waiting.
class OperatorDirectory
{
    Q_DECLARE_TR_FUNCTIONS(OperatorDirectory)

public:
    static Result<std::unique_ptr<OperatorDirectory>> open(const QString& path);
    ~OperatorDirectory();
    OperatorDirectory(const OperatorDirectory&) = delete;
    OperatorDirectory& operator=(const OperatorDirectory&) = delete;

    QString path() const { return m_path; }

    // True until the first administrator is created (the desk then shows the first-run dialog).
    bool isEmpty() const;
    QList<Operator> operators() const;
    std::optional<Operator> find(const QString& login) const;

    // Logins: 3-32 of a-z 0-9 . _ -, starting with a letter (stored in lower case).
    static bool isValidLogin(const QString& login);

    // `actor` is the administrator's login (empty for the first administrator).
    Result<Operator> create(const QString& login, const QString& fullName, Role role,
                            const QString& password, const QString& language, const QString& actor,
                            const QDateTime& now);

    // Checks the password and keeps the lockout counters (LoginGuard). The error codes are
    // "login.wrong", "login.locked" (message with the minutes left) and "login.inactive".
    Result<Operator> authenticate(const QString& login, const QString& password,
                                  const QDateTime& now);

    Status setRole(const QString& login, Role role, const QString& actor, const QDateTime& now);
    Status resetPassword(const QString& login, const QString& password, const QString& actor,
                         const QDateTime& now);
    Status setActive(const QString& login, bool active, const QString& actor, const QDateTime& now);
    Status setLanguage(const QString& login, const QString& language, const QDateTime& now);

    QList<OperatorEvent> events() const; // oldest first

private:
    explicit OperatorDirectory(QString path, QString connection);
    Status createSchema();
    Status record(const QString& login, const QString& event, const QString& actor,
                  const QString& detail, const QDateTime& now);
    Status update(const QString& login, const QString& column, const QVariant& value);
    Status requireActiveAdministratorLeft(const QString& login, Role newRole, bool newActive);

    QString m_path;
    QString m_connection;
};

} // namespace iin

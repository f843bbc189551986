#pragma once

#include "core/operators/Operator.h"
#include "core/operators/OperatorDirectory.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace iin {

class Database;

// What an administrator (or the first run) fills in for a new account.
struct NewOperator
{
    QString login;
    QString fullName;
    Role role = Role::Clerk;
    QString password;
    QString language;
};

// The operator accounts' side of the desk, on a thread of its own: it opens its own Database on
// the journal there, imports an earlier version's operators file once, and answers requests
// posted from the UI thread through queued calls, so that no SQL and no argon2id ever runs on
// the UI thread. Every request carries an id chosen by the caller; every answer names it.
// Failures come as failed(id, code, message) with the directory's error codes.
//
// Create it without a parent, move it to its thread and call open() there (OperatorThread does
// all of this); close() on that thread before the thread ends.
class OperatorWorker : public QObject
{
    Q_OBJECT

public:
    // `legacyOperatorsPath`: where an earlier version kept the accounts (empty: none).
    OperatorWorker(QString databasePath, QString legacyOperatorsPath, QObject* parent = nullptr);
    ~OperatorWorker() override;

public slots:
    void open();
    void close();

    // firstRunChecked(id, true) while the journal holds no account at all.
    void checkFirstRun(quint64 requestId);
    void authenticate(quint64 requestId, const QString& login, const QString& password,
                      iin::OperatorDirectory::Purpose purpose);
    void listOperators(quint64 requestId);
    // `actor` empty: the first administrator (refused once any account exists).
    void createOperator(quint64 requestId, const iin::NewOperator& account, const QString& actor);
    void setRole(quint64 requestId, const QString& login, iin::Role role, const QString& actor);
    void resetPassword(quint64 requestId, const QString& login, const QString& password,
                       const QString& actor);
    void setActive(quint64 requestId, const QString& login, bool active, const QString& actor);
    void setLanguage(quint64 requestId, const QString& login, const QString& language);
    void recordLogout(quint64 requestId, const QString& login);
    void recordScreenLocked(quint64 requestId, const QString& login);

signals:
    void opened(const QString& path);
    void openFailed(const QString& message);
    void firstRunChecked(quint64 requestId, bool needsAdministrator);
    void signedIn(quint64 requestId, const iin::Operator& op);
    void operatorsListed(quint64 requestId, const QList<iin::Operator>& operators);
    // The account as it is after the change.
    void accountChanged(quint64 requestId, const iin::Operator& op);
    void recorded(quint64 requestId);
    void failed(quint64 requestId, const QString& code, const QString& message);

private:
    // The directory, opened (and the old file imported) on first use if open() failed.
    Result<OperatorDirectory*> directory();
    void answerChange(quint64 requestId, const QString& login, const Status& status);

    QString m_path;
    QString m_legacyPath;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OperatorDirectory> m_directory;
};

} // namespace iin

#pragma once

#include "core/services/OperatorWorker.h"

#include <QObject>
#include <QThread>

namespace iin {

// Runs an OperatorWorker on a thread of its own for as long as this object lives, like
// JournalThread: the worker opens its Database on the journal there at start (importing an
// earlier version's operators file once), and the destructor closes the connection and ends the
// thread (a request already running finishes first). Each method posts a request and returns
// its id; connect to worker()'s signals for the answers (queued, on the receiver's thread).
// Connect before posting: an answer emitted before the connection is made is lost.
class OperatorThread : public QObject
{
    Q_OBJECT

public:
    OperatorThread(const QString& databasePath, const QString& legacyOperatorsPath,
                   QObject* parent = nullptr);
    ~OperatorThread() override;

    OperatorWorker* worker() const { return m_worker; }
    QThread* thread() const { return m_thread; }

    quint64 checkFirstRun();
    quint64 authenticate(const QString& login, const QString& password,
                         OperatorDirectory::Purpose purpose = OperatorDirectory::Purpose::SignIn);
    quint64 listOperators();
    quint64 createOperator(const NewOperator& account, const QString& actor);
    quint64 setRole(const QString& login, Role role, const QString& actor);
    quint64 resetPassword(const QString& login, const QString& password, const QString& actor);
    quint64 setActive(const QString& login, bool active, const QString& actor);
    quint64 setLanguage(const QString& login, const QString& language);
    quint64 recordLogout(const QString& login);
    quint64 recordScreenLocked(const QString& login);

private:
    template <typename Call>
    quint64 post(Call call);

    QThread* m_thread;
    OperatorWorker* m_worker;
    quint64 m_lastRequestId = 0;
};

} // namespace iin

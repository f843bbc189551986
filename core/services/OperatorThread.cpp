#include "core/services/OperatorThread.h"

namespace iin {

OperatorThread::OperatorThread(const QString& databasePath, const QString& legacyOperatorsPath,
                               QObject* parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_worker(new OperatorWorker(databasePath, legacyOperatorsPath))
{
    m_thread->setObjectName(QStringLiteral("operators"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &OperatorWorker::open);
    m_thread->start();
}

OperatorThread::~OperatorThread()
{
    // The connection is closed on the thread that opened it; then the worker goes with it.
    QMetaObject::invokeMethod(m_worker, &OperatorWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

template <typename Call>
quint64 OperatorThread::post(Call call)
{
    const quint64 id = ++m_lastRequestId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, call] { call(worker, id); }, Qt::QueuedConnection);
    return id;
}

quint64 OperatorThread::checkFirstRun()
{
    return post([](OperatorWorker* w, quint64 id) { w->checkFirstRun(id); });
}

quint64 OperatorThread::authenticate(const QString& login, const QString& password,
                                     OperatorDirectory::Purpose purpose)
{
    return post([login, password, purpose](OperatorWorker* w, quint64 id) {
        w->authenticate(id, login, password, purpose);
    });
}

quint64 OperatorThread::listOperators()
{
    return post([](OperatorWorker* w, quint64 id) { w->listOperators(id); });
}

quint64 OperatorThread::createOperator(const NewOperator& account, const QString& actor)
{
    return post(
        [account, actor](OperatorWorker* w, quint64 id) { w->createOperator(id, account, actor); });
}

quint64 OperatorThread::setRole(const QString& login, Role role, const QString& actor)
{
    return post([login, role, actor](OperatorWorker* w, quint64 id) {
        w->setRole(id, login, role, actor);
    });
}

quint64 OperatorThread::resetPassword(const QString& login, const QString& password,
                                      const QString& actor)
{
    return post([login, password, actor](OperatorWorker* w, quint64 id) {
        w->resetPassword(id, login, password, actor);
    });
}

quint64 OperatorThread::setActive(const QString& login, bool active, const QString& actor)
{
    return post([login, active, actor](OperatorWorker* w, quint64 id) {
        w->setActive(id, login, active, actor);
    });
}

quint64 OperatorThread::setLanguage(const QString& login, const QString& language)
{
    return post(
        [login, language](OperatorWorker* w, quint64 id) { w->setLanguage(id, login, language); });
}

quint64 OperatorThread::recordLogout(const QString& login)
{
    return post([login](OperatorWorker* w, quint64 id) { w->recordLogout(id, login); });
}

quint64 OperatorThread::recordScreenLocked(const QString& login)
{
    return post([login](OperatorWorker* w, quint64 id) { w->recordScreenLocked(id, login); });
}

} // namespace iin

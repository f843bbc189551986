#include "core/services/ComplaintClient.h"

#include "core/services/StoreThread.h"

#include <QThread>

#include <atomic>

namespace iin {

namespace {
std::atomic<quint64> lastRequestId{0};
}

ComplaintClient::ComplaintClient(StoreThread* journal, QObject* parent)
    : ComplaintClient(journal->thread(), journal->path(), parent)
{
}

ComplaintClient::ComplaintClient(QThread* thread, const QString& databasePath, QObject* parent)
    : QObject(parent), m_worker(new ComplaintWorker(databasePath))
{
    m_worker->moveToThread(thread);
    // Should the thread end first, the worker is deleted (and its Database closed) there as it
    // finishes.
    connect(thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

ComplaintClient::~ComplaintClient()
{
    // Deleted on its own thread, after any request already posted: its Database closes there.
    if (m_worker)
        m_worker->deleteLater();
}

template <typename F>
quint64 ComplaintClient::post(F&& call)
{
    const quint64 id = ++lastRequestId;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker.data(), [worker = m_worker.data(), id, call] { call(worker, id); },
            Qt::QueuedConnection);
    return id;
}

quint64 ComplaintClient::list(const ComplaintQuery& query)
{
    return post([query](ComplaintWorker* w, quint64 id) { w->list(id, query); });
}

quint64 ComplaintClient::ofApplication(qint64 applicationId, const QDate& today)
{
    return post([applicationId, today](ComplaintWorker* w, quint64 id) {
        w->ofApplication(id, applicationId, today);
    });
}

quint64 ComplaintClient::open(qint64 complaintId, const QString& operatorId, const QDate& today)
{
    return post(
        [=](ComplaintWorker* w, quint64 id) { w->open(id, complaintId, operatorId, today); });
}

quint64 ComplaintClient::add(const Complaint& complaint, const QString& applicationRef,
                             const QString& operatorId, const QDate& today)
{
    return post([=](ComplaintWorker* w, quint64 id) {
        w->add(id, complaint, applicationRef, operatorId, today);
    });
}

quint64 ComplaintClient::recordOutcome(qint64 complaintId, const ComplaintOutcome& outcome,
                                       const QString& operatorId, const QDate& today)
{
    return post([=](ComplaintWorker* w, quint64 id) {
        w->recordOutcome(id, complaintId, outcome, operatorId, today);
    });
}

quint64 ComplaintClient::recordPrint(qint64 complaintId, const QString& operatorId)
{
    return post(
        [=](ComplaintWorker* w, quint64 id) { w->recordPrint(id, complaintId, operatorId); });
}

quint64 ComplaintClient::exportPdf(qint64 complaintId, const QString& path,
                                   const ComplaintLayout::Options& options,
                                   const QString& operatorId)
{
    return post([=](ComplaintWorker* w, quint64 id) {
        w->exportPdf(id, complaintId, path, options, operatorId);
    });
}

quint64 ComplaintClient::refreshDueDates(const QString& operatorId)
{
    return post([=](ComplaintWorker* w, quint64 id) { w->refreshDueDates(id, operatorId); });
}

quint64 ComplaintClient::countReminders(const QDate& today)
{
    return post([=](ComplaintWorker* w, quint64 id) { w->countReminders(id, today); });
}

quint64 ComplaintClient::loadCalendar()
{
    return post([](ComplaintWorker* w, quint64 id) { w->loadCalendar(id); });
}

quint64 ComplaintClient::saveCalendarYear(const CalendarYear& year, const QString& operatorId)
{
    return post([=](ComplaintWorker* w, quint64 id) { w->saveCalendarYear(id, year, operatorId); });
}

quint64 ComplaintClient::revertCalendarYear(int year, const QString& operatorId)
{
    return post(
        [=](ComplaintWorker* w, quint64 id) { w->revertCalendarYear(id, year, operatorId); });
}

} // namespace iin

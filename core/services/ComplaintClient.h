#pragma once

#include "core/services/ComplaintWorker.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace iin {

class StoreThread;

// The UI thread's handle on a ComplaintWorker that lives on the journal's thread: it creates the
// worker there, posts requests with a fresh id each and hands the worker back to that thread for
// deletion when it goes. Connect to worker()'s signals for the answers (queued, on the receiver's
// thread). Several clients (a window, a widget in an application view) may share one journal.
class ComplaintClient : public QObject
{
    Q_OBJECT

public:
    explicit ComplaintClient(StoreThread* journal, QObject* parent = nullptr);
    // For a thread and journal file of the caller's choosing.
    ComplaintClient(QThread* thread, const QString& databasePath, QObject* parent = nullptr);
    ~ComplaintClient() override;

    ComplaintWorker* worker() const { return m_worker; }

    quint64 list(const ComplaintQuery& query);
    quint64 ofApplication(qint64 applicationId, const QDate& today);
    quint64 open(qint64 complaintId, const QString& operatorId, const QDate& today);
    quint64 add(const Complaint& complaint, const QString& applicationRef,
                const QString& operatorId, const QDate& today);
    quint64 recordOutcome(qint64 complaintId, const ComplaintOutcome& outcome,
                          const QString& operatorId, const QDate& today);
    quint64 recordPrint(qint64 complaintId, const QString& operatorId);
    quint64 exportPdf(qint64 complaintId, const QString& path,
                      const ComplaintLayout::Options& options, const QString& operatorId);
    quint64 refreshDueDates(const QString& operatorId);
    quint64 countReminders(const QDate& today);
    quint64 loadCalendar();
    quint64 saveCalendarYear(const CalendarYear& year, const QString& operatorId);
    quint64 revertCalendarYear(int year, const QString& operatorId);

private:
    template <typename F>
    quint64 post(F&& call);

    QPointer<ComplaintWorker> m_worker;
};

} // namespace iin

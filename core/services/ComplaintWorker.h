#pragma once

#include "core/calendar/CalendarData.h"
#include "core/complaints/ComplaintLayout.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace iin {

class CalendarStore;
class Database;
class Journal;

// The complaints register and the edited calendar on the journal's thread: it opens its own
// Database there (a Database belongs to the thread that opened it) and answers requests posted
// from the UI thread (ComplaintClient), so that no SQL, no calendar parsing and no PDF painting
// runs on the UI thread. Every request carries an id chosen by the caller; every answer names it,
// and any error is failed(id, message).
//
// The calendar in force is the journal's (CalendarStore::inForce()); it is read again whenever
// its edited copy changed, so an edit made by the command-line tool is seen on the next request.
class ComplaintWorker : public QObject
{
    Q_OBJECT

public:
    // How a request to count the complaints that need attention is answered.
    struct Reminder
    {
        int overdue = 0; // complaints with a term overdue
        int dueSoon = 0; // the others with a term due soon
    };

    explicit ComplaintWorker(QString databasePath,
                             int dueSoonDays = ComplaintTerms::DefaultDueSoonDays,
                             QObject* parent = nullptr);
    ~ComplaintWorker() override; // closes the Database: delete it on its own thread

public slots:
    void list(quint64 requestId, const iin::ComplaintQuery& query);
    void ofApplication(quint64 requestId, qint64 applicationId, const QDate& today);
    // The whole complaint and its history: audited as a view of personal data.
    void open(quint64 requestId, qint64 complaintId, const QString& operatorId, const QDate& today);
    // `applicationRef`: the application's id or registration number (empty for a complaint
    // about a person only).
    void add(quint64 requestId, const iin::Complaint& complaint, const QString& applicationRef,
             const QString& operatorId, const QDate& today);
    void recordOutcome(quint64 requestId, qint64 complaintId, const iin::ComplaintOutcome& outcome,
                       const QString& operatorId, const QDate& today);
    void recordPrint(quint64 requestId, qint64 complaintId, const QString& operatorId);
    // Opens the complaint (an audited view), paints its summary (ComplaintLayout) into a PDF at
    // `path` and records the print.
    void exportPdf(quint64 requestId, qint64 complaintId, const QString& path,
                   const iin::ComplaintLayout::Options& options, const QString& operatorId);
    void refreshDueDates(quint64 requestId, const QString& operatorId);
    void countReminders(quint64 requestId, const QDate& today);

    // The calendar in force and the years edited in this journal.
    void loadCalendar(quint64 requestId);
    // Saves a year of the journal's calendar (audited), then writes the new due dates into the
    // unfinished complaints (ComplaintRegister::refreshDueDates).
    void saveCalendarYear(quint64 requestId, const iin::CalendarYear& year,
                          const QString& operatorId);
    // Drops the journal's copy of a year, then refreshes the due dates the same way.
    void revertCalendarYear(quint64 requestId, int year, const QString& operatorId);

    // Closes the Database; later requests fail.
    void close();

signals:
    void listed(quint64 requestId, const QList<iin::ComplaintEntry>& entries);
    void opened(quint64 requestId, const iin::ComplaintRecord& record);
    void added(quint64 requestId, const iin::ComplaintEntry& entry);
    void outcomeRecorded(quint64 requestId, const iin::ComplaintEntry& entry);
    void printRecorded(quint64 requestId, qint64 complaintId);
    void exported(quint64 requestId, qint64 complaintId, const QString& path);
    void dueDatesRefreshed(quint64 requestId, int changed);
    void remindersCounted(quint64 requestId, const iin::ComplaintWorker::Reminder& reminder);
    void calendarLoaded(quint64 requestId, const iin::CalendarData& inForce,
                        const iin::CalendarData& journalEdits);
    // `changed`: how many unfinished complaints got new due dates.
    void calendarSaved(quint64 requestId, int year, int changed);
    void failed(quint64 requestId, const QString& message);

private:
    Result<Database*> database();
    // The register over the calendar in force, rebuilt when the journal's calendar changed.
    Result<ComplaintRegister*> complaints();
    void afterCalendarChange(quint64 requestId, int year, const QString& operatorId);

    QString m_path;
    int m_dueSoonDays;
    bool m_closed = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ComplaintRegister> m_register;
    QString m_calendarJson; // the journal's edited copy the register was built with
};

} // namespace iin

Q_DECLARE_METATYPE(iin::ComplaintWorker::Reminder)

#include "core/services/ComplaintWorker.h"

#include "core/operators/Authorization.h"
#include "core/calendar/CalendarStore.h"
#include "core/store/Database.h"
#include "core/documents/DocumentPdf.h"
#include "core/journal/Journal.h"

namespace iin {

ComplaintWorker::ComplaintWorker(QString databasePath, int dueSoonDays, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_dueSoonDays(dueSoonDays)
{
}

ComplaintWorker::~ComplaintWorker()
{
    close();
}

void ComplaintWorker::close()
{
    m_closed = true;
    m_register.reset();
    m_database.reset();
}

Result<Database*> ComplaintWorker::database()
{
    if (m_closed)
        return Error{QStringLiteral("store.closed"), tr("The journal is closed.")};
    // Opened on first use, on this thread; a journal that could not be opened (locked by a
    // backup, say) is tried again on the next request.
    if (!m_database) {
        // The desk's JournalWorker checks the whole file when the session starts; a window
        // opened later need not read a large journal through again (a migration would still
        // check it first).
        Database::Options options;
        options.check = Database::OpenCheck::Deferred;
        Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
        if (!db)
            return db.error();
        m_database = std::move(db).value();
    }
    return m_database.get();
}

Result<ComplaintRegister*> ComplaintWorker::complaints()
{
    Result<Database*> db = database();
    if (!db)
        return db.error();
    CalendarStore store(**db);
    const Result<QString> json = store.editsJson();
    if (!json)
        return json.error();
    if (!m_register || *json != m_calendarJson) {
        Result<CalendarData> edits = store.edits();
        if (!edits)
            return edits.error();
        Result<WorkingCalendar> calendar = CalendarStore::inForce(*edits);
        if (!calendar)
            return calendar.error();
        m_register = std::make_unique<ComplaintRegister>(**db, *calendar, m_dueSoonDays);
        m_calendarJson = *json;
    }
    return m_register.get();
}

void ComplaintWorker::list(quint64 requestId, const ComplaintQuery& query)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    const Result<QList<ComplaintEntry>> entries = (*reg)->list(query);
    if (!entries)
        return emit failed(requestId, entries.errorMessage());
    emit listed(requestId, *entries);
}

void ComplaintWorker::ofApplication(quint64 requestId, qint64 applicationId, const QDate& today)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    const Result<QList<ComplaintEntry>> entries = (*reg)->ofApplication(applicationId, today);
    if (!entries)
        return emit failed(requestId, entries.errorMessage());
    emit listed(requestId, *entries);
}

void ComplaintWorker::open(quint64 requestId, qint64 complaintId, const QString& operatorId,
                           const QDate& today)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    const Result<std::optional<ComplaintRecord>> record =
        (*reg)->open(complaintId, operatorId, today);
    if (!record)
        return emit failed(requestId, record.errorMessage());
    if (!*record)
        return emit failed(requestId, tr("There is no complaint %1.").arg(complaintId));
    emit opened(requestId, **record);
}

void ComplaintWorker::add(quint64 requestId, const Complaint& complaint,
                          const QString& applicationRef, const QString& operatorId,
                          const QDate& today)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    Complaint c = complaint;
    if (!applicationRef.trimmed().isEmpty()) {
        Journal journal(*m_database);
        const Result<std::optional<JournalEntry>> found = journal.find(applicationRef.trimmed());
        if (!found)
            return emit failed(requestId, found.errorMessage());
        if (!*found)
            return emit failed(requestId,
                               tr("There is no application \"%1\" in the journal: give its "
                                  "registration number (or id).")
                                   .arg(applicationRef.trimmed()));
        c.applicationId = (*found)->id;
    }
    const Result<ComplaintEntry> entry = (*reg)->add(c, operatorId, today);
    if (!entry)
        return emit failed(requestId, entry.errorMessage());
    emit added(requestId, *entry);
}

void ComplaintWorker::recordOutcome(quint64 requestId, qint64 complaintId,
                                    const ComplaintOutcome& outcome, const QString& operatorId,
                                    const QDate& today)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    const Result<ComplaintEntry> entry =
        (*reg)->recordOutcome(complaintId, outcome, operatorId, today);
    if (!entry)
        return emit failed(requestId, entry.errorMessage());
    emit outcomeRecorded(requestId, *entry);
}

void ComplaintWorker::recordPrint(quint64 requestId, qint64 complaintId, const QString& operatorId)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    if (Status s = (*reg)->recordPrint(complaintId, operatorId); !s)
        return emit failed(requestId, s.errorMessage());
    emit printRecorded(requestId, complaintId);
}

void ComplaintWorker::exportPdf(quint64 requestId, qint64 complaintId, const QString& path,
                                const ComplaintLayout::Options& options, const QString& operatorId)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    // A PDF written to a file is an export of personal data.
    if (Status s = Authorization::require(m_database->sql(), operatorId, Permission::ExportData);
        !s)
        return emit failed(requestId, s.errorMessage());
    const QDate day = options.printedOn.isValid() ? options.printedOn : QDate::currentDate();
    const Result<std::optional<ComplaintRecord>> record =
        (*reg)->open(complaintId, operatorId, day);
    if (!record)
        return emit failed(requestId, record.errorMessage());
    if (!*record)
        return emit failed(requestId, tr("There is no complaint %1.").arg(complaintId));
    ComplaintLayout::Options o = options;
    o.printedOn = day;
    const Status written = DocumentPdf::write(
        path, QStringLiteral("Шағым туралы анықтама / Справка о жалобе"),
        [&](QPagedPaintDevice* device) { return ComplaintLayout::paint(**record, o, device); });
    if (!written)
        return emit failed(requestId, written.errorMessage());
    if (Status s = (*reg)->recordPrint(complaintId, operatorId); !s)
        return emit failed(requestId, s.errorMessage());
    emit exported(requestId, complaintId, path);
}

void ComplaintWorker::refreshDueDates(quint64 requestId, const QString& operatorId)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    const Result<int> changed = (*reg)->refreshDueDates(operatorId);
    if (!changed)
        return emit failed(requestId, changed.errorMessage());
    emit dueDatesRefreshed(requestId, *changed);
}

void ComplaintWorker::countReminders(quint64 requestId, const QDate& today)
{
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    Reminder reminder;
    ComplaintQuery query;
    query.today = today;
    query.overdue = true;
    query.dueSoon = true;
    query.limit = 1000;
    for (;;) {
        const Result<QList<ComplaintEntry>> page = (*reg)->list(query);
        if (!page)
            return emit failed(requestId, page.errorMessage());
        for (const ComplaintEntry& e : *page)
            ++(e.terms.anyOverdue() ? reminder.overdue : reminder.dueSoon);
        if (page->size() < query.limit)
            break;
        query.beforeId = page->constLast().complaint.id;
    }
    emit remindersCounted(requestId, reminder);
}

void ComplaintWorker::loadCalendar(quint64 requestId)
{
    Result<Database*> db = database();
    if (!db)
        return emit failed(requestId, db.errorMessage());
    CalendarStore store(**db);
    const Result<CalendarData> edits = store.edits();
    if (!edits)
        return emit failed(requestId, edits.errorMessage());
    const Result<WorkingCalendar> inForce = CalendarStore::inForce(*edits);
    if (!inForce)
        return emit failed(requestId, inForce.errorMessage());
    emit calendarLoaded(requestId, inForce->data(), *edits);
}

void ComplaintWorker::saveCalendarYear(quint64 requestId, const CalendarYear& year,
                                       const QString& operatorId)
{
    Result<Database*> db = database();
    if (!db)
        return emit failed(requestId, db.errorMessage());
    if (Status s = CalendarStore(**db).saveYear(year, operatorId); !s)
        return emit failed(requestId, s.errorMessage());
    afterCalendarChange(requestId, year.year, operatorId);
}

void ComplaintWorker::revertCalendarYear(quint64 requestId, int year, const QString& operatorId)
{
    Result<Database*> db = database();
    if (!db)
        return emit failed(requestId, db.errorMessage());
    if (Status s = CalendarStore(**db).revertYear(year, operatorId); !s)
        return emit failed(requestId, s.errorMessage());
    afterCalendarChange(requestId, year, operatorId);
}

void ComplaintWorker::afterCalendarChange(quint64 requestId, int year, const QString& operatorId)
{
    // The calendar is saved by now; the stored due dates follow in a transaction of their own
    // (the computed ones are authoritative meanwhile, and a failed refresh can be run again).
    Result<ComplaintRegister*> reg = complaints();
    if (!reg)
        return emit failed(requestId, reg.errorMessage());
    const Result<int> changed = (*reg)->refreshDueDates(operatorId);
    if (!changed)
        return emit failed(requestId, tr("The calendar is saved, but the complaints' due dates "
                                         "were not updated: %1 Run \"refresh due dates\" again.")
                                          .arg(changed.errorMessage()));
    emit calendarSaved(requestId, year, *changed);
}

} // namespace iin

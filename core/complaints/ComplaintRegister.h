#pragma once

#include "core/base/Result.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintTerms.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace iin {

class Database;

// A complaint with its terms on a given day.
struct ComplaintEntry
{
    Complaint complaint; // lists leave the personal data (complainant, contact, substance,
                         // subject person) empty; ComplaintRegister::open() fills them in
    ComplaintTerms terms;
};

// One line of a complaint's history: its registration and each outcome.
struct ComplaintEvent
{
    QString kind; // "registered", "satisfied_favourably", "forwarded", "decided", "extended",
                  // "due_dates_refreshed"
    QDate on;     // the date the event took effect
    QString at;   // when it was recorded, UTC ISO 8601
    QString operatorId;
    QString reference; // the act, the decision, or the body forwarded to
    QString reason;    // of an extension
    int days = 0;      // of an extension
    QDate forwardDue;  // the due dates as computed then
    QDate reviewDue;
};

struct ComplaintRecord
{
    ComplaintEntry entry;
    QList<ComplaintEvent> history;
};

// What happened to a complaint, as the desk records it.
struct ComplaintOutcome
{
    enum class Kind
    {
        SatisfiedFavourably, // the office adopted a favourable act within the 3 working days
        Forwarded,           // sent with the case file to the reviewing body
        Decided,             // the reviewing body's decision
        Extended,            // the review term extended (quality-control authority)
    };
    Kind kind = Kind::Forwarded;
    QDate on;                                             // when it happened
    QString reference;                                    // the act's or decision's number
    QString forwardedTo;                                  // the reviewing body, for Forwarded
    ComplaintDecision decision = ComplaintDecision::None; // for Decided
    int extensionDays = 0;                                // for Extended: working days added
    QString reason;                                       // for Extended: why
};

struct ComplaintQuery
{
    qint64 applicationId = 0; // 0: every application
    bool openOnly = false;    // only complaints not yet finished
    bool overdue = false;     // only those with a term overdue on `today`
    bool dueSoon = false;     // only those with a term due soon on `today` (with `overdue`: either)
    QDate today;
    qint64 beforeId = 0; // the next page: ids below this one
    int limit = 100;
};

// The complaints register (rules, chapter 3): registration, outcomes and the working-day terms.
// Every change is one transaction with its audit record; reading a complaint's personal data is
// audited as a view. Terms are computed from the calendar given here (the calendar in force);
// the due dates stored with each complaint are a record of what was computed when it was last
// written. docs/complaints.md.
class ComplaintRegister
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRegister)

public:
    static inline const QString Registered = QStringLiteral("complaint.registered");
    static inline const QString OutcomeRecorded = QStringLiteral("complaint.outcome");
    static inline const QString Viewed = QStringLiteral("complaint.viewed");
    static inline const QString Printed = QStringLiteral("complaint.printed");
    static inline const QString DueDatesRefreshed = QStringLiteral("complaint.due_dates_refreshed");

    ComplaintRegister(Database& database, WorkingCalendar calendar,
                      int dueSoonDays = ComplaintTerms::DefaultDueSoonDays);

    // Registers a complaint (its id and the stored fields are ignored). Refused when the
    // application does not exist or the dates are impossible; a complaint filed after the
    // limitation period is registered with a warning in its terms.
    Result<ComplaintEntry> add(const Complaint& complaint, const QString& operatorId,
                               const QDate& today);
    Result<ComplaintEntry> recordOutcome(qint64 id, const ComplaintOutcome& outcome,
                                         const QString& operatorId, const QDate& today);

    // Newest first, without personal data (not audited).
    Result<QList<ComplaintEntry>> list(const ComplaintQuery& query);
    Result<QList<ComplaintEntry>> ofApplication(qint64 applicationId, const QDate& today);
    // The whole complaint with its history; audited as a view of personal data.
    Result<std::optional<ComplaintRecord>> open(qint64 id, const QString& operatorId,
                                                const QDate& today);
    ComplaintTerms termsOf(const Complaint& complaint, const QDate& today) const;

    // Records a print of the summary in the audit trail.
    Status recordPrint(qint64 id, const QString& operatorId);
    // Writes the due dates of the calendar in force into every unfinished complaint whose stored
    // dates differ (after the calendar was edited); returns how many changed.
    Result<int> refreshDueDates(const QString& operatorId);

    const WorkingCalendar& calendar() const { return m_calendar; }
    int dueSoonDays() const { return m_dueSoonDays; }

private:
    Result<std::optional<Complaint>> read(qint64 id, bool withPersonalData);
    Status writeOutcome(const Complaint& before, const Complaint& after,
                        const ComplaintOutcome& outcome, const QString& operatorId);
    Status insertEvent(qint64 id, const QString& kind, const QDate& on, const QString& operatorId,
                       const QString& reference, const QString& reason, int days,
                       const Complaint& dues);
    ComplaintEntry entryOf(Complaint complaint, const QDate& today) const;
    // The due dates of the calendar in force, into the complaint's stored fields.
    void stampDueDates(Complaint& complaint) const;

    Database& m_database;
    WorkingCalendar m_calendar;
    int m_dueSoonDays;
};

} // namespace iin

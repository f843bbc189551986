#pragma once

#include "core/complaints/Complaint.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace iin {

class WorkingCalendar;

enum class ComplaintTermKind
{
    Forward, // paragraph 17 / APC art. 91 p.4: send with the case file to the reviewing body
    Review,  // paragraphs 18-19: the reviewing body's decision
};

enum class ComplaintTermState
{
    Due,     // open, more working days left than the "due soon" threshold
    DueSoon, // open, at most the threshold left (0 on the due date itself)
    Overdue, // open, the due date has passed
    Met,     // done on or before the due date
    Late,    // done, but after the due date
};

// One term of a complaint: how many working days, due when, and where it stands on `today`.
struct ComplaintTerm
{
    ComplaintTermKind kind = ComplaintTermKind::Review;
    int workingDays = 0; // the term, with any extension
    QDate due;           // from the calendar in force: authoritative
    QDate storedDue;     // as written when the complaint was last changed
    QDate doneOn;        // when it was met (invalid while open)
    ComplaintTermState state = ComplaintTermState::Due;
    // Working days after today (or the day it was done) up to the due date; past it, minus
    // the working days after the due date.
    int workingDaysLeft = 0;

    bool isOpen() const;
};

// APC art. 92: 3 months from learning of the act, 6 when the act gave no appeal instructions.
// A late complaint is registered all the same: this is a warning, never a refusal.
struct LimitationCheck
{
    bool known = false; // false when the date of learning was not recorded
    QDate learned;
    int months = 3;
    QDate lastDay; // the last day to complain
    bool late = false;
};

// The terms a complaint is under, computed from the calendar in force for a given day.
//
// Both terms count from the day after registration (WorkingCalendar::addWorkingDays). The
// forward term applies while the complaint must go to the reviewing body; the review term:
// 5 working days for the service provider and the head of the State Corporation, 15 (extendable
// by up to 10) for the quality-control authority and the body for informatization.
struct ComplaintTerms
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintTerms)

public:
    static constexpr int ForwardDays = 3;
    static constexpr int DefaultDueSoonDays = 1;

    QList<ComplaintTerm> terms;
    // APC art. 100 p.5: no decision by the review term's due date counts as a refusal.
    bool deemedRefusal = false;
    LimitationCheck limitation;
    // For the clerk, translated: a complaint filed after the limitation period, years whose
    // calendar data is unconfirmed or missing.
    QStringList warnings;

    // The review term in working days for an addressee, and how far it may be extended.
    static int reviewDays(ComplaintAddressee addressee);
    static int maxExtension(ComplaintAddressee addressee);
    static LimitationCheck limitationOf(const Complaint& complaint);

    static ComplaintTerms compute(const Complaint& complaint, const WorkingCalendar& calendar,
                                  const QDate& today, int dueSoonDays = DefaultDueSoonDays);

    const ComplaintTerm* term(ComplaintTermKind kind) const;
    bool anyOverdue() const;
    bool anyDueSoon() const;
    // The stored due dates differ from the calendar in force (the calendar was edited).
    bool calendarChanged() const;
};

namespace ComplaintCodes {
QString termKind(ComplaintTermKind kind);
QString termState(ComplaintTermState state);
} // namespace ComplaintCodes

} // namespace iin

#include "core/complaints/ComplaintTerms.h"

#include "core/base/EnumCodes.h"
#include "core/calendar/WorkingCalendar.h"

namespace iin {

namespace {

constexpr EnumCode<ComplaintTermKind> TermKinds[] = {
    {ComplaintTermKind::Forward, u"forward"},
    {ComplaintTermKind::Review, u"review"},
};

constexpr EnumCode<ComplaintTermState> TermStates[] = {
    {ComplaintTermState::Due, u"due"},         {ComplaintTermState::DueSoon, u"due_soon"},
    {ComplaintTermState::Overdue, u"overdue"}, {ComplaintTermState::Met, u"met"},
    {ComplaintTermState::Late, u"late"},
};

} // namespace

bool ComplaintTerm::isOpen() const
{
    return state == ComplaintTermState::Due || state == ComplaintTermState::DueSoon ||
           state == ComplaintTermState::Overdue;
}

int ComplaintTerms::reviewDays(ComplaintAddressee addressee)
{
    switch (addressee) {
    case ComplaintAddressee::ServiceProvider:
    case ComplaintAddressee::StateCorporationHead:
        return 5; // Law on public services art. 25 p.2; rules p.18
    case ComplaintAddressee::QualityControl:
    case ComplaintAddressee::InformatizationBody:
        // The rules give 15 for the quality-control authority (p.19); the body for
        // informatization is an authorized body of the same rank and is held to the same term.
        return 15;
    }
    return 5;
}

int ComplaintTerms::maxExtension(ComplaintAddressee addressee)
{
    return reviewDays(addressee) == 15 ? 10 : 0;
}

LimitationCheck ComplaintTerms::limitationOf(const Complaint& c)
{
    LimitationCheck check;
    if (!c.actLearned.isValid() || !c.received.isValid())
        return check;
    check.known = true;
    check.learned = c.actLearned;
    check.months = c.appealInstructionsGiven ? 3 : 6;
    // Learned on 15 January: the three months run to 15 April inclusive.
    check.lastDay = c.actLearned.addMonths(check.months);
    check.late = c.received > check.lastDay;
    return check;
}

namespace {

// Working days from `day` up to `due`; once past it, minus the working days after `due` up to
// `day` (so a Saturday after a Friday due date is still 1 day over, not 2).
int workingDaysLeft(const WorkingCalendar& calendar, const QDate& day, const QDate& due)
{
    return day <= due ? calendar.workingDaysBetween(day, due)
                      : -calendar.workingDaysBetween(due, day);
}

ComplaintTerm termFor(ComplaintTermKind kind, int days, const QDate& storedDue, const QDate& doneOn,
                      const Complaint& c, const WorkingCalendar& calendar, const QDate& today,
                      int dueSoonDays)
{
    ComplaintTerm t;
    t.kind = kind;
    t.workingDays = days;
    t.due = calendar.addWorkingDays(c.received, days);
    t.storedDue = storedDue;
    t.doneOn = doneOn;
    if (doneOn.isValid()) {
        t.state = doneOn <= t.due ? ComplaintTermState::Met : ComplaintTermState::Late;
        t.workingDaysLeft = workingDaysLeft(calendar, doneOn, t.due);
        return t;
    }
    t.workingDaysLeft = workingDaysLeft(calendar, today, t.due);
    if (today > t.due)
        t.state = ComplaintTermState::Overdue;
    else if (t.workingDaysLeft <= dueSoonDays)
        t.state = ComplaintTermState::DueSoon;
    else
        t.state = ComplaintTermState::Due;
    return t;
}

} // namespace

ComplaintTerms ComplaintTerms::compute(const Complaint& c, const WorkingCalendar& calendar,
                                       const QDate& today, int dueSoonDays)
{
    ComplaintTerms result;
    result.limitation = limitationOf(c);
    if (result.limitation.late)
        result.warnings << tr("The complaint was filed after %1, more than %n month(s) after the "
                              "complainant learned of the act (APC art. 92): a warning, not a "
                              "ground to refuse it.",
                              nullptr, result.limitation.months)
                               .arg(result.limitation.lastDay.toString(Qt::ISODate));
    if (!c.received.isValid())
        return result;

    const bool favourable = c.state == ComplaintState::SatisfiedFavourably;
    if (c.forwardToReviewingBody) {
        // A favourable act adopted within the 3 days ends the matter: the term is met by it.
        const QDate done = favourable ? c.favourableActOn : c.forwardedOn;
        result.terms.append(termFor(ComplaintTermKind::Forward, ForwardDays, c.storedForwardDue,
                                    done, c, calendar, today, dueSoonDays));
    }
    const QDate decided = favourable ? c.favourableActOn : c.decidedOn;
    const ComplaintTerm review =
        termFor(ComplaintTermKind::Review, reviewDays(c.addressee) + c.extensionDays,
                c.storedReviewDue, decided, c, calendar, today, dueSoonDays);
    result.terms.append(review);
    result.deemedRefusal = !favourable && (review.state == ComplaintTermState::Overdue ||
                                           review.state == ComplaintTermState::Late);

    QDate last = c.received;
    for (const ComplaintTerm& t : std::as_const(result.terms))
        last = std::max(last, t.due);
    for (int year = c.received.year(); year <= last.year(); ++year) {
        switch (calendar.yearStatus(year)) {
        case WorkingCalendar::YearStatus::Verified:
            break;
        case WorkingCalendar::YearStatus::Unconfirmed:
            result.warnings
                << tr("The calendar data for %1 is unconfirmed: check the due dates against "
                      "the published decrees.")
                       .arg(year);
            break;
        case WorkingCalendar::YearStatus::Missing:
            result.warnings
                << tr("The calendar has no data for %1: the due dates count only the law's "
                      "fixed holidays.")
                       .arg(year);
            break;
        }
    }
    return result;
}

const ComplaintTerm* ComplaintTerms::term(ComplaintTermKind kind) const
{
    for (const ComplaintTerm& t : terms)
        if (t.kind == kind)
            return &t;
    return nullptr;
}

bool ComplaintTerms::anyOverdue() const
{
    return std::any_of(terms.cbegin(), terms.cend(), [](const ComplaintTerm& t) {
        return t.state == ComplaintTermState::Overdue;
    });
}

bool ComplaintTerms::anyDueSoon() const
{
    return std::any_of(terms.cbegin(), terms.cend(), [](const ComplaintTerm& t) {
        return t.state == ComplaintTermState::DueSoon;
    });
}

bool ComplaintTerms::calendarChanged() const
{
    return std::any_of(terms.cbegin(), terms.cend(), [](const ComplaintTerm& t) {
        return t.storedDue.isValid() && t.storedDue != t.due;
    });
}

namespace ComplaintCodes {

QString termKind(ComplaintTermKind kind)
{
    return codeOf(TermKinds, kind);
}

QString termState(ComplaintTermState state)
{
    return codeOf(TermStates, state);
}

} // namespace ComplaintCodes

} // namespace iin

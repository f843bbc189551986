#include "core/office/ComplaintDeadline.h"

namespace iin {

QList<ComplaintDeadline> ComplaintDeadlines::all()
{
    return {ComplaintDeadline::Overdue, ComplaintDeadline::Today, ComplaintDeadline::Soon,
            ComplaintDeadline::Later};
}

QString ComplaintDeadlines::code(ComplaintDeadline d)
{
    switch (d) {
    case ComplaintDeadline::Overdue:
        return QStringLiteral("overdue");
    case ComplaintDeadline::Today:
        return QStringLiteral("today");
    case ComplaintDeadline::Soon:
        return QStringLiteral("soon");
    case ComplaintDeadline::Later:
        return QStringLiteral("later");
    }
    return {};
}

const ComplaintTerm* ComplaintDeadlines::firstOpen(const ComplaintTerms& terms)
{
    const ComplaintTerm* first = nullptr;
    for (const ComplaintTerm& t : terms.terms) {
        if (t.isOpen() && (!first || t.due < first->due))
            first = &t;
    }
    return first;
}

std::optional<ComplaintDeadline> ComplaintDeadlines::of(const ComplaintTerms& terms,
                                                        const QDate& today)
{
    const ComplaintTerm* first = firstOpen(terms);
    if (!first)
        return std::nullopt;
    if (first->state == ComplaintTermState::Overdue || first->due < today)
        return ComplaintDeadline::Overdue;
    if (first->due == today)
        return ComplaintDeadline::Today;
    // workingDaysLeft counts the working days after today up to the due date.
    if (first->workingDaysLeft <= SoonWorkingDays)
        return ComplaintDeadline::Soon;
    return ComplaintDeadline::Later;
}

} // namespace iin

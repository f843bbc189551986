#pragma once

#include "core/complaints/ComplaintTerms.h"

#include <QDate>

#include <optional>

namespace iin {

// Where an unfinished complaint stands by the term that runs out first (the forward term or
// the review term, whichever open one is due earlier): the dashboard's buckets and the
// complaints window's matching filter.
enum class ComplaintDeadline
{
    Overdue, // the due date has passed
    Today,   // due today
    Soon,    // due within SoonWorkingDays working days after today
    Later,   // due later than that
};

class ComplaintDeadlines
{
public:
    static constexpr int SoonWorkingDays = 3;

    static QList<ComplaintDeadline> all();
    static QString code(ComplaintDeadline d); // "overdue" "today" "soon" "later"
    // The open term due first, nullopt when no term is open (a finished complaint).
    static const ComplaintTerm* firstOpen(const ComplaintTerms& terms);
    static std::optional<ComplaintDeadline> of(const ComplaintTerms& terms, const QDate& today);
};

} // namespace iin

#pragma once

#include "core/application/ApplicationStatus.h"
#include "core/base/Result.h"
#include "core/office/ComplaintDeadline.h"
#include "core/office/OfficeThresholds.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace iin {

class ComplaintRegister;

// The applications registered (or refused) on one local day, by where each stands now.
struct DayOutcomes
{
    QDate day;
    QList<qint64> counts; // one per DashboardFigures::outcomes(), in that order
    qint64 total() const;
};

// A band of ages: the clock started (queued, printed) in [since, before) UTC; an invalid end
// is open. `from`/`to` are the band in the chart's unit (hours or days) for its label, `to` -1
// for "more than `from`".
struct AgeBand
{
    int from = 0;
    int to = -1;
    QDateTime since;
    QDateTime before;
    qint64 count = 0;
};

struct OutboxAges
{
    QList<AgeBand> bands; // hours: <1, 1-4, 4-24, >24
    int stuckHours = 0;   // OfficeThresholds::outboxStuckHours
    qint64 stuck = 0;     // entries queued more than stuckHours ago
    QDateTime stuckBefore;
};

struct HandoverBacklog
{
    QList<AgeBand> bands; // whole days since printing: 0-2, 3-7, 8-N, >N
    int withinDays = 0;   // N = OfficeThresholds::handoverWithinDays
};

struct BlanksOnHand
{
    qint64 onHand = 0;
    int below = 0; // OfficeThresholds::blanksBelow
};

struct ComplaintDeadlineCounts
{
    QList<qint64> counts; // one per ComplaintDeadlines::all(), in that order
};

// Everything the supervisor's dashboard paints, as of `now`.
struct Dashboard
{
    QDateTime now;           // UTC
    QList<DayOutcomes> days; // oldest first, the last one today (local)
    OutboxAges outbox;
    HandoverBacklog handover;
    BlanksOnHand blanks;
    ComplaintDeadlineCounts complaints;
};

// The supervisor's figures (docs/office.md, "The supervisor's dashboard"): counts aggregated in
// SQL over indexed ranges, never the rows themselves, so that a million-row journal answers as
// fast as a small one. The complaints are the exception: their terms need the working calendar,
// so the unfinished ones (few per office) are read through the register.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    static constexpr int DefaultDays = 14;
    static constexpr int MaxDays = 92;

    // The outcomes a supervisor reads per day, in the order the chart stacks them. Registered
    // and sent are both "waiting for the registry"; drafts are not applications yet.
    static QList<ApplicationStatus> outcomes();

    // Applications created on each of the `days` local days ending with `lastDay`, by status.
    static Result<QList<DayOutcomes>> outcomesByDay(QSqlDatabase db, const QDate& lastDay,
                                                    int days);
    // Outbox entries not answered yet (pending or in flight), by how long ago they were queued.
    static Result<OutboxAges> outboxAges(QSqlDatabase db, const OfficeThresholds& thresholds,
                                         const QDateTime& now);
    // Certificates printed and not handed over, by whole days since printing.
    static Result<HandoverBacklog>
    handoverBacklog(QSqlDatabase db, const OfficeThresholds& thresholds, const QDateTime& now);
    static Result<BlanksOnHand> blanks(QSqlDatabase db, const OfficeThresholds& thresholds);
    // Unfinished complaints by the term that runs out first.
    static Result<ComplaintDeadlineCounts> complaints(ComplaintRegister& complaints,
                                                      const QDate& today);

    // All of it for `operatorId` (Permission::SuperviseOffice).
    static Result<Dashboard> read(QSqlDatabase db, ComplaintRegister& complaints,
                                  const OfficeThresholds& thresholds, const QString& operatorId,
                                  const QDateTime& now, int days = DefaultDays);

    // The statements the figures run, for checking their query plans.
    static QStringList sql();
};

} // namespace iin

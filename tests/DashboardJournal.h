#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace iin {
class Database;
}

namespace iin::test {

// A journal with known contents for the supervisor's dashboard, written relative to `now`: the
// applications registered on the last three local days in every outcome, outbox entries of
// every age (one exactly on the stuck threshold), certificates printed 1 to 11 days ago,
// 20 blanks on hand, and complaints whose first term is overdue, due today, soon or later as
// of `complaintsToday` (a Wednesday in a month without holidays).
struct DashboardJournal
{
    QDateTime now;
    QDate today;
    // Ids of the applications each figure counts.
    QMap<QString, QList<qint64>> ids; // "day0/registered", "outbox/1-4", "handover/8-10"...

    static QDate complaintsToday() { return QDate(2026, 4, 15); }
};

// Fills the (empty, migrated) journal `db`; false with a warning when something failed.
// `onTheEdge`: one request queued exactly on the stuck threshold (for figures computed as of
// `now` itself); otherwise half an hour inside it, for a window that reads the figures later.
bool fillDashboardJournal(Database& db, const QDateTime& now, DashboardJournal* out,
                          bool onTheEdge = true);

} // namespace iin::test

#include "tests/DashboardJournal.h"

#include "tests/StoreTestData.h"

#include "core/blanks/BlankLedger.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace iin::test {

namespace {

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool exec(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

bool fillDashboardJournal(Database& db, const QDateTime& now, DashboardJournal* out, bool onTheEdge)
{
    out->now = now.toUTC();
    out->today = now.toLocalTime().date();
    Journal journal(db);
    int n = 0;
    const auto local = [](const QDate& day, const QTime& time) {
        return QDateTime(day, time, QTimeZone::systemTimeZone());
    };
    // An application registered at `created`, moved to `status` at `changed`; its outbox entry
    // in `outboxState`, queued at `queued` (when valid).
    const auto add = [&](const QString& status, const QDateTime& created, const QDateTime& changed,
                         const QString& outboxState, const QDateTime& queued) -> qint64 {
        Result<Registration> r = journal.registerApplication(sampleIntake(n++), sampleDesk());
        if (!r) {
            qWarning("registration failed: %s", qPrintable(r.errorMessage()));
            return 0;
        }
        const qint64 id = r->applicationId;
        bool ok = exec(db,
                       QStringLiteral("UPDATE applications SET status = ?, created_at = ?,"
                                      " updated_at = ? WHERE id = ?"),
                       {status, utc(created), utc(changed.isValid() ? changed : created), id});
        ok = ok && exec(db,
                        QStringLiteral("UPDATE outbox SET state = ?, created_at = ?"
                                       " WHERE application_id = ?"),
                        {outboxState, utc(queued.isValid() ? queued : created), id});
        return ok ? id : 0;
    };
    const QDate d0 = out->today;
    const QDate d1 = d0.addDays(-1);
    const QDate d2 = d0.addDays(-2);
    const QDateTime h = now; // ages are counted back from here
    const auto hoursAgo = [&](double hours) { return h.addMSecs(qint64(-hours * 3600 * 1000)); };
    const auto daysAgo = [&](double days) { return hoursAgo(days * 24); };
    auto& ids = out->ids;

    // Today: waiting for the registry (one queued half an hour ago, one in flight two hours
    // ago), a refusal at the first millisecond of the day, a cancellation.
    ids["day0/registered"] << add("registered", local(d0, QTime(10, 0)), {}, "pending",
                                  hoursAgo(0.5));
    ids["outbox/0-1"] << ids["day0/registered"];
    ids["day0/sent"] << add("sent", local(d0, QTime(9, 0)), {}, "in_flight", hoursAgo(2));
    ids["outbox/1-4"] << ids["day0/sent"];
    ids["day0/refused_at_intake"] << add("refused_at_intake", local(d0, QTime(0, 0)), {},
                                         "cancelled", {});
    ids["day0/cancelled"] << add("cancelled", local(d0, QTime(11, 0)), {}, "cancelled", {});
    // Yesterday: an IIN at the last millisecond of the day, a certificate printed a day ago.
    ids["day1/iin_assigned"] << add("iin_assigned", local(d1, QTime(23, 59, 59, 999)), {}, "done",
                                    {});
    ids["day1/certificate_printed"]
        << add("certificate_printed", local(d1, QTime(12, 0)), daysAgo(1), "done", {});
    ids["handover/0-2"] << ids["day1/certificate_printed"];
    // The day before: a rejection, a handover, one queued 30 hours ago and one 5 hours ago.
    ids["day2/rejected"] << add("rejected", local(d2, QTime(8, 0)), {}, "rejected", {});
    ids["day2/handed_over"] << add("handed_over", local(d2, QTime(8, 30)), {}, "done", {});
    ids["day2/sent"] << add("sent", local(d2, QTime(9, 0)), {}, "pending", hoursAgo(30));
    ids["outbox/24-"] << ids["day2/sent"];
    ids["day2/registered"] << add("registered", local(d2, QTime(9, 30)), {}, "pending",
                                  hoursAgo(5));
    ids["outbox/4-24"] << ids["day2/registered"];
    // Older than the chart's days: queued exactly 4 hours ago (on the threshold: not stuck,
    // in the 1-4 band), and certificates printed 5, 9, 10 days 23 hours and 11 days 1 hour ago.
    const QDate old = d0.addDays(-30);
    ids["outbox/1-4"] << add("registered", local(old, QTime(10, 0)), {}, "pending",
                             hoursAgo(onTheEdge ? 4 : 3.5));
    ids["handover/3-7"] << add("certificate_printed", local(old, QTime(10, 0)), daysAgo(5), "done",
                               {});
    ids["handover/8-10"] << add("certificate_printed", local(old, QTime(10, 0)), daysAgo(9), "done",
                                {});
    ids["handover/8-10"] << add("certificate_printed", local(old, QTime(10, 0)),
                                daysAgo(10 + 23.0 / 24), "done", {});
    ids["handover/11-"] << add("certificate_printed", local(old, QTime(10, 0)),
                               daysAgo(11 + 1.0 / 24), "done", {});
    // A draft is not an application yet: counted nowhere.
    Result<qint64> draft = journal.saveDraft(sampleIntake(n++), sampleDesk());
    if (!draft)
        return false;
    exec(db, QStringLiteral("UPDATE applications SET created_at = ? WHERE id = ?"),
         {utc(local(d0, QTime(10, 0))), *draft});
    for (const QList<qint64>& list : std::as_const(ids)) {
        if (list.contains(0))
            return false;
    }

    if (!BlankLedger::balance(db.sql()) ||
        !BlankLedger::receive(db.sql(), QStringLiteral("supervisor"), QStringLiteral("AA"), 101,
                              120))
        return false;

    // Complaints, as of a Wednesday in April 2026 (no holidays near): the forward term of 3
    // working days runs out first when it applies.
    ComplaintRegister complaints(db, WorkingCalendar());
    const qint64 about = ids["day2/handed_over"].first();
    const auto complain = [&](const QDate& received, bool forward) {
        Complaint c;
        c.applicationId = about;
        c.addressee = ComplaintAddressee::ServiceProvider;
        c.received = received;
        c.channel = ComplaintChannel::Post;
        c.complainant = QStringLiteral("Қасымов Ерлан");
        c.substance = QStringLiteral("Куәлік уақытында берілмеді");
        c.forwardToReviewingBody = forward;
        return complaints.add(c, QStringLiteral("supervisor"), received);
    };
    // Thu 9 Apr: forward due Tue 14 (overdue); Fri 10: due Wed 15 (today); Mon 13: due Thu 16
    // (1 working day left); Wed 15: due Mon 20 (3 left); Wed 15 without forwarding: the review
    // term of 5 working days, due Wed 22 (later).
    const QDate t = DashboardJournal::complaintsToday();
    return complain(t.addDays(-6), true) && complain(t.addDays(-5), true) &&
           complain(t.addDays(-2), true) && complain(t, true) && complain(t, false);
}

} // namespace iin::test

#include "tests/DashboardJournal.h"
#include "tests/StoreTestData.h"

#include "core/calendar/WorkingCalendar.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/office/DashboardFigures.h"
#include "core/store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The supervisor's figures over a journal on disk whose every row is known
// (tests/DashboardJournal): each count, each band's bounds, and the query plans.
class TestDashboardFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomesPerDay();
    void outboxAges();
    void handoverBacklog();
    void handoverBandsFollowTheThreshold();
    void blanksOnHand();
    void complaintsByFirstTerm();
    void readAsksForThePermission();
    void bandsMatchTheJournalSearch();
    void queriesUseIndexes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DashboardJournal m_journal;
    OfficeThresholds m_thresholds;
};

void TestDashboardFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openOrFail(m_dir.filePath("journal.sqlite"));
    QVERIFY(m_db);
    QVERIFY(fillDashboardJournal(*m_db, QDateTime::currentDateTimeUtc(), &m_journal));
    QCOMPARE(m_thresholds.outboxStuckHours, 4);
    QCOMPARE(m_thresholds.handoverWithinDays, 10);
}

void TestDashboardFigures::outcomesPerDay()
{
    Result<QList<DayOutcomes>> days =
        DashboardFigures::outcomesByDay(m_db->sql(), m_journal.today, 4);
    QVERIFY2(days, qPrintable(days.errorMessage()));
    QCOMPARE(days->size(), 4);
    const QList<ApplicationStatus> order = DashboardFigures::outcomes();
    for (int back = 0; back < 4; ++back) {
        const DayOutcomes& d = days->at(3 - back);
        QCOMPARE(d.day, m_journal.today.addDays(-back));
        QCOMPARE(d.counts.size(), order.size());
        qint64 total = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            const QString key =
                QStringLiteral("day%1/%2").arg(back).arg(ApplicationStatuses::toString(order[i]));
            QCOMPARE(d.counts[i], qint64(m_journal.ids.value(key).size()));
            total += d.counts[i];
        }
        QCOMPARE(d.total(), total);
    }
    // Today: registered, sent, refused at intake, cancelled (the draft not counted).
    QCOMPARE(days->at(3).total(), 4);
    QCOMPARE(days->at(2).total(), 2);
    QCOMPARE(days->at(1).total(), 4);
    QCOMPARE(days->at(0).total(), 0);
}

void TestDashboardFigures::outboxAges()
{
    Result<OutboxAges> ages =
        DashboardFigures::outboxAges(m_db->sql(), m_thresholds, m_journal.now);
    QVERIFY2(ages, qPrintable(ages.errorMessage()));
    QCOMPARE(ages->bands.size(), 4);
    const QList<QPair<int, int>> labels{{0, 1}, {1, 4}, {4, 24}, {24, -1}};
    const QStringList keys{"outbox/0-1", "outbox/1-4", "outbox/4-24", "outbox/24-"};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(ages->bands[i].from, labels[i].first);
        QCOMPARE(ages->bands[i].to, labels[i].second);
        QCOMPARE(ages->bands[i].count, qint64(m_journal.ids.value(keys[i]).size()));
    }
    QCOMPARE(ages->bands[1].count, 2); // one exactly on the threshold
    QVERIFY(!ages->bands[0].before.isValid());
    QCOMPARE(ages->bands[1].since, m_journal.now.addSecs(-4 * 3600));
    QVERIFY(!ages->bands[3].since.isValid());
    QCOMPARE(ages->stuckHours, 4);
    QCOMPARE(ages->stuck, 2); // queued 5 and 30 hours ago; 4 hours ago is not past it
}

void TestDashboardFigures::handoverBacklog()
{
    Result<HandoverBacklog> backlog =
        DashboardFigures::handoverBacklog(m_db->sql(), m_thresholds, m_journal.now);
    QVERIFY2(backlog, qPrintable(backlog.errorMessage()));
    QCOMPARE(backlog->withinDays, 10);
    QCOMPARE(backlog->bands.size(), 4);
    const QList<QPair<int, int>> labels{{0, 2}, {3, 7}, {8, 10}, {10, -1}};
    const QStringList keys{"handover/0-2", "handover/3-7", "handover/8-10", "handover/11-"};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(backlog->bands[i].from, labels[i].first);
        QCOMPARE(backlog->bands[i].to, labels[i].second);
        QCOMPARE(backlog->bands[i].count, qint64(m_journal.ids.value(keys[i]).size()));
    }
    QCOMPARE(backlog->bands[2].count, 2);
    QCOMPARE(backlog->bands[3].before, m_journal.now.addDays(-11));
}

void TestDashboardFigures::handoverBandsFollowTheThreshold()
{
    OfficeThresholds t;
    t.handoverWithinDays = 5;
    Result<HandoverBacklog> backlog =
        DashboardFigures::handoverBacklog(m_db->sql(), t, m_journal.now);
    QVERIFY2(backlog, qPrintable(backlog.errorMessage()));
    // 0-2, 3-5, more than 5: the 8-N band has nothing left to hold.
    QCOMPARE(backlog->bands.size(), 3);
    QCOMPARE(backlog->bands[1].to, 5);
    QCOMPARE(backlog->bands[2].from, 5);
    QCOMPARE(backlog->bands[0].count, 1);
    QCOMPARE(backlog->bands[1].count, 1);
    QCOMPARE(backlog->bands[2].count, 3);
}

void TestDashboardFigures::blanksOnHand()
{
    Result<BlanksOnHand> blanks = DashboardFigures::blanks(m_db->sql(), m_thresholds);
    QVERIFY2(blanks, qPrintable(blanks.errorMessage()));
    QCOMPARE(blanks->onHand, 20);
    QCOMPARE(blanks->below, m_thresholds.blanksBelow);
}

void TestDashboardFigures::complaintsByFirstTerm()
{
    ComplaintRegister complaints(*m_db, WorkingCalendar());
    Result<ComplaintDeadlineCounts> counts =
        DashboardFigures::complaints(complaints, DashboardJournal::complaintsToday());
    QVERIFY2(counts, qPrintable(counts.errorMessage()));
    QCOMPARE(counts->counts, (QList<qint64>{1, 1, 2, 1}));
    // A finished complaint counts nowhere: a week later every term has passed.
    Result<ComplaintDeadlineCounts> later =
        DashboardFigures::complaints(complaints, DashboardJournal::complaintsToday().addDays(14));
    QVERIFY(later);
    QCOMPARE(later->counts, (QList<qint64>{5, 0, 0, 0}));
}

void TestDashboardFigures::readAsksForThePermission()
{
    ComplaintRegister complaints(*m_db, WorkingCalendar());
    // A journal without accounts lets everything through (Authorization).
    Result<Dashboard> all = DashboardFigures::read(m_db->sql(), complaints, m_thresholds,
                                                   "supervisor", m_journal.now, 3);
    QVERIFY2(all, qPrintable(all.errorMessage()));
    QCOMPARE(all->days.size(), 3);
    QCOMPARE(all->days.last().day, m_journal.today);
    QCOMPARE(all->outbox.stuck, 2);
    QCOMPARE(all->blanks.onHand, 20);
    QCOMPARE(all->handover.bands.size(), 4);
    QCOMPARE(all->complaints.counts.size(), 4);
}

void TestDashboardFigures::bandsMatchTheJournalSearch()
{
    // What a click on a bar opens: the journal's search with the band's bounds finds exactly
    // the applications the band counts.
    Journal journal(*m_db);
    Result<OutboxAges> ages =
        DashboardFigures::outboxAges(m_db->sql(), m_thresholds, m_journal.now);
    QVERIFY(ages);
    const QStringList outboxKeys{"outbox/0-1", "outbox/1-4", "outbox/4-24", "outbox/24-"};
    for (int i = 0; i < 4; ++i) {
        JournalQuery q;
        q.unanswered = true;
        q.queuedSince = ages->bands[i].since;
        q.queuedBefore = ages->bands[i].before;
        Result<QList<JournalEntry>> found = journal.search(q);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QList<qint64> ids;
        for (const JournalEntry& e : *found)
            ids << e.id;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, m_journal.ids.value(outboxKeys[i]));
    }
    Result<HandoverBacklog> backlog =
        DashboardFigures::handoverBacklog(m_db->sql(), m_thresholds, m_journal.now);
    QVERIFY(backlog);
    const QStringList handoverKeys{"handover/0-2", "handover/3-7", "handover/8-10", "handover/11-"};
    for (int i = 0; i < 4; ++i) {
        JournalQuery q;
        q.status = ApplicationStatus::CertificatePrinted;
        q.changedSince = backlog->bands[i].since;
        q.changedBefore = backlog->bands[i].before;
        q.ascending = true;
        Result<QList<JournalEntry>> found = journal.search(q);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QList<qint64> ids;
        for (const JournalEntry& e : *found)
            ids << e.id;
        QCOMPARE(ids, m_journal.ids.value(handoverKeys[i]));
    }
    // A day's outcome: the status and the day.
    JournalQuery q;
    q.status = ApplicationStatus::RefusedAtIntake;
    q.from = q.to = m_journal.today;
    Result<QList<JournalEntry>> found = journal.search(q);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, m_journal.ids.value("day0/refused_at_intake").first());
}

void TestDashboardFigures::queriesUseIndexes()
{
    for (const QString& sql : DashboardFigures::sql()) {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.prepare("EXPLAIN QUERY PLAN " + sql));
        for (int i = 0; i < sql.count('?'); ++i)
            q.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        QVERIFY(q.exec());
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(" | ");
        for (const QString& step : plan) {
            if (step.startsWith("SCAN"))
                QVERIFY2(step.contains("INDEX"), qPrintable(text));
        }
        QVERIFY2(text.contains("INDEX"), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "TestDashboardFigures.moc"

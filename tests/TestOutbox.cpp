#include "tests/StoreTestData.h"

#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace std::chrono_literals;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void takingDueMarksInFlightAndSent();
    void successWritesResultStatusAndAuditTogether();
    void successIsRecordedOnce();
    void rejectionKeepsTheReason();
    void existingIinIsAssignedToo();
    void answerForAnotherKeyIsRefused();
    void waitForTheRegistrysDecisionAsksByKeyLater();
    void failureBacksOffAndPersists();
    void backoffGrowsIsClampedAndJittered();
    void unavailableRegistryIsTriedAgainSoon();
    void permanentFailureWaitsLongest();
    void restartResumesWhereItStopped();
    void failedResultLeavesNothingHalfDone();
    void clockSetBackDoesNotStallRetries();
    void clockAheadThenCorrectedDoesNotStallRetries();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    qint64 registerOne(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t0 = QDateTime::currentDateTimeUtc().addSecs(10);
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openOrFail(path());
    QVERIFY(m_db);
}

void TestOutbox::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestOutbox::registerOne(int n)
{
    Result<Registration> r = Journal(*m_db).registerApplication(sampleIntake(n), sampleDesk());
    return r ? r->applicationId : -1;
}

void TestOutbox::takingDueMarksInFlightAndSent()
{
    const qint64 a = registerOne(0);
    const qint64 b = registerOne(1);
    Outbox outbox(*m_db);
    Result<QList<OutboxEntry>> due = outbox.takeDue(m_t0, 1, "sync");
    QVERIFY2(due, qPrintable(due.errorMessage()));
    QCOMPARE(due->size(), 1);
    const OutboxEntry& e = due->first();
    QCOMPARE(e.applicationId, a);
    QCOMPARE(e.state, OutboxState::InFlight);
    QVERIFY(!e.applicationJson.isEmpty());
    QVERIFY(!e.registrationNumber.isEmpty());
    QCOMPARE(Journal(*m_db).entry(a).value()->status, ApplicationStatus::Sent);
    QCOMPARE(Journal(*m_db).entry(b).value()->status, ApplicationStatus::Registered);
    QCOMPARE(outbox.entry(e.id).value()->state, OutboxState::InFlight);
    // An entry in flight is not handed out twice.
    Result<QList<OutboxEntry>> next = outbox.takeDue(m_t0, 10, "sync");
    QCOMPARE(next->size(), 1);
    QCOMPARE(next->first().applicationId, b);
    QVERIFY(outbox.takeDue(m_t0, 10, "sync")->isEmpty());
    QCOMPARE(outbox.unfinished()->size(), 2);
}

void TestOutbox::successWritesResultStatusAndAuditTogether()
{
    const qint64 id = registerOne(0);
    Outbox outbox(*m_db);
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(outbox.recordAnswer(e.id, formedAnswer(e, "800101300016"), m_t0, "sync"));

    const JournalEntry entry = *Journal(*m_db).entry(id).value();
    QCOMPARE(entry.status, ApplicationStatus::IinAssigned);
    QCOMPARE(entry.iin, "800101300016");
    QCOMPARE(outbox.entry(e.id).value()->state, OutboxState::Done);
    const Result<RegistryAnswer> stored = RegistryAnswer::fromJson(
        QJsonDocument::fromJson(
            scalar(*m_db, "SELECT registry_result_json FROM applications").toByteArray())
            .object());
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->iin, "800101300016");
    QCOMPARE(stored->idempotencyKey, QUuid::fromString(e.idempotencyKey));
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM audit_log WHERE action = 'outbox.result'").toInt(),
             1);
    QCOMPARE(scalar(*m_db, "SELECT to_status FROM status_history ORDER BY id DESC").toString(),
             "iin_assigned");
    QVERIFY(outbox.unfinished()->isEmpty());
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestOutbox::successIsRecordedOnce()
{
    registerOne(0);
    Outbox outbox(*m_db);
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(outbox.recordAnswer(e.id, formedAnswer(e, "800101300016"), m_t0, "sync"));
    const Status again = outbox.recordAnswer(e.id, formedAnswer(e, "900101300017"), m_t0, "sync");
    QVERIFY(!again);
    QCOMPARE(again.error().code, "outbox.not_in_flight");
    QCOMPARE(scalar(*m_db, "SELECT iin FROM applications").toString(), "800101300016");
}

void TestOutbox::rejectionKeepsTheReason()
{
    const qint64 id = registerOne(0);
    Outbox outbox(*m_db);
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(
        outbox.recordAnswer(e.id, rejectedAnswer(e, "document_reported_lost"), m_t0, "sync"));
    QCOMPARE(Journal(*m_db).entry(id).value()->status, ApplicationStatus::Rejected);
    QCOMPARE(outbox.entry(e.id).value()->state, OutboxState::Rejected);
    QCOMPARE(outbox.entry(e.id).value()->lastError, "document_reported_lost");
    QCOMPARE(scalar(*m_db, "SELECT note FROM status_history ORDER BY id DESC").toString(),
             "document_reported_lost");
    QVERIFY(Journal(*m_db).entry(id).value()->iin.isEmpty());
}

void TestOutbox::existingIinIsAssignedToo()
{
    const qint64 id = registerOne(0);
    Outbox outbox(*m_db);
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(outbox.recordAnswer(
        e.id, formedAnswer(e, "800101300016", RegistryAnswer::State::Existing), m_t0, "sync"));
    QCOMPARE(Journal(*m_db).entry(id).value()->status, ApplicationStatus::IinAssigned);
    QCOMPARE(Journal(*m_db).entry(id).value()->iin, "800101300016");
    QVERIFY(scalar(*m_db, "SELECT details FROM audit_log WHERE action = 'outbox.result'")
                .toString()
                .contains("existing"));
}

void TestOutbox::answerForAnotherKeyIsRefused()
{
    registerOne(0);
    registerOne(1);
    Outbox outbox(*m_db);
    const QList<OutboxEntry> due = *outbox.takeDue(m_t0, 10, "sync");
    QCOMPARE(due.size(), 2);
    const Status s =
        outbox.recordAnswer(due[0].id, formedAnswer(due[1], "800101300016"), m_t0, "sync");
    QVERIFY(!s);
    QCOMPARE(s.error().code, "outbox.answer_mismatch");
    QCOMPARE(outbox.entry(due[0].id).value()->state, OutboxState::InFlight);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM applications WHERE iin IS NOT NULL").toInt(), 0);
}

void TestOutbox::waitForTheRegistrysDecisionAsksByKeyLater()
{
    const qint64 id = registerOne(0);
    Outbox outbox(*m_db);
    OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    RegistryAnswer wait = formedAnswer(e, {}, RegistryAnswer::State::PendingReview);
    wait.reviewId = 41;
    // Only a wait for this entry's key is written as one.
    RegistryAnswer other = wait;
    other.idempotencyKey = QUuid::createUuid();
    QCOMPARE(
        outbox.recordAwaitingDecision(e.id, other, m_t0, m_t0.addSecs(600), "sync").error().code,
        "outbox.answer_mismatch");
    QCOMPARE(outbox
                 .recordAwaitingDecision(e.id, formedAnswer(e, "800101300016"), m_t0,
                                         m_t0.addSecs(600), "sync")
                 .error()
                 .code,
             "outbox.answer_mismatch");

    STORE_VERIFY(outbox.recordAwaitingDecision(e.id, wait, m_t0, m_t0.addSecs(600), "sync"));
    e = *outbox.entry(e.id).value();
    QCOMPARE(e.state, OutboxState::Pending);
    QVERIFY(e.uncertain); // asked about by key, never sent again
    QCOMPARE(e.nextAttemptAt, m_t0.addSecs(600));
    QVERIFY(e.lastError.isEmpty());
    QCOMPARE(scalar(*m_db, "SELECT review_id FROM outbox").toString(), "41");
    const JournalEntry waiting = *Journal(*m_db).entry(id).value();
    QCOMPARE(waiting.status, ApplicationStatus::Sent);
    QVERIFY(waiting.iin.isEmpty());
    QCOMPARE(waiting.reviewId, "41");
    QVERIFY(outbox.takeDue(m_t0.addSecs(599), 10, "sync")->isEmpty());

    // Asked again: still waiting. One audit record for the wait, not one per question.
    e = outbox.takeDue(m_t0.addSecs(600), 10, "sync")->first();
    STORE_VERIFY(
        outbox.recordAwaitingDecision(e.id, wait, m_t0.addSecs(600), m_t0.addSecs(1200), "sync"));
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM audit_log WHERE details LIKE "
                           "'%pending_review%'")
                 .toInt(),
             1);
    // Decided: the final answer is written as any other; the entry no longer waits.
    e = outbox.takeDue(m_t0.addSecs(1200), 10, "sync")->first();
    STORE_VERIFY(
        outbox.recordAnswer(e.id, formedAnswer(e, "800101300016", RegistryAnswer::State::Existing),
                            m_t0.addSecs(1200), "sync"));
    QCOMPARE(Journal(*m_db).entry(id).value()->status, ApplicationStatus::IinAssigned);
    QVERIFY(Journal(*m_db).entry(id).value()->reviewId.isEmpty());
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestOutbox::failureBacksOffAndPersists()
{
    registerOne(0);
    Outbox outbox(*m_db, Backoff{10s, 2.0, 1h, 0.0});
    OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(outbox.recordFailure(e.id, "connection refused", FailureKind::Transient, m_t0));
    OutboxEntry after = *outbox.entry(e.id).value();
    QCOMPARE(after.state, OutboxState::Pending);
    QCOMPARE(after.attempts, 1);
    QCOMPARE(after.lastError, "connection refused");
    QCOMPARE(after.nextAttemptAt, m_t0.addSecs(10));
    QVERIFY(!after.uncertain);
    QVERIFY(outbox.takeDue(m_t0.addSecs(9), 10, "sync")->isEmpty());

    e = outbox.takeDue(m_t0.addSecs(10), 10, "sync")->first();
    QCOMPARE(e.idempotencyKey, after.idempotencyKey); // the same key on every retry
    STORE_VERIFY(outbox.recordFailure(e.id, "timed out", FailureKind::Uncertain, m_t0.addSecs(10)));
    after = *outbox.entry(e.id).value();
    QCOMPARE(after.attempts, 2);
    QCOMPARE(after.nextAttemptAt, m_t0.addSecs(10 + 20));
    QVERIFY(after.uncertain);
    QCOMPARE(Journal(*m_db).entry(e.applicationId).value()->status, ApplicationStatus::Sent);
}

void TestOutbox::backoffGrowsIsClampedAndJittered()
{
    const Backoff b{30s, 2.0, 1h, 0.2};
    QCOMPARE(b.delayAfter(1, 0.5), 30000ms);
    QCOMPARE(b.delayAfter(2, 0.5), 60000ms);
    QCOMPARE(b.delayAfter(5, 0.5), 480000ms);
    QCOMPARE(b.delayAfter(30, 0.5), 3600000ms);
    QCOMPARE(b.delayAfter(1000, 0.999), 3600000ms); // clamped even with jitter
    QCOMPARE(b.delayAfter(1, 0.0), 24000ms);
    QVERIFY(b.delayAfter(1, 0.999) <= 36000ms && b.delayAfter(1, 0.999) > 35000ms);

    // The jitter is drawn per failure and lands in the database.
    registerOne(0);
    Outbox outbox(*m_db, b);
    outbox.setRandom([] { return 0.0; });
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(outbox.recordFailure(e.id, "503", FailureKind::Transient, m_t0));
    QCOMPARE(outbox.entry(e.id).value()->nextAttemptAt, m_t0.addSecs(24));
}

void TestOutbox::unavailableRegistryIsTriedAgainSoon()
{
    // The registry's Retry-After within [1 s, 5 min], or a few seconds without one: never the
    // growing delay (the outage of its database passes in seconds).
    const Backoff b{30s, 2.0, 1h, 0.2};
    QCOMPARE(b.delayAfterUnavailable(std::chrono::seconds(2), 0.5), 2000ms);
    QCOMPARE(b.delayAfterUnavailable(std::nullopt, 0.5), 5000ms);
    QCOMPARE(b.delayAfterUnavailable(std::chrono::seconds(0), 0.5), 1000ms);
    QCOMPARE(b.delayAfterUnavailable(std::chrono::hours(3), 0.999), 300000ms);
    QCOMPARE(b.delayAfterUnavailable(std::chrono::seconds(10), 0.0), 8000ms);

    registerOne(0);
    Outbox outbox(*m_db, b);
    outbox.setRandom([] { return 0.5; });
    OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    // Many attempts already: a growing delay would be an hour by now.
    for (int i = 0; i < 12; ++i) {
        STORE_VERIFY(outbox.recordFailure(e.id, "registry_unavailable: m", FailureKind::Unavailable,
                                          m_t0, std::chrono::seconds(3)));
        e = outbox.takeDue(m_t0.addSecs(3), 10, "sync")->first();
    }
    STORE_VERIFY(outbox.recordFailure(e.id, "registry_unavailable: m", FailureKind::Unavailable,
                                      m_t0, std::chrono::seconds(3)));
    const OutboxEntry after = *outbox.entry(e.id).value();
    QCOMPARE(after.state, OutboxState::Pending);
    QCOMPARE(after.attempts, 13);
    QCOMPARE(after.nextAttemptAt, m_t0.addSecs(3));
    QVERIFY(!after.uncertain); // the registry said no: nothing was recorded there
}

void TestOutbox::permanentFailureWaitsLongest()
{
    registerOne(0);
    Outbox outbox(*m_db, Backoff{10s, 2.0, 2h, 0.2});
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    STORE_VERIFY(outbox.recordFailure(e.id, "400 bad request", FailureKind::Permanent, m_t0));
    QCOMPARE(outbox.entry(e.id).value()->nextAttemptAt, m_t0.addSecs(7200));
}

void TestOutbox::restartResumesWhereItStopped()
{
    registerOne(0);
    registerOne(1);
    qint64 inFlight = 0;
    qint64 failed = 0;
    {
        Outbox outbox(*m_db, Backoff{60s, 2.0, 1h, 0.0});
        Result<QList<OutboxEntry>> due = outbox.takeDue(m_t0, 10, "sync");
        QCOMPARE(due->size(), 2);
        inFlight = due->at(0).id;
        failed = due->at(1).id;
        STORE_VERIFY(outbox.recordFailure(failed, "no route", FailureKind::Transient, m_t0));
    }
    // The program stops with one request in flight; a new process opens the file.
    m_db.reset();
    m_db = openOrFail(path());
    QVERIFY(m_db);
    Outbox outbox(*m_db);
    const QDateTime later = m_t0.addSecs(5);
    Result<int> reset = outbox.reconcile(later);
    QVERIFY(reset);
    QCOMPARE(*reset, 1);
    const OutboxEntry resumed = *outbox.entry(inFlight).value();
    QCOMPARE(resumed.state, OutboxState::Pending);
    QVERIFY(resumed.uncertain); // ask the registry about the key before sending again
    QCOMPARE(resumed.nextAttemptAt, later);
    const OutboxEntry waiting = *outbox.entry(failed).value();
    QCOMPARE(waiting.attempts, 1);
    QCOMPARE(waiting.lastError, "no route");
    QCOMPARE(waiting.nextAttemptAt, m_t0.addSecs(60));
    Result<QList<OutboxEntry>> due = outbox.takeDue(later, 10, "sync");
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().id, inFlight);
    QVERIFY(due->first().uncertain);
}

void TestOutbox::failedResultLeavesNothingHalfDone()
{
    const qint64 id = registerOne(0);
    Outbox outbox(*m_db);
    const OutboxEntry e = outbox.takeDue(m_t0, 10, "sync")->first();
    // Someone moved the application on behind the queue's back (cancelled it by hand): the
    // result cannot be applied, and neither the entry nor the IIN may be half written.
    QVERIFY(execSql(*m_db, "UPDATE applications SET status = 'cancelled'"));
    const Status s = outbox.recordAnswer(e.id, formedAnswer(e, "800101300016"), m_t0, "sync");
    QVERIFY(!s);
    QCOMPARE(s.error().code, "status.transition");
    QCOMPARE(outbox.entry(e.id).value()->state, OutboxState::InFlight);
    QVERIFY(Journal(*m_db).entry(id).value()->iin.isEmpty());
}

void TestOutbox::clockSetBackDoesNotStallRetries()
{
    registerOne(0);
    registerOne(1);
    Outbox outbox(*m_db, Backoff{30s, 2.0, 1h, 0.0});
    const QList<OutboxEntry> due = *outbox.takeDue(m_t0, 10, "sync");
    QCOMPARE(due.size(), 2);
    STORE_VERIFY(outbox.recordFailure(due[0].id, "network: refused", FailureKind::Transient, m_t0));
    STORE_VERIFY(outbox.recordFailure(due[1].id, "network: refused", FailureKind::Transient, m_t0));
    // By the clock that recorded the failures, nothing is due for 30 s.
    QVERIFY(outbox.takeDue(m_t0.addSecs(29), 10, "sync")->isEmpty());
    QCOMPARE(outbox.nextAttemptAt(m_t0.addSecs(29)).value(), m_t0.addSecs(30));

    // The clock is set back two hours: the retry times were reckoned on a clock that no longer
    // holds. Waiting for them would stall the queue for two hours; they are due at once.
    const QDateTime setBack = m_t0.addSecs(-2 * 3600);
    QCOMPARE(outbox.nextAttemptAt(setBack).value(), setBack);
    QList<OutboxEntry> again = *outbox.takeDue(setBack, 10, "sync");
    QCOMPARE(again.size(), 2);
    QCOMPARE(again[0].idempotencyKey, due[0].idempotencyKey);

    // A failure on the new clock backs off from the new clock, as usual.
    STORE_VERIFY(
        outbox.recordFailure(again[0].id, "network: refused", FailureKind::Transient, setBack));
    QCOMPARE(outbox.entry(again[0].id).value()->nextAttemptAt, setBack.addSecs(60));
    QVERIFY(outbox.takeDue(setBack.addSecs(59), 10, "sync")->isEmpty());
    QCOMPARE(outbox.takeDue(setBack.addSecs(60), 10, "sync")->size(), 1);
}

void TestOutbox::clockAheadThenCorrectedDoesNotStallRetries()
{
    registerOne(0);
    Outbox outbox(*m_db, Backoff{30s, 2.0, 1h, 0.0});
    // The desk's clock ran a year ahead; the registry refused for a reason a person must clear,
    // so the entry waits the longest delay — by that clock.
    const QDateTime ahead = m_t0.addYears(1);
    const OutboxEntry e = outbox.takeDue(ahead, 10, "sync")->first();
    STORE_VERIFY(outbox.recordFailure(e.id, "unauthenticated: x", FailureKind::Permanent, ahead));
    QCOMPARE(outbox.entry(e.id).value()->nextAttemptAt, ahead.addSecs(3600));
    // The clock is corrected: the entry does not wait a year.
    QCOMPARE(outbox.takeDue(m_t0.addSecs(1), 10, "sync")->size(), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"

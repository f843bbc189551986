#include "tests/StoreTestData.h"

#include "core/blanks/BlankLedger.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/office/OfficeExceptions.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

using Kind = OfficeException::Kind;

// The exceptions a supervisor answers for (docs/office.md, "Exceptions"): a journal on disk whose
// applications stand in each state, looked at from moments before and past each threshold.
class TestOfficeExceptions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachKindPastItsThresholdAndNotBefore();
    void anApplicationIsListedOnceUnderItsMostSpecificKind();
    void scopedByOperatorAndPeriod();
    void blanksLowOnlyWhenTheJournalReceivedBlanks();
    void everyQueryRunsOnAnIndex();

private:
    void buildDay();
    QList<OfficeException> at(const QDateTime& now, const ExceptionScope& scope = {});
    static QStringList kinds(const QList<OfficeException>& list);
    static const OfficeException* of(const QList<OfficeException>& list, qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    OfficeThresholds m_t; // 4 h in the outbox, 24 h for an IIN, 24 h to print, 10 days
    QDateTime m_before;   // before the first registration
    QDateTime m_now;      // after the last event
    qint64 m_stuck = 0, m_review = 0, m_formed = 0, m_printed = 0, m_reprinted = 0, m_refused = 0;
};

void TestOfficeExceptions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openOrFail(m_dir->filePath("journal.sqlite"));
    QVERIFY(m_db);
}

void TestOfficeExceptions::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// clerk.a registers five applications and clerk.b one, and refuses one: one request left in
// flight, one held for the registry's officer, one IIN formed, one certificate printed by clerk.b
// and one printed and reprinted (reason "lost"); the desk's clock warned once.
void TestOfficeExceptions::buildDay()
{
    m_before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Journal journal(*m_db);
    DeskContext a = sampleDesk();
    a.operatorId = "clerk.a";
    DeskContext b = sampleDesk();
    b.operatorId = "clerk.b";
    const auto reg = [&](int n, const DeskContext& desk) {
        Result<Registration> r = journal.registerApplication(sampleIntake(n), desk);
        return r ? r->applicationId : 0;
    };
    m_stuck = reg(1, a);
    m_review = reg(2, a);
    m_formed = reg(3, a);
    m_printed = reg(4, b);
    m_reprinted = reg(5, a);
    QVERIFY(m_stuck && m_review && m_formed && m_printed && m_reprinted);
    Intake refused = sampleIntake(6);
    refused.findings = {Finding{"row8.translation_missing", "Annex 3, row 8, item 2",
                                Severity::MissingDocument, "attachments", "Missing."}};
    Result<qint64> r = journal.refuseAtIntake(refused, b);
    QVERIFY(r);
    m_refused = *r;

    Outbox outbox(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 100, "sync");
    QVERIFY(due);
    QCOMPARE(due->size(), 5);
    for (const OutboxEntry& e : *due) {
        if (e.applicationId == m_stuck)
            continue; // sent, never answered
        if (e.applicationId == m_review) {
            RegistryAnswer wait = formedAnswer(e, {}, RegistryAnswer::State::PendingReview);
            wait.reviewId = 41;
            STORE_VERIFY(outbox.recordAwaitingDecision(e.id, wait, now, now.addSecs(600), "sync"));
            continue;
        }
        STORE_VERIFY(outbox.recordAnswer(e.id, formedAnswer(e, "800101300016"), now, "sync"));
    }
    STORE_VERIFY(journal.changeStatus(m_printed, ApplicationStatus::CertificatePrinted, "clerk.b"));
    STORE_VERIFY(
        journal.changeStatus(m_reprinted, ApplicationStatus::CertificatePrinted, "clerk.a"));
    const QString subject = QStringLiteral("application:%1").arg(m_reprinted);
    STORE_VERIFY(AuditTrail::record(
        *m_db, {"clerk.a", AuditTrail::Printed, subject,
                QJsonObject{{"document", "certificate"}, {"copy", "original"}}}));
    STORE_VERIFY(AuditTrail::record(
        *m_db,
        {"clerk.a", AuditTrail::Printed, subject,
         QJsonObject{{"document", "certificate"}, {"copy", "duplicate"}, {"reason", "lost"}}}));
    // A receipt printed again is no reprint of a certificate.
    STORE_VERIFY(AuditTrail::record(
        *m_db, {"clerk.a", AuditTrail::Printed, QStringLiteral("application:%1").arg(m_formed),
                QJsonObject{{"document", "acceptance_receipt"}, {"copy", "duplicate"}}}));
    STORE_VERIFY(AuditTrail::record(
        *m_db, {"clerk.a", AuditTrail::ClockSkew, "clock", QJsonObject{{"skew_seconds", 600}}}));
    m_now = QDateTime::currentDateTimeUtc().addSecs(1);
}

QList<OfficeException> TestOfficeExceptions::at(const QDateTime& now, const ExceptionScope& scope)
{
    Result<QList<OfficeException>> r = OfficeExceptions::find(m_db->sql(), m_t, now, scope);
    if (!r) {
        qWarning("%s", qPrintable(r.errorMessage()));
        return {};
    }
    return *r;
}

QStringList TestOfficeExceptions::kinds(const QList<OfficeException>& list)
{
    QStringList codes;
    for (const OfficeException& e : list)
        codes.append(OfficeException::code(e.kind));
    return codes;
}

const OfficeException* TestOfficeExceptions::of(const QList<OfficeException>& list, qint64 id)
{
    for (const OfficeException& e : list)
        if (e.applicationId == id)
            return &e;
    return nullptr;
}

void TestOfficeExceptions::eachKindPastItsThresholdAndNotBefore()
{
    buildDay();
    const qint64 hour = 3600;
    // Now and three hours on: only the events (the reprint and the clock warning).
    QCOMPARE(kinds(at(m_now)), QStringList({"reprint", "clock_warning"}));
    QCOMPARE(kinds(at(m_now.addSecs(3 * hour))), QStringList({"reprint", "clock_warning"}));
    // Past four hours the request in flight is stuck.
    QList<OfficeException> list = at(m_now.addSecs(5 * hour));
    QCOMPARE(kinds(list), QStringList({"outbox_stuck", "reprint", "clock_warning"}));
    const OfficeException* stuck = of(list, m_stuck);
    QVERIFY(stuck);
    QCOMPARE(stuck->operatorId, "clerk.a");
    QVERIFY(!stuck->registrationNumber.isEmpty());
    QVERIFY(stuck->since >= m_before && stuck->since <= m_now);
    // 23 hours: the IIN and the print are not late yet.
    QCOMPARE(kinds(at(m_now.addSecs(23 * hour))),
             QStringList({"outbox_stuck", "reprint", "clock_warning"}));
    // 25 hours: the request held for the officer has no IIN, the formed one is not printed.
    list = at(m_now.addSecs(25 * hour));
    QCOMPARE(kinds(list), QStringList({"outbox_stuck", "iin_not_assigned", "not_printed", "reprint",
                                       "clock_warning"}));
    QCOMPARE(of(list, m_review)->kind, Kind::IinNotAssigned);
    QCOMPARE(of(list, m_review)->detail, "review 41");
    QCOMPARE(of(list, m_formed)->kind, Kind::NotPrinted);
    QCOMPARE(of(list, m_formed)->operatorId, "clerk.a");
    // Nine days: still nothing for the printed certificates; eleven: clerk.b's not handed over.
    QVERIFY(!kinds(at(m_now.addDays(9))).contains("not_handed_over"));
    list = at(m_now.addDays(11));
    QCOMPARE(kinds(list), QStringList({"outbox_stuck", "iin_not_assigned", "not_printed",
                                       "not_handed_over", "reprint", "clock_warning"}));
    QCOMPARE(of(list, m_printed)->operatorId, "clerk.b");
    QVERIFY(!of(list, m_refused));
    const OfficeException& clock = list.last();
    QCOMPARE(clock.applicationId, 0);
    QCOMPARE(clock.detail, "600");
}

void TestOfficeExceptions::anApplicationIsListedOnceUnderItsMostSpecificKind()
{
    buildDay();
    // The request in flight is also an IIN not formed in time, and the reprinted certificate
    // is also not handed over: each is listed once, as stuck and as a reprint.
    const QList<OfficeException> list = at(m_now.addDays(11));
    QSet<qint64> seen;
    for (const OfficeException& e : list) {
        if (e.applicationId == 0)
            continue;
        QVERIFY2(!seen.contains(e.applicationId), qPrintable(OfficeException::code(e.kind)));
        seen.insert(e.applicationId);
    }
    QCOMPARE(of(list, m_stuck)->kind, Kind::OutboxStuck);
    const OfficeException* reprint = of(list, m_reprinted);
    QCOMPARE(reprint->kind, Kind::Reprint);
    QCOMPARE(reprint->detail, "lost");
    QCOMPARE(reprint->operatorId, "clerk.a");
    QVERIFY(!reprint->registrationNumber.isEmpty());
}

void TestOfficeExceptions::scopedByOperatorAndPeriod()
{
    buildDay();
    ExceptionScope b;
    b.operatorId = "clerk.b";
    // clerk.b answers for the certificate printed; the desk's clock concerns everyone at it.
    QList<OfficeException> list = at(m_now.addDays(11), b);
    QCOMPARE(kinds(list), QStringList({"not_handed_over", "clock_warning"}));
    QCOMPARE(list.first().applicationId, m_printed);
    ExceptionScope a;
    a.operatorId = "clerk.a";
    QCOMPARE(kinds(at(m_now.addDays(11), a)),
             QStringList(
                 {"outbox_stuck", "iin_not_assigned", "not_printed", "reprint", "clock_warning"}));
    // A period before the day holds none of its events; one around it holds them.
    ExceptionScope earlier;
    earlier.from = m_before.addDays(-2);
    earlier.to = m_before.addDays(-1);
    QCOMPARE(kinds(at(m_now, earlier)), QStringList());
    ExceptionScope around;
    around.from = m_before;
    around.to = m_now;
    QCOMPARE(kinds(at(m_now, around)), QStringList({"reprint", "clock_warning"}));
    // [from, to): the end is outside.
    ExceptionScope ending;
    ending.from = m_before.addDays(-1);
    ending.to = m_before;
    QCOMPARE(kinds(at(m_now, ending)), QStringList());
}

void TestOfficeExceptions::blanksLowOnlyWhenTheJournalReceivedBlanks()
{
    m_t.blanksBelow = 50;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Never received any: the journal prints without blanks, none is "low".
    QCOMPARE(kinds(at(now)), QStringList());
    STORE_VERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "KZ", 1, 5));
    QList<OfficeException> list = at(now);
    QCOMPARE(kinds(list), QStringList({"blanks_low"}));
    QCOMPARE(list.first().detail, "5");
    STORE_VERIFY(BlankLedger::spoil(m_db->sql(), "supervisor.dana", 1, SpoilReason::Jam));
    QCOMPARE(at(now).first().detail, "4");
    m_t.blanksBelow = 4; // four on hand is not fewer than four
    QCOMPARE(kinds(at(now)), QStringList());
    m_t.blanksBelow = 5;
    QCOMPARE(kinds(at(now)), QStringList({"blanks_low"}));
}

void TestOfficeExceptions::everyQueryRunsOnAnIndex()
{
    fillJournal(m_dir->filePath("journal.sqlite"), 50);
    for (const QString& sql : OfficeExceptions::queries()) {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.prepare("EXPLAIN QUERY PLAN " + sql));
        for (int i = 0; i < sql.count(u'?'); ++i)
            q.addBindValue(QStringLiteral("x"));
        QVERIFY2(q.exec(), qPrintable(sql));
        QStringList plan;
        while (q.next())
            plan.append(q.value(3).toString());
        for (const QString& step : plan)
            QVERIFY2(!step.startsWith(u"SCAN"), qPrintable(sql + "\n" + plan.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestOfficeExceptions)
#include "TestOfficeExceptions.moc"

#include "tests/ShiftedClock.h"
#include "tests/StoreTestData.h"

#include "core/blanks/BlankLedger.h"
#include "core/documents/DocumentPrinter.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The security-paper blanks ledger in the journal (docs/office.md): ranges received, the blank
// each certificate print consumes in the print's own transaction, spoiled blanks, the balance.
class TestBlankLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSerialServesOnce();
    void aPrintThatFailsToPaintConsumesNoBlank();
    void balanceAfterAScriptedSequence();
    void noBlankOnHandFailsThePrint();
    void trainingJournalGetsTrainingBlanks();
    void rangesHandedToAClerksShift();
    void aReturnClosesTheClerksHolding();
    void balancesPerClerkAndPerDay();

private:
    qint64 withIin(int n) { return applicationWithIin(*m_db, n); }
    Result<PrintRecord> printTo(qint64 id, const QString& file, std::optional<qint64> blank = {},
                                const QString& operatorId = "clerk.aigerim");
    QString pdf(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBlankLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openOrFail(m_dir->filePath("journal.sqlite"));
    QVERIFY(m_db);
}

void TestBlankLedger::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// No registry here: the prints are signed with the training keys, as on a training desk; the
// blanks are the ones each test received (the training range only when none was).
Result<PrintRecord> TestBlankLedger::printTo(qint64 id, const QString& file,
                                             std::optional<qint64> blank, const QString& operatorId)
{
    QPdfWriter writer(file);
    PrintOptions options;
    options.operatorId = operatorId;
    options.training = true;
    options.blankSerial = blank;
    return DocumentPrinter(*m_db).printCertificate(id, &writer, options);
}

void TestBlankLedger::aSerialServesOnce()
{
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "AB", 100, 104));
    const qint64 id = withIin(1);
    QVERIFY(id > 0);
    const Result<PrintRecord> first = printTo(id, pdf("a.pdf"), 102);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->blankSerial, 102);

    // The ledger refuses the serial again: for a print, for a spoil.
    const Result<PrintRecord> again = printTo(id, pdf("b.pdf"), 102);
    QVERIFY(!again);
    QCOMPARE(again.error().code, "blanks.used");
    const Status spoiled =
        BlankLedger::spoil(m_db->sql(), "supervisor.dana", 102, SpoilReason::Jam);
    QVERIFY(!spoiled);
    QCOMPARE(spoiled.error().code, "blanks.used");
    // ... and so does the database, whatever a program asks.
    QSqlQuery q(m_db->sql());
    QVERIFY(!q.exec("INSERT INTO blank_uses (serial, kind, operator_id, at) "
                    "VALUES (102, 'spoiled', 'x', '2026-01-01')"));
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM blank_uses WHERE serial = 102").toInt(), 1);

    // Ranges overlapping one received before are refused.
    const Result<BlankRange> overlap =
        BlankLedger::receive(m_db->sql(), "supervisor.dana", "AB", 104, 110);
    QVERIFY(!overlap);
    QCOMPARE(overlap.error().code, "blanks.overlap");
    // A serial outside every range is not on hand.
    QCOMPARE(printTo(id, pdf("c.pdf"), 500).error().code, "blanks.not_received");
}

void TestBlankLedger::aPrintThatFailsToPaintConsumesNoBlank()
{
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "AB", 1, 3));
    const qint64 id = withIin(2);
    QVERIFY(id > 0);
    const qint64 auditBefore = scalar(*m_db, "SELECT count(*) FROM audit_log").toLongLong();
    // A PDF in a folder that does not exist: the painter cannot begin, nothing is painted.
    const Result<PrintRecord> failed = printTo(id, m_dir->filePath("missing/dir/x.pdf"));
    QVERIFY(!failed);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM blank_uses").toInt(), 0);
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM audit_log").toLongLong(), auditBefore);
    QCOMPARE(
        scalar(*m_db, QString("SELECT status FROM applications WHERE id = %1").arg(id)).toString(),
        "iin_assigned");
    const Result<BlankBalance> b = BlankLedger::balance(m_db->sql());
    QVERIFY(b);
    QCOMPARE(b->onHand, 3);
    QCOMPARE(*b->next, 1);

    // The next print that paints takes that same blank and records it with the number printed.
    const Result<PrintRecord> printed = printTo(id, pdf("ok.pdf"));
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    QCOMPARE(printed->blankSerial, 1);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec("SELECT certificate_number, application_id, copy FROM blank_uses "
                   "WHERE serial = 1") &&
            q.next());
    QCOMPARE(q.value(0).toString(), printed->certificateNumber);
    QCOMPARE(q.value(1).toLongLong(), id);
    QCOMPARE(q.value(2).toString(), "original");
    const QList<QJsonObject> prints = printRecords(m_db->path(), id);
    QCOMPARE(prints.size(), 1);
    QCOMPARE(prints.constFirst()["blank_serial"].toInteger(), 1);
}

void TestBlankLedger::balanceAfterAScriptedSequence()
{
    // Two ranges received, three prints (one a DUPLICATE), one blank spoiled.
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "AB", 1, 10));
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "AC", 501, 505));
    const qint64 a = withIin(3);
    const qint64 b = withIin(4);
    QVERIFY(a > 0 && b > 0);
    QVERIFY(printTo(a, pdf("1.pdf")));
    QVERIFY(BlankLedger::spoil(m_db->sql(), "supervisor.dana", 2, SpoilReason::Misprint));
    const Result<PrintRecord> duplicate = printTo(a, pdf("2.pdf"));
    QVERIFY(duplicate);
    QVERIFY(duplicate->duplicate);
    QCOMPARE(duplicate->blankSerial, 3);
    const Result<PrintRecord> other = printTo(b, pdf("3.pdf"), 503);
    QVERIFY(other);
    QCOMPARE(other->blankSerial, 503);

    const Result<BlankBalance> balance = BlankLedger::balance(m_db->sql());
    QVERIFY(balance);
    QCOMPARE(balance->received, 15);
    QCOMPARE(balance->issued, 3);
    QCOMPARE(balance->spoiled, 1);
    QCOMPARE(balance->onHand, 11);
    QCOMPARE(balance->begin + balance->received - balance->issued - balance->spoiled,
             balance->onHand);
    QCOMPARE(*balance->next, 4);
    // Each change is in the audit trail.
    QCOMPARE(
        scalar(*m_db, "SELECT count(*) FROM audit_log WHERE action = 'blanks.received'").toInt(),
        2);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec("SELECT details FROM audit_log WHERE action = 'blanks.spoiled'") && q.next());
    QVERIFY(q.value(0).toString().contains("\"reason\":\"misprint\""));
    QVERIFY(q.value(0).toString().contains("\"countersigned_by\":\"supervisor.dana\""));
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestBlankLedger::noBlankOnHandFailsThePrint()
{
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", {}, 7, 7));
    const qint64 id = withIin(5);
    QVERIFY(id > 0);
    QVERIFY(printTo(id, pdf("1.pdf")));
    const Result<PrintRecord> none = printTo(id, pdf("2.pdf"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, "blanks.none_on_hand");
    QCOMPARE(printTo(id, pdf("3.pdf"), 7).error().code, "blanks.none_on_hand");
    QCOMPARE(scalar(*m_db, "SELECT count(*) FROM blank_uses").toInt(), 1);
}

void TestBlankLedger::trainingJournalGetsTrainingBlanks()
{
    const qint64 id = withIin(6);
    QVERIFY(id > 0);
    const Result<PrintRecord> printed = printTo(id, pdf("t.pdf"));
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    QCOMPARE(printed->blankSerial, 1);
    const Result<QList<BlankRange>> ranges = BlankLedger::ranges(m_db->sql());
    QVERIFY(ranges);
    QCOMPARE(ranges->size(), 1);
    QCOMPARE(ranges->constFirst().series, "TRAINING");
    QVERIFY(ranges->constFirst().training);
    QCOMPARE(BlankLedger::balance(m_db->sql())->onHand, 9998);
}

void TestBlankLedger::rangesHandedToAClerksShift()
{
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "AB", 100, 199));
    const qint64 id = withIin(7);
    QVERIFY(id > 0);
    // Before any hand-out the office prints from its stock, as it always did.
    const Result<PrintRecord> before = printTo(id, pdf("0.pdf"), {}, "clerk.bolat");
    QVERIFY2(before, qPrintable(before.errorMessage()));
    QCOMPARE(before->blankSerial, 100);

    const Result<BlankHandout> aigerim =
        BlankLedger::handOut(m_db->sql(), "supervisor.dana", 110, 119, "clerk.aigerim");
    QVERIFY2(aigerim, qPrintable(aigerim.errorMessage()));
    QCOMPARE(aigerim->count(), 10);
    // A range overlapping what another clerk holds, a used serial, serials never received.
    const Result<BlankHandout> overlap =
        BlankLedger::handOut(m_db->sql(), "supervisor.dana", 115, 125, "clerk.bolat");
    QVERIFY(!overlap);
    QCOMPARE(overlap.error().code, "blanks.held");
    QVERIFY(overlap.errorMessage().contains("clerk.aigerim"));
    QCOMPARE(
        BlankLedger::handOut(m_db->sql(), "supervisor.dana", 100, 105, "clerk.bolat").error().code,
        "blanks.used");
    QCOMPARE(
        BlankLedger::handOut(m_db->sql(), "supervisor.dana", 190, 210, "clerk.bolat").error().code,
        "blanks.not_received");
    QCOMPARE(
        BlankLedger::handOut(m_db->sql(), "supervisor.dana", 120, 110, "clerk.bolat").error().code,
        "blanks.bad_range");
    QVERIFY(BlankLedger::handOut(m_db->sql(), "supervisor.dana", 120, 124, "clerk.bolat"));

    // Each clerk prints from their own holding: the next of theirs by default.
    const Result<PrintRecord> own = printTo(id, pdf("1.pdf"));
    QVERIFY2(own, qPrintable(own.errorMessage()));
    QCOMPARE(own->blankSerial, 110);
    QCOMPARE(*BlankLedger::nextFor(m_db->sql(), "clerk.bolat").value(), 120);
    // A serial another clerk holds is refused, naming that clerk; so is the office's stock.
    const Result<PrintRecord> others = printTo(id, pdf("2.pdf"), 111, "clerk.bolat");
    QVERIFY(!others);
    QCOMPARE(others.error().code, "blanks.held");
    QVERIFY(others.errorMessage().contains("clerk.aigerim"));
    QCOMPARE(printTo(id, pdf("3.pdf"), 150).error().code, "blanks.not_held");
    // A clerk who holds none prints nothing once the office hands out.
    const Result<PrintRecord> none = printTo(id, pdf("4.pdf"), {}, "clerk.dias");
    QVERIFY(!none);
    QCOMPARE(none.error().code, "blanks.none_held");
    QCOMPARE(printTo(id, pdf("5.pdf"), 150, "clerk.dias").error().code, "blanks.none_held");
    // The spoil of a blank in a clerk's hands counts against the clerk.
    QVERIFY(BlankLedger::spoil(m_db->sql(), "supervisor.dana", 121, SpoilReason::Jam));
    QCOMPARE(scalar(*m_db, "SELECT holder FROM blank_uses WHERE serial = 121").toString(),
             "clerk.bolat");
    QCOMPARE(scalar(*m_db, "SELECT holder FROM blank_uses WHERE serial = 110").toString(),
             "clerk.aigerim");
    // The database still refuses a serial a second time, whoever holds it.
    QSqlQuery q(m_db->sql());
    QVERIFY(!q.exec("INSERT INTO blank_uses (serial, kind, operator_id, at, holder) "
                    "VALUES (110, 'spoiled', 'x', '2026-01-01', 'clerk.aigerim')"));

    QSqlQuery audit(m_db->sql());
    QVERIFY(audit.exec("SELECT operator, details FROM audit_log WHERE action = 'blanks.handed_out' "
                       "ORDER BY seq") &&
            audit.next());
    QCOMPARE(audit.value(0).toString(), "supervisor.dana");
    QVERIFY(audit.value(1).toString().contains("\"to\":\"clerk.aigerim\""));
    QVERIFY(audit.value(1).toString().contains("\"first\":110"));
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestBlankLedger::aReturnClosesTheClerksHolding()
{
    QVERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", {}, 1, 50));
    const qint64 id = withIin(8);
    QVERIFY(id > 0);
    QVERIFY(BlankLedger::handOut(m_db->sql(), "supervisor.dana", 1, 10, "clerk.aigerim"));
    QVERIFY(printTo(id, pdf("1.pdf")));
    QVERIFY(printTo(id, pdf("2.pdf")));
    const Result<qint64> back =
        BlankLedger::takeBack(m_db->sql(), "supervisor.dana", "clerk.aigerim");
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(*back, 8);
    QCOMPARE(BlankLedger::takeBack(m_db->sql(), "supervisor.dana", "clerk.aigerim").error().code,
             "blanks.none_held");
    QCOMPARE(printTo(id, pdf("3.pdf")).error().code, "blanks.none_held");
    // The rest is the office's again and can go to another clerk.
    QVERIFY(BlankLedger::handOut(m_db->sql(), "supervisor.dana", 3, 10, "clerk.bolat"));
    const Result<PrintRecord> bolat = printTo(id, pdf("4.pdf"), {}, "clerk.bolat");
    QVERIFY2(bolat, qPrintable(bolat.errorMessage()));
    QCOMPARE(bolat->blankSerial, 3);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec("SELECT details FROM audit_log WHERE action = 'blanks.returned'") && q.next());
    QVERIFY(q.value(0).toString().contains("\"from\":\"clerk.aigerim\""));
    QVERIFY(q.value(0).toString().contains("\"count\":8"));
    const Result<BlankBalance> aigerim =
        BlankLedger::balance(m_db->sql(), BlankScope{"clerk.aigerim", {}, {}});
    QVERIFY(aigerim);
    QCOMPARE(aigerim->received, 10);
    QCOMPARE(aigerim->issued, 2);
    QCOMPARE(aigerim->returned, 8);
    QCOMPARE(aigerim->onHand, 0);
    QVERIFY(!aigerim->next);
    // Only a supervisor hands out and takes back.
    OperatorDirectory directory(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(directory.create("admin", "A", Role::Administrator, "pw-admin-0001", "en", {}, now));
    QVERIFY(
        directory.create("clerk.aigerim", "A", Role::Clerk, "pw-clerk-0001", "en", "admin", now));
    QCOMPARE(
        BlankLedger::handOut(m_db->sql(), "clerk.aigerim", 20, 29, "clerk.aigerim").error().code,
        "operator.not_permitted");
    QCOMPARE(BlankLedger::takeBack(m_db->sql(), "clerk.aigerim", "clerk.bolat").error().code,
             "operator.not_permitted");
}

// A scripted sequence over two days and two clerks: every scope's balance adds up, begin +
// received − issued − spoiled − returned = on hand, and each figure is the one expected.
void TestBlankLedger::balancesPerClerkAndPerDay()
{
    const qint64 id = withIin(9);
    QVERIFY(id > 0);
    // Two days ahead of the clock, so that everything else the journal records is before them.
    auto [clock, installed] = ShiftedClock::install();
    const QDate day1 = QDate::currentDate().addDays(1);
    const QDate day2 = day1.addDays(1);
    const auto at = [&](const QDate& day) {
        clock->shift(std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(
            QDateTime(day, QTime(10, 0), Qt::LocalTime).toUTC())));
    };
    const QString super = "supervisor.dana";
    const QString a = "clerk.aigerim";
    const QString b = "clerk.bolat";

    at(day1);
    QVERIFY(BlankLedger::receive(m_db->sql(), super, "KZ", 1000, 1099));
    QVERIFY(BlankLedger::handOut(m_db->sql(), super, 1000, 1019, a));
    QVERIFY(BlankLedger::handOut(m_db->sql(), super, 1020, 1029, b));
    for (int i = 0; i < 3; ++i)
        QVERIFY(printTo(id, pdf(QString("a1-%1.pdf").arg(i)), {}, a));
    QCOMPARE(printTo(id, pdf("b1.pdf"), {}, b)->blankSerial, 1020);
    QVERIFY(BlankLedger::spoil(m_db->sql(), super, 1003, SpoilReason::Jam));
    QVERIFY(BlankLedger::spoil(m_db->sql(), super, 1050, SpoilReason::Damaged));
    QCOMPARE(*BlankLedger::takeBack(m_db->sql(), super, b), 9);

    at(day2);
    QVERIFY(BlankLedger::handOut(m_db->sql(), super, 1030, 1039, b));
    for (int i = 0; i < 2; ++i)
        QVERIFY(printTo(id, pdf(QString("a2-%1.pdf").arg(i)), {}, a));
    QCOMPARE(printTo(id, pdf("b2.pdf"), {}, b)->blankSerial, 1030);
    QVERIFY(BlankLedger::spoil(m_db->sql(), super, 1031, SpoilReason::Misprint));
    QCOMPARE(*BlankLedger::takeBack(m_db->sql(), super, a), 14);

    struct Expected
    {
        QString who;
        QDate first, last; // null: the whole life
        qint64 begin, received, issued, spoiled, returned, onHand;
    };
    const QList<Expected> expected{
        {{}, day1, day1, 0, 100, 4, 2, 0, 94}, {{}, day2, day2, 94, 0, 3, 1, 0, 90},
        {{}, {}, {}, 0, 100, 7, 3, 0, 90},     {a, day1, day1, 0, 20, 3, 1, 0, 16},
        {a, day2, day2, 16, 0, 2, 0, 14, 0},   {a, day1, day2, 0, 20, 5, 1, 14, 0},
        {b, day1, day1, 0, 10, 1, 0, 9, 0},    {b, day2, day2, 0, 10, 1, 1, 0, 8},
        {b, {}, {}, 0, 20, 2, 1, 9, 8},        {"clerk.dias", {}, {}, 0, 0, 0, 0, 0, 0},
    };
    for (const Expected& e : expected) {
        const BlankScope scope = e.first.isNull() ? BlankScope{e.who, {}, {}}
                                                  : blankScopeForDays(e.who, e.first, e.last);
        const Result<BlankBalance> bal = BlankLedger::balance(m_db->sql(), scope);
        QVERIFY2(bal, qPrintable(bal.errorMessage()));
        const QString where =
            QString("%1 %2–%3")
                .arg(e.who, e.first.toString(Qt::ISODate), e.last.toString(Qt::ISODate));
        QVERIFY2(bal->begin + bal->received - bal->issued - bal->spoiled - bal->returned ==
                     bal->onHand,
                 qPrintable(where));
        QVERIFY2(bal->begin == e.begin && bal->received == e.received && bal->issued == e.issued &&
                     bal->spoiled == e.spoiled && bal->returned == e.returned &&
                     bal->onHand == e.onHand,
                 qPrintable(QString("%1: %2 %3 %4 %5 %6 %7")
                                .arg(where)
                                .arg(bal->begin)
                                .arg(bal->received)
                                .arg(bal->issued)
                                .arg(bal->spoiled)
                                .arg(bal->returned)
                                .arg(bal->onHand)));
    }
    // The blanks spoiled, with whose holding they came from.
    const Result<BlankBalance> aDay1 =
        BlankLedger::balance(m_db->sql(), blankScopeForDays(a, day1, day1));
    QCOMPARE(aDay1->spoiledBlanks.size(), 1);
    QCOMPARE(aDay1->spoiledBlanks.constFirst().serial, 1003);
    QCOMPARE(aDay1->spoiledBlanks.constFirst().reason, "jam");
    QCOMPARE(aDay1->spoiledBlanks.constFirst().operatorId, a);
    QCOMPARE(aDay1->spoiledBlanks.constFirst().countersignedBy, super);
    const Result<BlankBalance> officeDay1 =
        BlankLedger::balance(m_db->sql(), blankScopeForDays({}, day1, day1));
    QCOMPARE(officeDay1->spoiledBlanks.size(), 2);
    QCOMPARE(officeDay1->spoiledBlanks.at(1).operatorId, super);
    QCOMPARE(*BlankLedger::balance(m_db->sql(), BlankScope{b, {}, {}})->next, 1032);
    // The old call is the office's whole life.
    QCOMPARE(BlankLedger::balance(m_db->sql())->onHand, 90);
}

QTEST_MAIN(TestBlankLedger)
#include "TestBlankLedger.moc"

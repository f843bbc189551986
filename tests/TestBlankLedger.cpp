#include "tests/StoreTestData.h"

#include "core/blanks/BlankLedger.h"
#include "core/documents/DocumentPrinter.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
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

private:
    qint64 withIin(int n);
    Result<PrintRecord> printTo(qint64 id, const QString& file, std::optional<qint64> blank = {});
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

// A sample application registered and answered with its IIN, as the sync worker records it.
qint64 TestBlankLedger::withIin(int n)
{
    Journal journal(*m_db);
    const Result<Registration> r = journal.registerApplication(sampleIntake(n), sampleDesk());
    if (!r)
        return 0;
    Outbox outbox(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 1000, "sync");
    if (!due)
        return 0;
    for (const OutboxEntry& entry : *due)
        if (entry.applicationId == r->applicationId &&
            outbox.recordAnswer(entry.id, formedAnswer(entry, "800101300016"), now, "sync"))
            return r->applicationId;
    return 0;
}

// No registry here: the prints are signed with the training keys, as on a training desk; the
// blanks are the ones each test received (the training range only when none was).
Result<PrintRecord> TestBlankLedger::printTo(qint64 id, const QString& file,
                                             std::optional<qint64> blank)
{
    QPdfWriter writer(file);
    PrintOptions options;
    options.operatorId = "clerk.aigerim";
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

QTEST_MAIN(TestBlankLedger)
#include "TestBlankLedger.moc"

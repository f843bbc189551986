#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/base/CsvText.h"
#include "core/blanks/BlankLedger.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/usecases/ListNeedsAttention.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

using Kind = OfficeException::Kind;

// The supervisor's needs-attention list (docs/office.md, "Needs attention"): what passed the
// office's thresholds as of a moment, its export for the registry's help desk, and the command
// line's `attention`.
class TestNeedsAttention : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvRoundTrip();
    void eachStatePastItsThreshold();
    void blanksLowAndClockWarnings();
    void exportHoldsNoPersonalDataAndIsAudited();
    void onlyASupervisorSeesIt();
    void commandLine();

private:
    qint64 withIin(int n) { return applicationWithIin(*m_db, n); }
    qint64 registered(int n);
    NeedsAttention listAt(const QDateTime& now, const OfficeThresholds& t = {});
    QString path() const { return m_dir->filePath("journal.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_start;
};

void TestNeedsAttention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openOrFail(path());
    QVERIFY(m_db);
    m_start = QDateTime::currentDateTimeUtc();
}

void TestNeedsAttention::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestNeedsAttention::registered(int n)
{
    Journal journal(*m_db);
    const Result<Registration> r = journal.registerApplication(sampleIntake(n), sampleDesk());
    return r ? r->applicationId : 0;
}

NeedsAttention TestNeedsAttention::listAt(const QDateTime& now, const OfficeThresholds& t)
{
    const Result<NeedsAttention> list = ListNeedsAttention::run(*m_db, "supervisor.dana", t, now);
    if (!list) {
        qWarning("%s", qPrintable(list.errorMessage()));
        return {};
    }
    return *list;
}

void TestNeedsAttention::csvRoundTrip()
{
    const QList<QStringList> rows{
        {"Түрі", "Номер", "Деталь"},
        {"a;b", "say \"no\"", "two\nlines"},
        {"", "Қазақ", "plain"},
    };
    const QByteArray bytes = CsvText::document(rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"a;b\";\"say \"\"no\"\"\";\"two\nlines\"\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(CsvText::parse(bytes), rows);
}

// Each state is listed once it has passed its threshold and not before; an application appears
// once, under the kind that explains it.
void TestNeedsAttention::eachStatePastItsThreshold()
{
    const Result<qint64> printed = printedApplication(*m_db, 2);
    QVERIFY2(printed, qPrintable(printed.errorMessage()));
    const qint64 assigned = withIin(1);
    QVERIFY(assigned > 0);
    const qint64 queued = registered(0);
    QVERIFY(queued > 0);

    OfficeThresholds t;
    t.outboxStuckHours = 4;
    t.iinWithinHours = 24;
    t.printWithinHours = 8;
    t.handoverWithinDays = 10;
    t.blanksBelow = 0;

    // An hour on, nothing has passed anything.
    QVERIFY(listAt(m_start.addSecs(3600), t).items.isEmpty());

    // Five hours on: the request that never left is stuck in the outbox.
    NeedsAttention five = listAt(m_start.addSecs(5 * 3600), t);
    QCOMPARE(five.items.size(), 1);
    QCOMPARE(five.items.at(0).kind, Kind::OutboxStuck);
    QCOMPARE(five.items.at(0).applicationId, queued);
    QVERIFY(!five.items.at(0).registrationNumber.isEmpty());
    QVERIFY(qAbs(five.items.at(0).since.secsTo(m_start)) < 120);

    // Nine hours on, the IIN waits to be printed as well.
    NeedsAttention nine = listAt(m_start.addSecs(9 * 3600), t);
    QCOMPARE(nine.count(Kind::OutboxStuck), 1);
    QCOMPARE(nine.count(Kind::NotPrinted), 1);
    QCOMPARE(nine.items.size(), 2);

    // Eleven days on, the printed certificate waits to be handed over too; the queued request
    // is still one item, not two.
    NeedsAttention later = listAt(m_start.addDays(11), t);
    QCOMPARE(later.count(Kind::NotHandedOver), 1);
    QCOMPARE(later.count(Kind::NotPrinted), 1);
    QCOMPARE(later.count(Kind::OutboxStuck) + later.count(Kind::IinNotAssigned), 1);
    QCOMPARE(later.items.size(), 3);
    const QString summary = ListNeedsAttention::summary(later);
    QVERIFY2(summary.contains("not handed over past 10 days"), qPrintable(summary));
}

void TestNeedsAttention::blanksLowAndClockWarnings()
{
    OfficeThresholds t;
    t.blanksBelow = 20;
    // No blanks received at all: nothing to run low.
    QVERIFY(listAt(m_start, t).items.isEmpty());
    STORE_VERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", "KZ", 1, 10));
    NeedsAttention low = listAt(m_start, t);
    QCOMPARE(low.items.size(), 1);
    QCOMPARE(low.items.at(0).kind, Kind::BlanksLow);
    QVERIFY(ListNeedsAttention::summary(low).contains("Blanks on hand: fewer than 20."));
    t.blanksBelow = 10;
    QVERIFY(listAt(m_start, t).items.isEmpty());

    // A clock warning counts for a day.
    STORE_VERIFY(AuditTrail::record(
        *m_db, {"sync", AuditTrail::ClockSkew, "clock", QJsonObject{{"skew_seconds", 600}}}));
    QCOMPARE(listAt(m_start.addSecs(3600), t).count(Kind::ClockWarning), 1);
    QCOMPARE(listAt(m_start.addDays(2), t).count(Kind::ClockWarning), 0);
}

void TestNeedsAttention::exportHoldsNoPersonalDataAndIsAudited()
{
    QVERIFY(registered(0) > 0);
    OfficeThresholds t;
    t.outboxStuckHours = 1;
    const NeedsAttention list = listAt(m_start.addSecs(2 * 3600 + 300), t);
    QCOMPARE(list.items.size(), 1);
    const QString file = m_dir->filePath("help-desk.csv");
    STORE_VERIFY(ListNeedsAttention::exportCsv(*m_db, "supervisor.dana", list, file));

    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QList<QStringList> rows = CsvText::parse(bytes);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(1), "outbox_stuck");
    QCOMPARE(rows.at(1).at(2), list.items.at(0).registrationNumber);
    QCOMPARE(rows.at(1).at(4), "2");
    // Neither the applicant's names nor the document number go to the help desk.
    const Application a = sampleApplication(0);
    for (const QString& personal :
         {a.nameCyrillic.surname, a.nameLatin.surname, a.identityDocument->number})
        QVERIFY2(!QString::fromUtf8(bytes).contains(personal, Qt::CaseInsensitive),
                 qPrintable(personal));

    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(scalar(*m_db, "SELECT COUNT(*) FROM audit_log WHERE action = "
                           "'office.attention_exported' AND details LIKE '%" +
                               sha + "%'")
                 .toInt(),
             1);
    QVERIFY(AuditTrail::verify(m_db->sql()).ok);
}

void TestNeedsAttention::onlyASupervisorSeesIt()
{
    OperatorDirectory operators(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    STORE_VERIFY(
        operators.create("admin", "Admin", Role::Administrator, "correct horse 42", "kk", {}, now));
    STORE_VERIFY(
        operators.create("clerk1", "Clerk", Role::Clerk, "correct horse 42", "kk", "admin", now));
    STORE_VERIFY(
        operators.create("dana", "Dana", Role::Supervisor, "correct horse 42", "kk", "admin", now));
    const Result<NeedsAttention> refused = ListNeedsAttention::run(*m_db, "clerk1", {}, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, "operator.not_permitted");
    QVERIFY(ListNeedsAttention::run(*m_db, "dana", {}, now));
    QVERIFY(!ListNeedsAttention::exportCsv(*m_db, "clerk1", {}, m_dir->filePath("x.csv")));
    QVERIFY(!QFile::exists(m_dir->filePath("x.csv")));
}

void TestNeedsAttention::commandLine()
{
    QVERIFY(registered(0) > 0);
    STORE_VERIFY(BlankLedger::receive(m_db->sql(), "supervisor.dana", {}, 1, 10));
    m_db.reset(); // the command line opens the file itself

    const QStringList db{"--db", path(), "--operator", "supervisor.dana"};
    // The blanks are below the default threshold (50).
    ProcessResult r = runCli(QStringList{"attention", "--json"} + db);
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["counts"].toObject()["blanks_low"].toInt(), 1);
    QCOMPARE(o["thresholds"].toObject()["blanks_below"].toInt(), 50);
    QCOMPARE(o["items"].toArray().size(), 1);

    r = runCli(QStringList{"attention", "--blanks-below", "5"} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Nothing has passed its threshold"), r.out.constData());

    // Judged as of three hours on, the queued request is stuck (threshold 2 hours).
    const QString later = m_start.addSecs(3 * 3600 + 300).toString(Qt::ISODate);
    const QString csv = m_dir->filePath("attention.csv");
    r = runCli(QStringList{"attention", "--as-of", later, "--outbox-hours", "2", "--blanks-below",
                           "5", "--json", "--csv", csv} +
               db);
    QVERIFY2(r.exitCode == 1, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["counts"].toObject()["outbox_stuck"].toInt(), 1);
    QCOMPARE(o["items"].toArray().at(0).toObject()["hours"].toInt(), 3);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(CsvText::parse(file.readAll()).size(), 2);

    // Bad input names the option.
    r = runCli(QStringList{"attention", "--iin-hours", "0"} + db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("IIN not formed within"), r.err.constData());
    r = runCli(QStringList{"attention", "--as-of", "yesterday"} + db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--as-of"), r.err.constData());
    QCOMPARE(runCli({"audit", "verify", "--db", path()}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestNeedsAttention)
#include "TestNeedsAttention.moc"

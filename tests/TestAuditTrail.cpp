#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/journal/Journal.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chainHoldsAndCliAgrees();
    void everyKindOfEventIsRecorded();
    void triggersRefuseChanges();
    void tampering_data();
    void tampering();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    void fillJournal();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAuditTrail::cleanup()
{
    m_dir.reset();
}

// Ten records: five registrations, two status changes, a view, a print, a login.
void TestAuditTrail::fillJournal()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    Journal journal(*db);
    for (int i = 0; i < 5; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    STORE_VERIFY(journal.changeStatus(1, ApplicationStatus::Sent, "sync"));
    STORE_VERIFY(journal.changeStatus(1, ApplicationStatus::IinAssigned, "sync"));
    STORE_VERIFY(journal.openRecord(2, "inspector"));
    STORE_VERIFY(AuditTrail::record(*db, {"clerk", AuditTrail::Printed, "application:1",
                                          QJsonObject{{"document", "certificate"}}}));
    STORE_VERIFY(AuditTrail::record(*db, {"clerk", AuditTrail::Login, "operator:clerk", {}}));
}

static QJsonObject verifyWithCli(const QString& path, int* exitCode, QByteArray* err = nullptr)
{
    const ProcessResult r = runCli({"audit", "verify", "--db", path});
    *exitCode = r.exitCode;
    if (err)
        *err = r.err;
    return QJsonDocument::fromJson(r.out).object();
}

void TestAuditTrail::chainHoldsAndCliAgrees()
{
    fillJournal();
    int exitCode = -1;
    const QJsonObject o = verifyWithCli(path(), &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(o["ok"].toBool(), true);
    // Five registrations, two status changes, a view, a print, a login, and the scan key the
    // first registration with a scan made (scans.key_created, docs/at-rest.md).
    QCOMPARE(o["records"].toInt(), 11);
    QVERIFY(o["first_bad"].isNull());

    auto db = openOrFail(path());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq"));
    QString prev = AuditTrail::GenesisHash;
    while (q.next()) {
        QCOMPARE(q.value(1).toString(), prev);
        QCOMPARE(q.value(2).toString().size(), 64);
        prev = q.value(2).toString();
    }
}

void TestAuditTrail::everyKindOfEventIsRecorded()
{
    fillJournal();
    auto db = openOrFail(path());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT action, count(*) FROM audit_log GROUP BY action"));
    QMap<QString, int> actions;
    while (q.next())
        actions[q.value(0).toString()] = q.value(1).toInt();
    QCOMPARE(actions.value(AuditTrail::Created), 5);
    QCOMPARE(actions.value(AuditTrail::StatusChanged), 2);
    QCOMPARE(actions.value(AuditTrail::Viewed), 1);
    QCOMPARE(actions.value(AuditTrail::Printed), 1);
    QCOMPARE(actions.value(AuditTrail::Login), 1);
    QCOMPARE(actions.value("scans.key_created"), 1);
}

void TestAuditTrail::triggersRefuseChanges()
{
    fillJournal();
    auto db = openOrFail(path());
    QSqlQuery q(db->sql());
    QVERIFY(!q.exec("UPDATE audit_log SET operator = 'nobody' WHERE seq = 1"));
    QVERIFY(q.lastError().text().contains("append-only"));
    QVERIFY(!q.exec("DELETE FROM audit_log WHERE seq = 1"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log").toInt(), 11);
}

void TestAuditTrail::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("firstBad");
    QTest::newRow("edited operator")
        << QStringList{"UPDATE audit_log SET operator = 'someone.else' WHERE seq = 4"} << 4;
    QTest::newRow("edited time")
        << QStringList{"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 7"} << 7;
    QTest::newRow("edited and rehashed")
        << QStringList{"UPDATE audit_log SET details = '{}' WHERE seq = 3", "REHASH 3"} << 4;
    QTest::newRow("deleted in the middle")
        << QStringList{"DELETE FROM audit_log WHERE seq = 5"} << 5;
    QTest::newRow("deleted the first") << QStringList{"DELETE FROM audit_log WHERE seq = 1"} << 1;
    QTest::newRow("deleted the newest") << QStringList{"DELETE FROM audit_log WHERE seq >= 9"} << 9;
    QTest::newRow("deleted and renumbered")
        << QStringList{"DELETE FROM audit_log WHERE seq = 6",
                       "UPDATE audit_log SET seq = seq - 1 WHERE seq > 6"}
        << 6;
    // Rows 2 and 3 swap places: each keeps its own fields and hash, only the order changes.
    QTest::newRow("reordered") << QStringList{"UPDATE audit_log SET seq = -2 WHERE seq = 2",
                                              "UPDATE audit_log SET seq = 2 WHERE seq = 3",
                                              "UPDATE audit_log SET seq = 3 WHERE seq = -2"}
                               << 2;
}

void TestAuditTrail::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(int, firstBad);
    fillJournal();
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        QVERIFY(execSql(*db, "DROP TRIGGER audit_log_no_update"));
        QVERIFY(execSql(*db, "DROP TRIGGER audit_log_no_delete"));
        for (const QString& s : statements) {
            if (s.startsWith("REHASH ")) {
                // The forger recomputes the edited record's own hash: the next link breaks.
                QSqlQuery q(db->sql());
                QVERIFY(q.exec("SELECT seq, at, operator, action, subject, details, prev_hash,"
                               " hash FROM audit_log WHERE seq = " +
                               s.mid(7)));
                QVERIFY(q.next());
                AuditRecord r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toString(),   q.value(7).toString()};
                q.finish();
                QSqlQuery u(db->sql());
                u.prepare("UPDATE audit_log SET hash = ? WHERE seq = ?");
                u.addBindValue(AuditTrail::hashOf(r));
                u.addBindValue(r.seq);
                QVERIFY(u.exec());
                continue;
            }
            QVERIFY(execSql(*db, s));
        }
        const AuditVerification v = AuditTrail::verify(db->sql());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, firstBad);
    }
    int exitCode = -1;
    QByteArray err;
    const QJsonObject o = verifyWithCli(path(), &exitCode, &err);
    QCOMPARE(exitCode, 1);
    QCOMPARE(o["ok"].toBool(), false);
    QCOMPARE(o["first_bad"].toInt(), firstBad);
    QVERIFY2(err.contains(QByteArray::number(firstBad)), err.constData());
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"

#include "tests/StoreTestData.h"

#include "core/journal/Journal.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestStoreDurability : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingAcknowledged();
};

// A writer process is SIGKILLed at random moments, again and again, on the same file. After
// every kill the database must open, pass the integrity check, hold every registration the
// writer acknowledged, and its audit chain must verify.
void TestStoreDurability::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("journal.sqlite");
    QSet<QString> acknowledged;
    QRandomGenerator random(20261124);
    int killedMidWrite = 0;
    const int runs = 60;

    for (int run = 0; run < runs; ++run) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(IIN_STORE_WRITER_PATH), {path, QString::number(run * 1000)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Sometimes during start-up (opening, migrations), mostly while registering.
        QTest::qWait(int(random.bounded(run < 5 ? 5 : 20, 250)));
        writer.kill(); // SIGKILL: no cleanup, no destructors
        QVERIFY(writer.waitForFinished(10000));
        if (writer.exitStatus() == QProcess::CrashExit)
            ++killedMidWrite;
        else
            QFAIL(QByteArray("the writer stopped by itself: " + writer.readAllStandardError())
                      .constData());

        // Only whole lines count: a number cut off by the kill was not acknowledged.
        const QByteArray out = writer.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            acknowledged.insert(QString::fromLatin1(lines[i]));

        auto db = openOrFail(path);
        QVERIFY2(db, qPrintable(QString("run %1").arg(run)));
        QCOMPARE(scalar(*db, "PRAGMA integrity_check").toString(), "ok");
        QCOMPARE(scalar(*db, "SELECT count(*) FROM pragma_foreign_key_check").toInt(), 0);
        const AuditVerification v = AuditTrail::verify(db->sql());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QSet<QString> stored;
        QSqlQuery q(db->sql());
        QVERIFY(q.exec("SELECT registration_number FROM applications"));
        while (q.next())
            stored.insert(q.value(0).toString());
        for (const QString& number : std::as_const(acknowledged))
            QVERIFY2(stored.contains(number), qPrintable("lost " + number));
        // Every registration is whole: its outbox entry, history and audit record exist.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM applications a WHERE NOT EXISTS"
                             " (SELECT 1 FROM outbox o WHERE o.application_id = a.id)")
                     .toInt(),
                 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM applications a WHERE NOT EXISTS"
                             " (SELECT 1 FROM audit_log l WHERE l.subject = 'application:' || a.id"
                             "  AND l.action = 'application.created')")
                     .toInt(),
                 0);
        QCOMPARE(scalar(*db, "SELECT count(DISTINCT registration_number) = count(*)"
                             " FROM applications")
                     .toInt(),
                 1);
    }
    QCOMPARE(killedMidWrite, runs);
    QVERIFY2(acknowledged.size() > runs, "the writer should have registered many applications");
    qInfo("%d kills, %d acknowledged registrations, all present", runs, int(acknowledged.size()));
}

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "TestStoreDurability.moc"

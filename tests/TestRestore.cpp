#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin::test;

// Restoring a backup: never over an existing journal, and no registration number issued twice.
class TestRestore : public QObject
{
    Q_OBJECT

private slots:
    void restoredJournalNeverReusesNumbers();
    void refusesToOverwrite();
    void refusesMissingOrDamagedBackup();

private:
    QString submit(const QString& db);
};

QString TestRestore::submit(const QString& db)
{
    const ProcessResult r =
        runCli({"submit", sourcePath("examples/counter-complete.json"), "--db", db});
    if (r.exitCode != 0)
        qWarning("submit failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object().value(u"registration_number").toString();
}

void TestRestore::restoredJournalNeverReusesNumbers()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    const QString backup = dir.filePath("backup.sqlite");
    QVERIFY(!submit(journal).isEmpty());
    QCOMPARE(runCli({"backup", "--db", journal, "--to", backup}).exitCode, 0);
    // Registered after the backup: lost with the journal, but its number went to an applicant.
    const QString lost = submit(journal);
    QVERIFY(!lost.isEmpty());
    QVERIFY(QFile::rename(journal, journal + ".damaged"));
    QFile::remove(journal + "-wal");
    QFile::remove(journal + "-shm");
    // A backup copied about with looser permissions: the restored journal is private all the
    // same, from its first byte.
    QVERIFY(QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));

    const ProcessResult r = runCli({"restore", "--from", backup, "--db", journal, "--skip", "10"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QFile::permissions(journal) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    // Nothing of the prepared copy is left behind.
    for (const char* suffix : {".restoring", ".restoring-wal", ".restoring-shm"})
        QVERIFY2(!QFile::exists(journal + suffix), suffix);
    const QString next = submit(journal);
    QVERIFY(!next.isEmpty());
    QVERIFY2(next != lost, qPrintable(next));
    // OFFICE-DESK-SEQUENCE-CHECK: the sequence moved past the lost number.
    QVERIFY(next.split('-').value(2).toInt() > lost.split('-').value(2).toInt());

    const ProcessResult verify = runCli({"audit", "verify", "--db", journal});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QVERIFY(runCli({"show", "1", "--db", journal}).exitCode == 0);
}

void TestRestore::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    const QString backup = dir.filePath("backup.sqlite");
    QVERIFY(!submit(journal).isEmpty());
    QCOMPARE(runCli({"backup", "--db", journal, "--to", backup}).exitCode, 0);
    const QByteArray before = [&] {
        QFile f(journal);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const ProcessResult r = runCli({"restore", "--from", backup, "--db", journal});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("aside"));
    QFile f(journal);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestRestore::refusesMissingOrDamagedBackup()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath("journal.sqlite");
    ProcessResult r = runCli({"restore", "--from", dir.filePath("none.sqlite"), "--db", journal});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(journal));

    const QString garbage = dir.filePath("garbage.sqlite");
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(8192, 'x'));
    g.close();
    r = runCli({"restore", "--from", garbage, "--db", journal});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(journal));
    QVERIFY(!QFile::exists(journal + ".restoring"));
}

QTEST_GUILESS_MAIN(TestRestore)
#include "TestRestore.moc"

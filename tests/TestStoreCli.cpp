#include "StoreTestData.h"
#include "TestSupport.h"

#include "AuditTrail.h"
#include "Database.h"
#include "Journal.h"
#include "Outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

class TestStoreCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listPrintsOneObjectPerLine();
    void listFiltersAndPages();
    void listRejectsBadArguments();
    void showPrintsTheWholeRecordAndAuditsIt();
    void showUnknownApplication();
    void backupIsAConsistentCopy();
    void backupWhileTheDeskWrites();
    void backupNeverOverwrites();
    void damagedDatabaseIsReported();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    QList<Registration> fill(int count);
    static QList<QJsonObject> lines(const QByteArray& out);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreCli::cleanup()
{
    m_dir.reset();
}

QList<Registration> TestStoreCli::fill(int count)
{
    QList<Registration> regs;
    auto db = openOrFail(path());
    if (!db)
        return regs;
    Journal journal(*db);
    for (int i = 0; i < count; ++i) {
        Result<Registration> r = journal.registerApplication(sampleIntake(i), sampleDesk());
        if (r)
            regs << *r;
    }
    return regs;
}

QList<QJsonObject> TestStoreCli::lines(const QByteArray& out)
{
    QList<QJsonObject> list;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object: %s", line.constData());
        list << doc.object();
    }
    return list;
}

void TestStoreCli::listPrintsOneObjectPerLine()
{
    const QList<Registration> regs = fill(3);
    QCOMPARE(regs.size(), 3);
    const ProcessResult r = runCli({"list", "--db", path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> rows = lines(r.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0]["application_id"].toInteger(), regs[2].applicationId); // newest first
    QCOMPARE(rows[0]["registration_number"].toString(), regs[2].registrationNumber);
    QCOMPARE(rows[0]["status"].toString(), "registered");
    QVERIFY(rows[0].contains("iin"));
    QVERIFY(rows[0]["iin"].isNull());
    QCOMPARE(rows[2]["name_cyrillic"]["surname"].toString(), "Қасымов");
}

void TestStoreCli::listFiltersAndPages()
{
    const QList<Registration> regs = fill(6);
    {
        auto db = openOrFail(path());
        Outbox outbox(*db);
        Result<QList<OutboxEntry>> due = outbox.takeDue(QDateTime::currentDateTimeUtc(), 2, "s");
        QCOMPARE(due->size(), 2);
        STORE_VERIFY(outbox.recordAnswer(due->at(0).id, formedAnswer(due->at(0), "800101300016"),
                                         QDateTime::currentDateTimeUtc(), "s"));
    }
    ProcessResult r = runCli({"list", "--db", path(), "--status", "sent"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 1);
    r = runCli({"list", "--db", path(), "--search", "800101300016"});
    QList<QJsonObject> rows = lines(r.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0]["iin"].toString(), "800101300016");
    QCOMPARE(rows[0]["status"].toString(), "iin_assigned");
    r = runCli({"list", "--db", path(), "--search", "ЖҰМАБЕКОВА"});
    rows = lines(r.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0]["registration_number"].toString(), regs[1].registrationNumber);
    r = runCli({"list", "--db", path(), "--search", "ivanov"});
    QCOMPARE(lines(r.out).size(), 1);

    r = runCli({"list", "--db", path(), "--limit", "4"});
    rows = lines(r.out);
    QCOMPARE(rows.size(), 4);
    r = runCli({"list", "--db", path(), "--limit", "4", "--before",
                QString::number(rows.last()["application_id"].toInteger())});
    const QList<QJsonObject> next = lines(r.out);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next.last()["application_id"].toInteger(), regs[0].applicationId);
}

void TestStoreCli::listRejectsBadArguments()
{
    fill(1);
    QCOMPARE(runCli({"list", "--db", path(), "--status", "lost"}).exitCode, 2);
    QCOMPARE(runCli({"list", "--db", path(), "--limit", "0"}).exitCode, 2);
    QCOMPARE(runCli({"list", "--db", path(), "--from", "yesterday"}).exitCode, 2);
}

void TestStoreCli::showPrintsTheWholeRecordAndAuditsIt()
{
    const QList<Registration> regs = fill(2);
    for (const QString& key :
         {QString::number(regs[1].applicationId), regs[1].registrationNumber}) {
        const ProcessResult r =
            runCli({"show", key, "--db", path(), "--operator", "inspector.bolat"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["application_id"].toInteger(), regs[1].applicationId);
        QCOMPARE(o["registration_number"].toString(), regs[1].registrationNumber);
        QCOMPARE(o["status"].toString(), "registered");
        QCOMPARE(o["application"]["name_cyrillic"]["surname"].toString(), "Жұмабекова");
        QCOMPARE(o["history"].toArray().size(), 1);
        QCOMPARE(o["history"][0]["to"].toString(), "registered");
        QCOMPARE(o["attachments"].toArray().size(), 2);
        QCOMPARE(o["outbox"]["idempotency_key"].toString(), regs[1].idempotencyKey);
    }
    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, QString("SELECT count(*) FROM audit_log WHERE action ="
                                 " 'application.viewed' AND operator = 'inspector.bolat'"
                                 " AND subject = 'application:%1'")
                             .arg(regs[1].applicationId))
                 .toInt(),
             2);
}

void TestStoreCli::showUnknownApplication()
{
    fill(1);
    const ProcessResult r = runCli({"show", "ALM01-02-000099-X", "--db", path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ALM01-02-000099-X"));
}

static bool backupIsSound(const QString& file, QString* why)
{
    Result<std::unique_ptr<Database>> copy = Database::open(file);
    if (!copy) {
        *why = copy.errorMessage();
        return false;
    }
    if (scalar(**copy, "PRAGMA integrity_check").toString() != "ok") {
        *why = "integrity check";
        return false;
    }
    const AuditVerification v = AuditTrail::verify((*copy)->sql());
    if (!v.ok) {
        *why = v.reason;
        return false;
    }
    if (scalar(**copy, "SELECT count(*) FROM applications a WHERE NOT EXISTS"
                       " (SELECT 1 FROM outbox o WHERE o.application_id = a.id)")
            .toInt() != 0) {
        *why = "a registration without its queue entry";
        return false;
    }
    return true;
}

void TestStoreCli::backupIsAConsistentCopy()
{
    const QList<Registration> regs = fill(5);
    const QString target = m_dir->filePath("backups/journal-copy.sqlite");
    QVERIFY(QDir().mkpath(m_dir->filePath("backups")));
    const ProcessResult r = runCli({"backup", "--db", path(), "--to", target});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString why;
    QVERIFY2(backupIsSound(target, &why), qPrintable(why));
    // As private as the journal.
    QCOMPARE(QFile::permissions(target) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    auto copy = openOrFail(target);
    QCOMPARE(scalar(*copy, "SELECT count(*) FROM applications").toInt(), 5);
    QCOMPARE(scalar(*copy, "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(),
             AuditTrail::Backup);
    // Restoring is copying the file back: the restored journal carries on numbering.
    copy.reset();
    QVERIFY(QFile::remove(path()));
    QVERIFY(QFile::copy(target, path()));
    auto restored = openOrFail(path());
    Result<Registration> next =
        Journal(*restored).registerApplication(sampleIntake(50), sampleDesk());
    QVERIFY(next);
    QVERIFY(next->registrationNumber.startsWith("ALM01-02-000006-"));
}

void TestStoreCli::backupWhileTheDeskWrites()
{
    fill(3);
    QProcess writer;
    writer.start(QStringLiteral(IIN_STORE_WRITER_PATH), {path(), "100", "20"});
    QVERIFY(writer.waitForStarted(10000));
    QVERIFY(writer.waitForReadyRead(10000)); // it is registering
    QStringList targets;
    for (int i = 0; i < 3; ++i) {
        const QString target = m_dir->filePath(QString("live-%1.sqlite").arg(i));
        const ProcessResult r = runCli({"backup", "--db", path(), "--to", target});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        targets << target;
        QTest::qWait(50);
    }
    writer.kill();
    writer.waitForFinished();
    int previous = 0;
    for (const QString& target : targets) {
        QString why;
        QVERIFY2(backupIsSound(target, &why), qPrintable(why));
        auto copy = openOrFail(target);
        const int count = scalar(*copy, "SELECT count(*) FROM applications").toInt();
        QVERIFY(count >= 3);
        QVERIFY(count >= previous);
        previous = count;
    }
}

void TestStoreCli::backupNeverOverwrites()
{
    fill(1);
    const QString target = m_dir->filePath("existing.sqlite");
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const ProcessResult r = runCli({"backup", "--db", path(), "--to", target});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("already exists"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    QCOMPARE(runCli({"backup", "--db", path()}).exitCode, 2);
}

void TestStoreCli::damagedDatabaseIsReported()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'Z'));
    f.close();
    for (const QStringList& args :
         {QStringList{"list", "--db", path()}, QStringList{"audit", "verify", "--db", path()},
          QStringList{"show", "1", "--db", path()}}) {
        const ProcessResult r = runCli(args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(8192, 'Z'));
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "TestStoreCli.moc"

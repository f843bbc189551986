#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

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
    void accountsNeedASignIn();
    void rolesApplyOnTheCommandLine();
    void operatorAccountsFromTheCommandLine();

private:
    // An administrator, a clerk and a supervisor, all with `Password`.
    void addAccounts();
    // A file holding `password`, with these permissions.
    QString passwordFile(const QString& name, const QString& password,
                         QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner);
    static inline const QString Password = QStringLiteral("counter2026desk");

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

void TestStoreCli::addAccounts()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    OperatorDirectory d(*db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    STORE_VERIFY(d.create("admin", "Admin", Role::Administrator, Password, "kk", {}, now));
    STORE_VERIFY(d.create("clerk.aigerim", "Clerk", Role::Clerk, Password, "kk", "admin", now));
    STORE_VERIFY(
        d.create("supervisor.dana", "Supervisor", Role::Supervisor, Password, "kk", "admin", now));
}

QString TestStoreCli::passwordFile(const QString& name, const QString& password,
                                   QFile::Permissions permissions)
{
    const QString file = m_dir->filePath(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qWarning("cannot write %s", qPrintable(file));
    f.write(password.toUtf8() + '\n');
    f.close();
    f.setPermissions(permissions);
    return file;
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
    // The backup is recorded in the journal once the copy exists and reads back, so the copy
    // itself does not hold its own record.
    QCOMPARE(
        scalar(*copy, "SELECT count(*) FROM audit_log WHERE action = 'database.backup'").toInt(),
        0);
    {
        auto journal = openOrFail(path());
        QCOMPARE(
            scalar(*journal, "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(),
            AuditTrail::Backup);
        QCOMPARE(scalar(*journal, "SELECT max(seq) FROM audit_log").toInt(),
                 scalar(*copy, "SELECT max(seq) FROM audit_log").toInt() + 1);
    }
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

// Once a journal has operator accounts, every command on personal data signs in; the audit
// records the login signed in, never a name typed beside it.
void TestStoreCli::accountsNeedASignIn()
{
    const QList<Registration> regs = fill(2);
    addAccounts();
    const QString id = QString::number(regs[0].applicationId);
    const QString pw = passwordFile("pw", Password);

    // No sign-in: refused, with the way to sign in; --operator alone names nobody any more.
    for (const QStringList& args :
         {QStringList{"list", "--db", path()}, QStringList{"show", id, "--db", path()},
          QStringList{"list", "--db", path(), "--operator", "supervisor.dana"},
          QStringList{"backup", "--db", path(), "--to", m_dir->filePath("b.sqlite")},
          QStringList{"audit", "verify", "--db", path()},
          QStringList{"sync", "--db", path(), "--timeout", "1"},
          QStringList{"complaints", "list", "--db", path()}}) {
        const ProcessResult r = runCli(args);
        QVERIFY2(r.exitCode == 4, qPrintable(args.join(' ') + ": " + r.err));
        QVERIFY2(r.err.contains("--as"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
    // --operator cannot name someone else than the operator signed in.
    ProcessResult r = runCli({"list", "--db", path(), "--as", "clerk.aigerim", "--password-file",
                              pw, "--operator", "supervisor.dana"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());

    // A password file others can read is refused before it is read.
    const QString open =
        passwordFile("pw-open", Password,
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
    r = runCli({"list", "--db", path(), "--as", "clerk.aigerim", "--password-file", open});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("chmod 600"), r.err.constData());
    QVERIFY(r.out.isEmpty());

    // Signed in from a private file: the list, recorded under the login.
    r = runCli({"list", "--db", path(), "--as", "Clerk.Aigerim", "--password-file", pw});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(lines(r.out).size(), 2);
    // From the environment: the view of one record, recorded under the login.
    qputenv("IIN_DESK_PASSWORD", Password.toUtf8());
    r = runCli({"show", id, "--db", path(), "--as", "clerk.aigerim"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Wrong password and unknown login: the same message, the same exit code.
    qputenv("IIN_DESK_PASSWORD", "wrong-password-1");
    const ProcessResult wrong = runCli({"show", id, "--db", path(), "--as", "clerk.aigerim"});
    const ProcessResult unknown = runCli({"show", id, "--db", path(), "--as", "nobody.here"});
    qunsetenv("IIN_DESK_PASSWORD");
    QCOMPARE(wrong.exitCode, 4);
    QCOMPARE(unknown.exitCode, 4);
    QCOMPARE(wrong.err, unknown.err);
    QVERIFY(wrong.out.isEmpty() && unknown.out.isEmpty());

    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT operator FROM audit_log WHERE action = 'application.viewed'"
                         " AND subject = 'journal' ORDER BY seq DESC LIMIT 1")
                 .toString(),
             QString("clerk.aigerim"));
    QCOMPARE(scalar(*db, QString("SELECT operator FROM audit_log WHERE action ="
                                 " 'application.viewed' AND subject = 'application:%1'"
                                 " ORDER BY seq DESC LIMIT 1")
                             .arg(id))
                 .toString(),
             QString("clerk.aigerim"));
    // Every sign-in of the command line is recorded, successful or not, naming the client.
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'operator.login'"
                         " AND operator = 'clerk.aigerim' AND details LIKE '%\"client\":\"cli\"%'")
                 .toInt(),
             2);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'operator.login_failed'"
                         " AND details LIKE '%\"client\":\"cli\"%'")
                 .toInt(),
             2);
    // Nobody else was written down as the viewer.
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'application.viewed'"
                         " AND operator <> 'clerk.aigerim'")
                 .toInt(),
             0);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestStoreCli::rolesApplyOnTheCommandLine()
{
    const QList<Registration> regs = fill(1);
    addAccounts();
    const QString pw = passwordFile("pw", Password);
    const QStringList clerk{"--db", path(), "--as", "clerk.aigerim", "--password-file", pw};
    const QStringList supervisor{"--db", path(), "--as", "supervisor.dana", "--password-file", pw};
    const QStringList admin{"--db", path(), "--as", "admin", "--password-file", pw};
    const QString target = m_dir->filePath("copy.sqlite");

    // The clerk neither backs up, nor reads the audit trail, nor handles complaints.
    ProcessResult r = runCli(QStringList{"backup", "--to", target} + clerk);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(runCli(QStringList{"audit", "verify"} + clerk).exitCode, 4);
    QCOMPARE(runCli(QStringList{"complaints", "list"} + clerk).exitCode, 4);
    // The administrator sees no personal data, here as in the desk.
    QCOMPARE(runCli(QStringList{"list"} + admin).exitCode, 4);
    QCOMPARE(runCli(QStringList{"show", QString::number(regs[0].applicationId)} + admin).exitCode,
             4);
    // The supervisor does, under the supervisor's login.
    r = runCli(QStringList{"backup", "--to", target} + supervisor);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(runCli(QStringList{"audit", "verify"} + supervisor).exitCode, 0);
    QCOMPARE(runCli(QStringList{"audit", "verify"} + admin).exitCode, 0);
    {
        auto db = openOrFail(path());
        QCOMPARE(scalar(*db, "SELECT operator FROM audit_log WHERE action = 'database.backup'")
                     .toString(),
                 QString("supervisor.dana"));
    }

    // A restore signs in against the backup's own accounts: the clerk may not, the supervisor
    // may, and the sign-in is recorded in the restored journal.
    const QString restored = m_dir->filePath("restored.sqlite");
    r = runCli({"restore", "--from", target, "--db", restored, "--as", "clerk.aigerim",
                "--password-file", pw});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(restored));
    r = runCli({"restore", "--from", target, "--db", restored});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(restored));
    r = runCli({"restore", "--from", target, "--db", restored, "--as", "supervisor.dana",
                "--password-file", pw});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto back = openOrFail(restored);
    QCOMPARE(scalar(*back, "SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log"
                           " WHERE operator = 'supervisor.dana' ORDER BY seq DESC LIMIT 2)")
                 .toString(),
             QString("database.restored operator.login"));
}

void TestStoreCli::operatorAccountsFromTheCommandLine()
{
    fill(1);
    const QString pw = passwordFile("pw", Password);
    const QString pw2 = passwordFile("pw2", "another2026pass");
    // The first account of a journal is its administrator, made without a sign-in.
    ProcessResult r = runCli({"operator", "add", "clerk.one", "--db", path(), "--role", "clerk",
                              "--full-name", "Clerk One", "--new-password-file", pw});
    QCOMPARE(r.exitCode, 2);
    r = runCli({"operator", "add", "admin", "--db", path(), "--role", "administrator",
                "--full-name", "Admin", "--new-password-file", pw});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["role"].toString(), "administrator");
    // From then on only a signed-in administrator manages accounts.
    r = runCli({"operator", "add", "clerk.one", "--db", path(), "--role", "clerk", "--full-name",
                "Clerk One", "--new-password-file", pw});
    QCOMPARE(r.exitCode, 4);
    const QStringList admin{"--db", path(), "--as", "admin", "--password-file", pw};
    r = runCli(QStringList{"operator", "add", "clerk.one", "--role", "clerk", "--full-name",
                           "Clerk One", "--new-password-file", pw} +
               admin);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A world-readable new password file is refused too.
    const QString open =
        passwordFile("pw-open", Password, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    r = runCli(QStringList{"operator", "add", "clerk.two", "--role", "clerk", "--full-name",
                           "Clerk Two", "--new-password-file", open} +
               admin);
    QCOMPARE(r.exitCode, 2);
    r = runCli(QStringList{"operator", "list"} + admin);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 2);
    // A clerk manages no accounts.
    const QStringList clerk{"--db", path(), "--as", "clerk.one", "--password-file", pw};
    QCOMPARE(runCli(QStringList{"operator", "list"} + clerk).exitCode, 4);
    QCOMPARE(runCli(QStringList{"list"} + clerk).exitCode, 0);
    // A new password, then the account deactivated: it signs in no more.
    r = runCli(QStringList{"operator", "reset-password", "clerk.one", "--new-password-file", pw2} +
               admin);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(runCli(QStringList{"list"} + clerk).exitCode, 4);
    QCOMPARE(runCli({"list", "--db", path(), "--as", "clerk.one", "--password-file", pw2}).exitCode,
             0);
    r = runCli(QStringList{"operator", "disable", "clerk.one"} + admin);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(runCli({"list", "--db", path(), "--as", "clerk.one", "--password-file", pw2}).exitCode,
             4);
    QCOMPARE(runCli(QStringList{"operator", "disable", "nobody.here"} + admin).exitCode, 1);

    auto db = openOrFail(path());
    QCOMPARE(scalar(*db, "SELECT group_concat(operator || ' ' || action, ', ') FROM audit_log"
                         " WHERE subject = 'operator:clerk.one' AND action IN"
                         " ('operator.created', 'operator.password_reset', 'operator.deactivated')")
                 .toString(),
             QString("admin operator.created, admin operator.password_reset, "
                     "admin operator.deactivated"));
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "TestStoreCli.moc"

#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/usecases/RegisterApplication.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// A journal of the schema before this program's, opened by this program: copied first, then
// upgraded; a journal of a newer schema is refused and left as it was (docs/upgrades.md).
class TestUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commandLineUpgradesAfterACheckedBackup();
    void twoProgramsStartingTogetherMakeOneBackup();
    void noBackupNoUpgrade();
    void newerSchemaIsRefusedAndLeftUnchanged();
    void newerSchemaMessageIsTranslated();
    void newJournalNeedsNoBackup();

private:
    static inline const QString Password = QStringLiteral("counter2026desk");
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    QString backups() const { return m_dir->filePath("upgrade-backups"); }
    QStringList backupFiles() const
    {
        return QDir(backups()).entryList({"*.sqlite"}, QDir::Files, QDir::Name);
    }
    QStringList signedIn(QStringList args) const
    {
        return args << "--db" << path() << "--as"
                    << "admin"
                    << "--password-file" << m_dir->filePath("password");
    }
    // A journal of schema latest-1 with accounts, applications with their status history, a
    // scan and audit records.
    void makeOldJournal();

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Every row of every table, read through a read-only connection of its own (never
// Database::open, which would upgrade the file): table name -> sorted rows.
QMap<QString, QStringList> dump(const QString& file, int* version = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("dump-%1").arg(++counter);
    QMap<QString, QStringList> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(file);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (!db.open())
            qWarning("cannot open %s", qPrintable(file));
        QSqlQuery q(db);
        if (version && q.exec("PRAGMA user_version") && q.next())
            *version = q.value(0).toInt();
        QStringList names;
        q.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (q.next())
            names << q.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                qWarning("%s", qPrintable(rows.lastError().text()));
            QStringList lines;
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i)
                    values << rows.record().fieldName(i) + "=" +
                                  (rows.isNull(i)
                                       ? QString("NULL")
                                       : QString::fromLatin1(rows.value(i).toByteArray().toHex()));
                lines << values.join(u'|');
            }
            lines.sort();
            tables.insert(table, lines);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

QVariant scalarOf(const QString& file, const QString& sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("scalar-%1").arg(++counter);
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(file);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            v = q.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace

void TestUpgrade::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile password(m_dir->filePath("password"));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(Password.toUtf8() + '\n');
    password.close();
    password.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void TestUpgrade::cleanup()
{
    m_dir.reset();
}

void TestUpgrade::makeOldJournal()
{
    Database::Options old;
    old.upToVersion = Migrations::latest() - 1;
    Result<std::unique_ptr<Database>> db = Database::open(path(), old);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    Database& d = **db;
    QCOMPARE(d.schemaVersion(), Migrations::latest() - 1);
    OperatorDirectory operators(d);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    STORE_VERIFY(operators.create("admin", "Admin", Role::Administrator, Password, "kk", {}, now));
    STORE_VERIFY(
        operators.create("clerk.aigerim", "Clerk", Role::Clerk, Password, "ru", "admin", now));
    QVERIFY(applicationWithIin(d, 1) > 0);
    STORE_VERIFY(printedApplication(d, 2));
    Result<RegisterOutcome> scanned =
        RegisterApplication::run(d, requestWithScan(m_dir->path(), 3, "the scanned form"));
    STORE_VERIFY(scanned);
    QVERIFY(!d.upgrade());
    QVERIFY(!QFileInfo::exists(backups()));
}

void TestUpgrade::commandLineUpgradesAfterACheckedBackup()
{
    makeOldJournal();
    const int old = Migrations::latest() - 1;
    int version = 0;
    const QMap<QString, QStringList> before = dump(path(), &version);
    QCOMPARE(version, old);
    QVERIFY(before.value("status_history").size() >= 5);
    QVERIFY(before.value("attachments").size() >= 2);
    QVERIFY(before.value("operators").size() == 2);
    const qsizetype auditBefore = before.value("audit_log").size();
    QVERIFY(auditBefore >= 5);
    const QStringList scansBefore =
        QDir(path() + ".attachments").entryList(QDir::Files | QDir::NoDotAndDotDot);

    // The real program: it upgrades, says so in one line, and goes on with its command.
    const ProcessResult r = runCli(signedIn({"audit", "verify"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(
        err.contains(QString("upgraded from schema %1 to %2").arg(old).arg(Migrations::latest())),
        qPrintable(err));
    QCOMPARE(err.count("upgraded"), 1);

    // The backup: one owner-only file, named after the journal and its schema, holding the old
    // schema and every old row.
    const QStringList files = backupFiles();
    QCOMPARE(files.size(), 1);
    QVERIFY2(files[0].startsWith(QString("journal-schema%1-").arg(old)), qPrintable(files[0]));
    const QString backup = QDir(backups()).filePath(files[0]);
    QVERIFY(err.contains(QDir::toNativeSeparators(backup)));
    QCOMPARE(QFile::permissions(backup) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    int backupVersion = 0;
    QCOMPARE(dump(backup, &backupVersion), before);
    QCOMPARE(backupVersion, old);

    // The journal: the new schema, every old row unchanged, one audit record more.
    QMap<QString, QStringList> after = dump(path(), &version);
    QCOMPARE(version, Migrations::latest());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == "audit_log" || it.key() == "meta")
            continue;
        // Signing in (the command above) stamps the account's updated_at; nothing else moves.
        const auto unstamped = [&](QStringList rows) {
            if (it.key() == "operators")
                rows.replaceInStrings(QRegularExpression("\\|updated_at=[0-9a-f]*"), "");
            return rows;
        };
        QCOMPARE(unstamped(after.value(it.key())), unstamped(it.value()));
    }
    // One record more for the upgrade, one for the sign-in.
    QCOMPARE(after.value("audit_log").size(), auditBefore + 2);
    for (const QString& row : before.value("audit_log"))
        QVERIFY(after.value("audit_log").contains(row));
    const QJsonObject details =
        QJsonDocument::fromJson(
            scalarOf(path(), "SELECT details FROM audit_log WHERE action = 'database.upgraded'")
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(details["from"].toInt(), old);
    QCOMPARE(details["to"].toInt(), Migrations::latest());
    QCOMPARE(details["backup"].toString(), files[0]);
    QCOMPARE(details["sha256"].toString().toLatin1(), sha256Of(backup));
    QCOMPARE(QDir(path() + ".attachments").entryList(QDir::Files | QDir::NoDotAndDotDot),
             scansBefore);

    // The chain holds, every application reads as before, and a second start copies nothing.
    const ProcessResult verified = runCli(signedIn({"audit", "verify"}));
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY(!verified.err.contains("upgraded"));
    QStringList asClerk = signedIn({"list"});
    asClerk[asClerk.indexOf("admin")] = "clerk.aigerim"; // an administrator reads no applicants
    const ProcessResult list = runCli(asClerk);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.out.trimmed().split('\n').size(), before.value("applications").size());
    QCOMPARE(backupFiles(), files);
    Result<std::unique_ptr<Database>> again = Database::open(path());
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(!(*again)->upgrade());
    QVERIFY(AuditTrail::verify((*again)->sql()).ok);
}

void TestUpgrade::twoProgramsStartingTogetherMakeOneBackup()
{
    makeOldJournal();
    QProcess first, second;
    for (QProcess* p : {&first, &second})
        p->start(cliPath(), signedIn({"audit", "verify"}));
    for (QProcess* p : {&first, &second}) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QCOMPARE(backupFiles().size(), 1);
    QCOMPARE(scalarOf(path(), "SELECT count(*) FROM audit_log WHERE action = 'database.upgraded'")
                 .toInt(),
             1);
    QCOMPARE(scalarOf(path(), "PRAGMA user_version").toInt(), Migrations::latest());
}

void TestUpgrade::noBackupNoUpgrade()
{
    makeOldJournal();
    // Where the backups go lies a file: the folder cannot be made (as on a full or read-only
    // disk; a test running as root could write into a read-only folder).
    QFile blocker(backups());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QByteArray before = sha256Of(path());

    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, "store.upgrade_backup");
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(backups())),
             qPrintable(db.errorMessage()));
    QCOMPARE(sha256Of(path()), before);

    const ProcessResult r = runCli(signedIn({"list"}));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(backups()).toUtf8()), r.err.constData());
    QCOMPARE(sha256Of(path()), before);
    QCOMPARE(scalarOf(path(), "PRAGMA user_version").toInt(), Migrations::latest() - 1);

    // Once the folder can be made, the upgrade goes ahead.
    QVERIFY(QFile::remove(backups()));
    Result<std::unique_ptr<Database>> retried = Database::open(path());
    QVERIFY2(retried, qPrintable(retried.errorMessage()));
    QVERIFY((*retried)->upgrade());
    QCOMPARE(backupFiles().size(), 1);
}

void TestUpgrade::newerSchemaIsRefusedAndLeftUnchanged()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(applicationWithIin(**db, 1) > 0);
    }
    // As a newer program leaves it; in rollback-journal mode, so that turning WAL on would show
    // in the file's header.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec("PRAGMA journal_mode=DELETE"));
        QVERIFY(q.exec(QString("PRAGMA user_version=%1").arg(Migrations::latest() + 1)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase("raw");
    const QByteArray before = sha256Of(path());

    for (Database::OpenCheck check : {Database::OpenCheck::Full, Database::OpenCheck::Deferred}) {
        Database::Options options;
        options.check = check;
        Result<std::unique_ptr<Database>> db = Database::open(path(), options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, "store.newer_schema");
        QVERIFY2(db.errorMessage().contains(QString("schema is %1").arg(Migrations::latest() + 1)),
                 qPrintable(db.errorMessage()));
        QCOMPARE(sha256Of(path()), before);
    }

    const ProcessResult r = runCli({"list", "--db", path()});
    QCOMPARE(r.exitCode, 3); // ExitFailure
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QString("schema is %1").arg(Migrations::latest() + 1)),
             r.err.constData());
    QVERIFY2(err.contains(QString("version %1").arg(IIN_DESK_VERSION)), r.err.constData());
    QVERIFY2(err.contains(QString("up to %1").arg(Migrations::latest())), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(sha256Of(path()), before);
    QVERIFY(!QFileInfo::exists(path() + "-wal"));
    QVERIFY(!QFileInfo::exists(backups()));
}

void TestUpgrade::newerSchemaMessageIsTranslated()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(path());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(execSql(**db, QString("PRAGMA user_version=%1").arg(Migrations::latest() + 1)));
    }
    for (const QString& lang : {QString("ru"), QString("kk")}) {
        const ProcessResult r = runCli({"list", "--db", path(), "--lang", lang});
        QCOMPARE(r.exitCode, 3); // ExitFailure
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(!err.contains("newer version"), r.err.constData());
        QVERIFY2(err.contains(QString::number(Migrations::latest() + 1)), r.err.constData());
        QVERIFY2(err.contains(IIN_DESK_VERSION), r.err.constData());
    }
}

void TestUpgrade::newJournalNeedsNoBackup()
{
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QVERIFY(!(*db)->upgrade());
    QVERIFY(!QFileInfo::exists(backups()));
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"

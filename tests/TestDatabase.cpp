#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/journal/Journal.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace iin;
using namespace iin::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsSchemaWithWalAndForeignKeys();
    void defaultPathIsInTheDataFolder();
    void upgradesVersion1Fixture();
    void failedMigrationRollsBack();
    void refusesNewerSchema();
    void refusesGarbageWithoutTouchingIt();
    void refusesDamagedPagesWithoutTouchingIt();
    void deferredCheckFindsDamageAfterOpening();
    void refusesReadOnlyFile();
    void lockedDatabaseLeavesNoPartialRecord();
    void fullDiskLeavesNoPartialRecord();
    void fullDiskAtEveryPointOfARegistration();
    void connectionsPerThread();
    void secondConnectionKeepsTheFirstOnesLocks();

private:
    QString path(const QString& name = "journal.sqlite") const { return m_dir->filePath(name); }
    static QByteArray digestOf(const QString& file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestDatabase::digestOf(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

static int countOf(Database& db, const QString& table)
{
    return scalar(db, "SELECT count(*) FROM " + table).toInt();
}

void TestDatabase::createsSchemaWithWalAndForeignKeys()
{
    auto db = openOrFail(m_dir->filePath("new/folder/journal.sqlite"));
    QVERIFY(db);
    // Personal data and password hashes: only the owner may read the new file or its WAL.
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QCOMPARE(QFile::permissions(db->path()) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
    QVERIFY(QFile::exists(db->path() + "-wal"));
    QCOMPARE(QFile::permissions(db->path() + "-wal") & ~(QFile::ReadUser | QFile::WriteUser),
             ownerOnly);
    QCOMPARE(db->journalMode(), "wal");
    QCOMPARE(scalar(*db, "PRAGMA journal_mode").toString(), "wal");
    QCOMPARE(scalar(*db, "PRAGMA foreign_keys").toInt(), 1);
    QCOMPARE(scalar(*db, "PRAGMA busy_timeout").toInt(), 5000);
    QCOMPARE(scalar(*db, "PRAGMA synchronous").toInt(), 2); // FULL
    QCOMPARE(db->schemaVersion(), Migrations::latest());
    QVERIFY(Migrations::latest() >= 2);
    for (const char* table : {"applications", "status_history", "attachments", "outbox",
                              "audit_log", "desk_sequence", "name_keys", "meta"})
        QVERIFY2(scalar(*db, QString("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                 .arg(QLatin1String(table)))
                         .toInt() == 1,
                 table);
    // Foreign keys are enforced, not just declared.
    QVERIFY(!QSqlQuery(db->sql()).exec(
        "INSERT INTO status_history (application_id, to_status, at, operator)"
        " VALUES (999, 'registered', 'x', 'y')"));
}

void TestDatabase::defaultPathIsInTheDataFolder()
{
    const QString p = Database::defaultPath();
    QVERIFY(p.endsWith("/IIN Desk/journal.sqlite"));
    QVERIFY(p.startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
}

void TestDatabase::upgradesVersion1Fixture()
{
    {
        Result<std::unique_ptr<Database>> v1 = Database::open(path(), {5000, 1});
        QVERIFY2(v1, qPrintable(v1.errorMessage()));
        QCOMPARE((*v1)->schemaVersion(), 1);
        QCOMPARE(
            scalar(**v1, "SELECT count(*) FROM sqlite_schema WHERE name = 'name_keys'").toInt(), 0);
        QVERIFY(execSql(**v1,
                        "INSERT INTO applications (registration_number, status, office, desk,"
                        " created_at, created_by, updated_at, surname_cyr, given_name_cyr,"
                        " surname_lat, given_name_lat, birth_date, citizenship, application_json)"
                        " VALUES ('ALM01-02-000001-X', 'registered', 'ALM01', '02',"
                        " '2026-01-01T00:00:00.000Z', 'clerk', '2026-01-01T00:00:00.000Z',"
                        " 'Қасымов', 'Ерлан', 'QASYMOV', 'ERLAN', '1980-01-01', 'UZB', '{}')"));
    }
    auto db = openOrFail(path());
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latest());
    QVERIFY(countOf(*db, "name_keys") > 0);
    Journal journal(*db);
    for (const char* text : {"қасымов", "KASYMOV", "Касымов ерлан"}) {
        JournalQuery q;
        q.text = QString::fromUtf8(text);
        Result<QList<JournalEntry>> found = journal.search(q);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().registrationNumber, "ALM01-02-000001-X");
    }
    // The duplicate check sees the migrated row too.
    Application same = sampleApplication(0);
    same.identityDocument->number = "OTHER1";
    Result<QList<DuplicateMatch>> dups = journal.likelyDuplicates(same);
    QVERIFY(dups);
    QCOMPARE(dups->size(), 1);
}

void TestDatabase::failedMigrationRollsBack()
{
    {
        Result<std::unique_ptr<Database>> v1 = Database::open(path(), {5000, 1});
        QVERIFY(v1);
        // Something in the way of step 2: its CREATE TABLE must fail.
        QVERIFY(execSql(**v1, "CREATE TABLE name_keys (x INTEGER)"));
        QVERIFY(execSql(**v1, "INSERT INTO name_keys VALUES (7)"));
    }
    Result<std::unique_ptr<Database>> failed = Database::open(path());
    QVERIFY(!failed);
    QVERIFY(failed.errorMessage().contains("name_keys"));
    Result<std::unique_ptr<Database>> v1 = Database::open(path(), {5000, 1});
    QVERIFY(v1);
    QCOMPARE((*v1)->schemaVersion(), 1);
    QCOMPARE(scalar(**v1, "SELECT x FROM name_keys").toInt(), 7);
    QCOMPARE(scalar(**v1, "SELECT count(*) FROM sqlite_schema WHERE name = 'name_keys_application'")
                 .toInt(),
             0);
}

void TestDatabase::refusesNewerSchema()
{
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        QVERIFY(execSql(*db, "PRAGMA user_version = 99"));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, "store.newer_schema");
}

void TestDatabase::refusesGarbageWithoutTouchingIt()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 9000; ++i)
        garbage.append(char((i * 37 + 11) % 256));
    f.write(garbage);
    f.close();
    const QByteArray before = digestOf(path());

    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, "store.corrupt");
    QVERIFY(db.errorMessage().contains("damaged"));
    QCOMPARE(digestOf(path()), before);
    QVERIFY(!QFile::exists(path() + "-wal"));
}

void TestDatabase::refusesDamagedPagesWithoutTouchingIt()
{
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        Journal journal(*db);
        for (int i = 0; i < 60; ++i)
            STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    }
    QVERIFY(!QFile::exists(path() + "-wal")); // checkpointed on close
    const QString copy = path("damaged.sqlite");
    QVERIFY(QFile::copy(path(), copy));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() > 6 * pageSize);
        // Pages 3 to 5: b-tree pages of the journal's tables and indexes.
        f.seek(2 * pageSize);
        f.write(QByteArray(3 * pageSize, '\xA5'));
    }
    const QByteArray before = digestOf(copy);
    Result<std::unique_ptr<Database>> db = Database::open(copy);
    QVERIFY(!db);
    QCOMPARE(db.error().code, "store.corrupt");
    QVERIFY(db.errorMessage().contains(copy));
    QCOMPARE(digestOf(copy), before);
    // The original is fine.
    QVERIFY(openOrFail(path()));
}

void TestDatabase::deferredCheckFindsDamageAfterOpening()
{
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        Journal journal(*db);
        for (int i = 0; i < 60; ++i)
            STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    }
    const Database::Options deferred{.check = Database::OpenCheck::Deferred};
    {
        // A sound file: opened at once, and the later check agrees.
        auto db = Database::open(path(), deferred);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY((*db)->checkIntegrity());
    }
    const QString copy = path("damaged-later.sqlite");
    QVERIFY(QFile::copy(path(), copy));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(2 * 4096); // table pages, not the schema on page 1
        f.write(QByteArray(3 * 4096, '\xA5'));
    }
    const QByteArray before = digestOf(copy);
    {
        auto db = Database::open(copy, deferred);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const Status check = (*db)->checkIntegrity();
        QVERIFY(!check);
        QCOMPARE(check.error().code, "store.corrupt");
    }
    QCOMPARE(digestOf(copy), before);
    // The full check on open still refuses it.
    QCOMPARE(Database::open(copy).error().code, "store.corrupt");

    // A file that needs a migration is checked whole before the migration writes to it.
    const QString old = path("old-damaged.sqlite");
    {
        Database::Options v1;
        v1.upToVersion = 1;
        auto db = Database::open(old, v1);
        QVERIFY(db);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec("CREATE TABLE filler (x BLOB)"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(q.exec("INSERT INTO filler VALUES (zeroblob(4000))"));
    }
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 20 * 4096);
        f.seek(f.size() - 8 * 4096);
        f.write(QByteArray(4 * 4096, '\xA5'));
    }
    const QByteArray oldBefore = digestOf(old);
    auto migrated = Database::open(old, deferred);
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().code, "store.corrupt");
    QCOMPARE(digestOf(old), oldBefore);
}

void TestDatabase::refusesReadOnlyFile()
{
    {
        auto db = openOrFail(path());
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = digestOf(path());
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, "store.read_only");
    QVERIFY(db.errorMessage().contains("read-only"));
    QCOMPARE(digestOf(path()), before);
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabase::lockedDatabaseLeavesNoPartialRecord()
{
    Result<std::unique_ptr<Database>> desk = Database::open(path(), {300, -1});
    QVERIFY(desk);
    Journal journal(**desk);
    STORE_VERIFY(journal.registerApplication(sampleIntake(0), sampleDesk()));

    Result<std::unique_ptr<Database>> other = Database::open(path(), {300, -1});
    QVERIFY(other);
    QVERIFY(execSql(**other, "BEGIN EXCLUSIVE"));
    QVERIFY(execSql(**other, "INSERT INTO meta (key, value) VALUES ('held', 'yes')"));

    Result<Registration> r = journal.registerApplication(sampleIntake(1), sampleDesk());
    QVERIFY(!r);
    QCOMPARE(r.error().code, "store.busy");
    QVERIFY(r.errorMessage().contains("locked"));
    QVERIFY(execSql(**other, "ROLLBACK"));

    QCOMPARE(countOf(**desk, "applications"), 1);
    QCOMPARE(countOf(**desk, "outbox"), 1);
    QCOMPARE(scalar(**desk, "SELECT last_value FROM desk_sequence").toInt(), 1);
    QVERIFY(AuditTrail::verify((*desk)->sql()).ok);
    Result<Registration> again = journal.registerApplication(sampleIntake(1), sampleDesk());
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(again->registrationNumber.startsWith("ALM01-02-000002-"));
}

void TestDatabase::fullDiskLeavesNoPartialRecord()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    Journal journal(*db);
    for (int i = 0; i < 5; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    const int audit = countOf(*db, "audit_log");
    // SQLite's own ceiling on the file size stands in for a full disk.
    const int pages = scalar(*db, "PRAGMA page_count").toInt();
    QVERIFY(execSql(*db, QString("PRAGMA max_page_count = %1").arg(pages)));
    Intake big = sampleIntake(5);
    big.json = QByteArray(200 * 1024, 'x');
    Result<Registration> r = journal.registerApplication(big, sampleDesk());
    QVERIFY(!r);
    QCOMPARE(r.error().code, "store.disk_full");
    QVERIFY(r.errorMessage().contains("disk is full"));
    QCOMPARE(countOf(*db, "applications"), 5);
    QCOMPARE(countOf(*db, "outbox"), 5);
    QCOMPARE(countOf(*db, "status_history"), 5);
    QCOMPARE(countOf(*db, "audit_log"), audit);
    QCOMPARE(scalar(*db, "SELECT last_value FROM desk_sequence").toInt(), 5);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
    QCOMPARE(scalar(*db, "PRAGMA integrity_check").toString(), "ok");
}

// The disk fills up at a different point of the registration transaction each time (the n-th
// new page): every attempt either commits whole or leaves nothing, and the next one works.
void TestDatabase::fullDiskAtEveryPointOfARegistration()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    Journal journal(*db);
    STORE_VERIFY(journal.registerApplication(sampleIntake(0), sampleDesk()));
    int failures = 0;
    for (int extra = 0; extra < 24; ++extra) {
        const int pages = scalar(*db, "PRAGMA page_count").toInt();
        QVERIFY(execSql(*db, QString("PRAGMA max_page_count = %1").arg(pages + extra)));
        Intake intake = sampleIntake(extra + 1);
        intake.json += QByteArray(6000 * (extra % 5), ' '); // rows of different sizes
        Result<Registration> r = journal.registerApplication(intake, sampleDesk());
        if (!r) {
            ++failures;
            QCOMPARE(r.error().code, "store.disk_full");
        }
        QVERIFY(execSql(*db, "PRAGMA max_page_count = 1073741823"));
        const int apps = countOf(*db, "applications");
        QCOMPARE(countOf(*db, "outbox"), apps);
        QCOMPARE(countOf(*db, "status_history"), apps);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action ="
                             " 'application.created'")
                     .toInt(),
                 apps);
        QCOMPARE(scalar(*db, "SELECT last_value FROM desk_sequence").toInt(), apps);
        QVERIFY(AuditTrail::verify(db->sql()).ok);
        // Room again: the same package goes through.
        if (!r)
            STORE_VERIFY(journal.registerApplication(intake, sampleDesk()));
    }
    QVERIFY(failures > 3);
    QCOMPARE(scalar(*db, "PRAGMA integrity_check").toString(), "ok");
}

void TestDatabase::connectionsPerThread()
{
    auto db = openOrFail(path());
    QVERIFY(db);
    QString workerError;
    QString workerConnection;
    QThread* worker = QThread::create([&] {
        Result<std::unique_ptr<Database>> own = Database::open(path());
        if (!own) {
            workerError = own.errorMessage();
            return;
        }
        workerConnection = (*own)->sql().connectionName();
        Journal journal(**own);
        for (int i = 0; i < 20; ++i) {
            Result<Registration> r =
                journal.registerApplication(sampleIntake(100 + i), DeskContext{"ALM01", "03", "w"});
            if (!r) {
                workerError = r.errorMessage();
                return;
            }
        }
    });
    worker->start();
    Journal journal(*db);
    for (int i = 0; i < 20; ++i)
        STORE_VERIFY(journal.registerApplication(sampleIntake(i), sampleDesk()));
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QVERIFY(!workerConnection.isEmpty());
    QVERIFY(workerConnection != db->sql().connectionName());
    QCOMPARE(countOf(*db, "applications"), 40);
    QCOMPARE(scalar(*db, "SELECT count(DISTINCT registration_number) FROM applications").toInt(),
             40);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

// A second connection opened in this process must not drop the locks of the first: POSIX locks
// belong to the process, so a descriptor of the journal opened and closed by hand releases them
// all. Another process (here the CLI) then thinks it is the last connection, checkpoints and
// deletes the WAL, and what the first connection commits after that is lost.
void TestDatabase::secondConnectionKeepsTheFirstOnesLocks()
{
    auto first = Database::open(path());
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QSqlQuery q((*first)->sql());
    QVERIFY(q.exec("CREATE TABLE marks (n INTEGER)"));
    QVERIFY(q.exec("INSERT INTO marks VALUES (1)"));
    QVERIFY(QFile::exists(path() + "-wal"));

    auto second = Database::open(path());
    QVERIFY2(second, qPrintable(second.errorMessage()));
    const iin::test::ProcessResult listed = iin::test::runCli({"list", "--db", path()});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(QFile::exists(path() + "-wal"),
             "another process deleted the WAL under our connections");

    QVERIFY(q.exec("INSERT INTO marks VALUES (2)"));
    q.finish();
    second->reset();
    first->reset();
    auto reopened = Database::open(path());
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    QSqlQuery count((*reopened)->sql());
    QVERIFY(count.exec("SELECT count(*) FROM marks") && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"

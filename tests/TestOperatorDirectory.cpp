#include "core/operators/LoginGuard.h"
#include "core/operators/OperatorDirectory.h"
#include "core/operators/OperatorFileImport.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;

// Operator accounts in the journal database: creation, sign-in with lockout, role changes,
// password reset, deactivation, language — each with its record in the hash-chained audit
// trail — and the one-time import of an earlier version's operators file. On real files.
class TestOperatorDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstAdministrator();
    void rejectsBadAccounts();
    void onlyAnAdministratorManagesAccounts();
    void lockoutAfterFailures();
    void lockSurvivesReopening();
    void deactivatedCannotSignIn();
    void lastAdministratorStays();
    void resetLiftsLockAndChangesPassword();
    void roleAndLanguage();
    void everyRoleCanBeStored();
    void auditChainHoldsAndNamesNoSecret();
    void passwordNeverStoredInClear();
    void importsAnOldOperatorsFileOnce();
    void importKeepsTheJournalsOwnAccounts();

private:
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }
    std::unique_ptr<Database> openDatabase();
    // The administrator every account change is made by, and a clerk.
    void addAdministratorAndClerk(OperatorDirectory& d);
    // The audit actions recorded for one subject, oldest first.
    QStringList actions(Database& db, const QString& subject);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_t0{QDate(2026, 11, 24), QTime(9, 0), Qt::UTC};
    const QString m_password = QStringLiteral("counter2026desk");
};

void TestOperatorDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOperatorDirectory::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestOperatorDirectory::openDatabase()
{
    auto db = Database::open(journalPath());
    if (!db) {
        qWarning() << db.errorMessage();
        return nullptr;
    }
    return std::move(db).value();
}

void TestOperatorDirectory::addAdministratorAndClerk(OperatorDirectory& d)
{
    QVERIFY(d.create("admin", "Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    QVERIFY(d.create("clerk1", "Name", Role::Clerk, m_password, "kk", "admin", m_t0).ok());
}

QStringList TestOperatorDirectory::actions(Database& db, const QString& subject)
{
    QStringList list;
    const auto records = AuditTrail::recordsFor(db.sql(), subject);
    if (records) {
        for (const AuditRecord& r : *records)
            list << r.action;
    }
    return list;
}

void TestOperatorDirectory::firstAdministrator()
{
    auto db = openDatabase();
    QVERIFY(db);
    QVERIFY(db->schemaVersion() >= 7);
    OperatorDirectory d(*db);
    QVERIFY(*d.isEmpty());
    const auto admin = d.create("Admin", "Сейтжанов Ерлан", Role::Administrator, m_password, "ru",
                                QString(), m_t0);
    QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
    QCOMPARE(admin->login, QString("admin")); // logins are kept in lower case
    QCOMPARE(admin->role, Role::Administrator);
    QCOMPARE(admin->language, QString("ru"));
    QVERIFY(!*d.isEmpty());
    // Only the first account creates itself.
    QCOMPARE(
        d.create("other", "Other", Role::Administrator, m_password, "ru", {}, m_t0).error().code,
        QString("operator.not_allowed"));
    const auto signedIn = d.authenticate("ADMIN", m_password, m_t0.addSecs(5));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
    QCOMPARE(signedIn->fullName, QString("Сейтжанов Ерлан"));
    QCOMPARE(actions(*db, "operator:admin"),
             (QStringList{AuditTrail::OperatorCreated, AuditTrail::Login}));
    const auto records = AuditTrail::recordsFor(db->sql(), "operator:admin");
    QCOMPARE(records->at(0).operatorId, QString("admin"));
    // The full name is personal data: it stays in the account, out of the trail.
    QVERIFY(!records->at(0).details.contains("Сейтжанов"));
    QVERIFY(records->at(0).details.contains("administrator"));
}

void TestOperatorDirectory::rejectsBadAccounts()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    QVERIFY(d.create("admin", "Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    const QString admin = "admin";
    QCOMPARE(d.create("x", "Name", Role::Clerk, m_password, "kk", admin, m_t0).error().code,
             QString("operator.login"));
    QCOMPARE(
        d.create("x'; DROP TABLE operators; --", "Name", Role::Clerk, m_password, "kk", admin, m_t0)
            .error()
            .code,
        QString("operator.login"));
    QCOMPARE(d.create("clerk1", "  ", Role::Clerk, m_password, "kk", admin, m_t0).error().code,
             QString("operator.full_name"));
    QCOMPARE(d.create("clerk1", "Name", Role::Clerk, "short1", "kk", admin, m_t0).error().code,
             QString("password.short"));
    QVERIFY(d.create("clerk1", "Name", Role::Clerk, m_password, "kk", admin, m_t0).ok());
    QCOMPARE(d.create("Clerk1", "Other", Role::Clerk, m_password, "kk", admin, m_t0).error().code,
             QString("operator.exists"));
    QCOMPARE(d.operators()->size(), 2);
}

void TestOperatorDirectory::onlyAnAdministratorManagesAccounts()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    addAdministratorAndClerk(d);
    QCOMPARE(d.create("clerk2", "Name", Role::Clerk, m_password, "kk", "clerk1", m_t0).error().code,
             QString("operator.not_allowed"));
    QCOMPARE(d.setRole("clerk1", Role::Administrator, "clerk1", m_t0).error().code,
             QString("operator.not_allowed"));
    QCOMPARE(d.resetPassword("admin", "new-password-2026", "clerk1", m_t0).error().code,
             QString("operator.not_allowed"));
    QCOMPARE(d.setActive("admin", false, "clerk1", m_t0).error().code,
             QString("operator.not_allowed"));
    QCOMPARE(d.find("clerk1")->role, Role::Clerk);
    QCOMPARE(actions(*db, "operator:clerk1"), QStringList{AuditTrail::OperatorCreated});
}

void TestOperatorDirectory::lockoutAfterFailures()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    addAdministratorAndClerk(d);
    for (int i = 1; i < LoginGuard::MaxFailures; ++i)
        QCOMPARE(d.authenticate("clerk1", "wrong-password-1", m_t0.addSecs(i)).error().code,
                 QString("login.wrong"));
    const auto locked = d.authenticate("clerk1", "wrong-password-1", m_t0.addSecs(10));
    QCOMPARE(locked.error().code, QString("login.locked"));
    QVERIFY2(locked.errorMessage().contains(QString::number(LoginGuard::LockMinutes)),
             qPrintable(locked.errorMessage()));
    // Even the right password is refused while locked, and the minutes left are given.
    const auto still = d.authenticate("clerk1", m_password, m_t0.addSecs(10 + 5 * 60));
    QCOMPARE(still.error().code, QString("login.locked"));
    QVERIFY2(still.errorMessage().contains("10 minute"), qPrintable(still.errorMessage()));
    // After the lock runs out the right password works and clears the counters.
    const auto later =
        d.authenticate("clerk1", m_password, m_t0.addSecs(10 + LoginGuard::LockMinutes * 60));
    QVERIFY2(later.ok(), qPrintable(later.errorMessage()));
    const QStringList recorded = actions(*db, "operator:clerk1");
    QCOMPARE(recorded.count(AuditTrail::LoginFailed), LoginGuard::MaxFailures + 1);
    QCOMPARE(recorded.count(AuditTrail::LockedOut), 1);
    QCOMPARE(recorded.last(), AuditTrail::Login);
    // Unknown logins get the same answer as wrong passwords: no hint which logins exist; the
    // text typed is not recorded.
    QCOMPARE(d.authenticate("nobody", m_password, m_t0).error().message,
             d.authenticate("clerk1", "wrong-password-1", m_t0.addSecs(20 * 60)).error().message);
    QCOMPARE(actions(*db, "operator:unknown"), QStringList{AuditTrail::LoginFailed});
    QVERIFY(actions(*db, "operator:nobody").isEmpty());
}

void TestOperatorDirectory::lockSurvivesReopening()
{
    {
        auto db = openDatabase();
        QVERIFY(db);
        OperatorDirectory d(*db);
        addAdministratorAndClerk(d);
        for (int i = 0; i < LoginGuard::MaxFailures; ++i)
            QVERIFY(!d.authenticate("clerk1", "wrong-password-1", m_t0.addSecs(i)).ok());
    }
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    QCOMPARE(d.authenticate("clerk1", m_password, m_t0.addSecs(60)).error().code,
             QString("login.locked"));
}

void TestOperatorDirectory::deactivatedCannotSignIn()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    addAdministratorAndClerk(d);
    QVERIFY(d.setActive("clerk1", false, "admin", m_t0).ok());
    QCOMPARE(d.authenticate("clerk1", m_password, m_t0).error().code, QString("login.inactive"));
    QVERIFY(d.setActive("clerk1", true, "admin", m_t0).ok());
    QVERIFY(d.authenticate("clerk1", m_password, m_t0).ok());
    QCOMPARE(actions(*db, "operator:clerk1"),
             (QStringList{AuditTrail::OperatorCreated, AuditTrail::Deactivated,
                          AuditTrail::LoginFailed, AuditTrail::Activated, AuditTrail::Login}));
}

void TestOperatorDirectory::lastAdministratorStays()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    QVERIFY(d.create("admin", "Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    QCOMPARE(d.setRole("admin", Role::Clerk, "admin", m_t0).error().code,
             QString("operator.last_administrator"));
    QCOMPARE(d.setActive("admin", false, "admin", m_t0).error().code,
             QString("operator.last_administrator"));
    QVERIFY(
        d.create("admin2", "Admin 2", Role::Administrator, m_password, "kk", "admin", m_t0).ok());
    QVERIFY(d.setRole("admin", Role::Supervisor, "admin2", m_t0).ok());
    QCOMPARE(d.find("admin")->role, Role::Supervisor);
    QCOMPARE(d.setActive("admin2", false, "admin2", m_t0).error().code,
             QString("operator.last_administrator"));
    QVERIFY(d.find("admin2")->active);
}

void TestOperatorDirectory::resetLiftsLockAndChangesPassword()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    addAdministratorAndClerk(d);
    for (int i = 0; i < LoginGuard::MaxFailures; ++i)
        QVERIFY(!d.authenticate("clerk1", "wrong-password-1", m_t0).ok());
    QCOMPARE(d.resetPassword("clerk1", "weak", "admin", m_t0).error().code,
             QString("password.short"));
    QVERIFY(d.resetPassword("clerk1", "new-password-2026", "admin", m_t0).ok());
    QCOMPARE(d.authenticate("clerk1", m_password, m_t0).error().code, QString("login.wrong"));
    QVERIFY(d.authenticate("clerk1", "new-password-2026", m_t0).ok());
    const auto records = AuditTrail::recordsFor(db->sql(), "operator:clerk1");
    bool reset = false;
    for (const AuditRecord& r : *records) {
        if (r.action == AuditTrail::PasswordReset) {
            reset = true;
            QCOMPARE(r.operatorId, QString("admin"));
            QVERIFY2(r.details.contains("\"lockout_lifted\":true"), qPrintable(r.details));
        }
    }
    QVERIFY(reset);
}

void TestOperatorDirectory::roleAndLanguage()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    addAdministratorAndClerk(d);
    QVERIFY(d.setRole("clerk1", Role::Officer, "admin", m_t0).ok());
    QVERIFY(d.setLanguage("clerk1", "ru", m_t0).ok());
    QVERIFY(!d.setLanguage("clerk1", "de", m_t0).ok());
    const auto o = d.authenticate("clerk1", m_password, m_t0);
    QVERIFY(o.ok());
    QCOMPARE(o->role, Role::Officer);
    QCOMPARE(o->language, QString("ru"));
    const auto records = AuditTrail::recordsFor(db->sql(), "operator:clerk1");
    QStringList seen;
    for (const AuditRecord& r : *records) {
        const QJsonObject details = QJsonDocument::fromJson(r.details.toUtf8()).object();
        if (r.action == AuditTrail::RoleChanged) {
            QCOMPARE(r.operatorId, QString("admin"));
            QCOMPARE(details.value("from").toString(), QString("clerk"));
            QCOMPARE(details.value("to").toString(), QString("officer"));
            seen << r.action;
        } else if (r.action == AuditTrail::LanguageChanged) {
            QCOMPARE(r.operatorId, QString("clerk1"));
            QCOMPARE(details.value("to").toString(), QString("ru"));
            seen << r.action;
        }
    }
    QCOMPARE(seen, (QStringList{AuditTrail::RoleChanged, AuditTrail::LanguageChanged}));
}

// The table's CHECK on roles follows core/Role.h: a role added there without a migration fails
// here.
void TestOperatorDirectory::everyRoleCanBeStored()
{
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    QVERIFY(d.create("admin", "Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    for (Role role : allRoles()) {
        const QString login = "user-" + roleToString(role);
        const auto created = d.create(login, "Name", role, m_password, "kk", "admin", m_t0);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(d.find(login)->role, role);
    }
    QSqlQuery q(db->sql());
    QVERIFY(!q.exec("UPDATE operators SET role = 'root' WHERE login = 'admin'"));
}

// Every kind of operator event, then the chain is checked in-process and by the command-line
// tool; no password and no hash is anywhere in the trail.
void TestOperatorDirectory::auditChainHoldsAndNamesNoSecret()
{
    {
        auto db = openDatabase();
        QVERIFY(db);
        OperatorDirectory d(*db);
        addAdministratorAndClerk(d);
        QVERIFY(d.authenticate("admin", m_password, m_t0).ok());
        for (int i = 0; i < LoginGuard::MaxFailures; ++i)
            QVERIFY(!d.authenticate("clerk1", "wrong-password-1", m_t0).ok());
        QVERIFY(!d.authenticate("typed-secret-9", m_password, m_t0).ok());
        QVERIFY(d.resetPassword("clerk1", "new-password-2026", "admin", m_t0).ok());
        QVERIFY(d.authenticate("clerk1", "new-password-2026", m_t0).ok());
        QVERIFY(d.recordScreenLocked("clerk1").ok());
        QVERIFY(
            d.authenticate("clerk1", "new-password-2026", m_t0, OperatorDirectory::Purpose::Unlock)
                .ok());
        QVERIFY(d.setRole("clerk1", Role::Officer, "admin", m_t0).ok());
        QVERIFY(d.setLanguage("clerk1", "en", m_t0).ok());
        QVERIFY(d.setActive("clerk1", false, "admin", m_t0).ok());
        QVERIFY(d.setActive("clerk1", true, "admin", m_t0).ok());
        QVERIFY(d.recordLogout("clerk1").ok());
        const AuditVerification v = AuditTrail::verify(db->sql());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QStringList all;
        QSqlQuery q(db->sql());
        QVERIFY(q.exec("SELECT action, subject, details, operator FROM audit_log ORDER BY seq"));
        while (q.next()) {
            all << q.value(0).toString();
            for (int column = 1; column < 4; ++column) {
                const QString text = q.value(column).toString();
                QVERIFY2(!text.contains(m_password) && !text.contains("wrong-password") &&
                             !text.contains("new-password") && !text.contains("argon2") &&
                             !text.contains("typed-secret"),
                         qPrintable(text));
            }
        }
        for (const QString& action :
             {AuditTrail::OperatorCreated, AuditTrail::Login, AuditTrail::LoginFailed,
              AuditTrail::LockedOut, AuditTrail::PasswordReset, AuditTrail::ScreenLocked,
              AuditTrail::Unlocked, AuditTrail::RoleChanged, AuditTrail::LanguageChanged,
              AuditTrail::Deactivated, AuditTrail::Activated, AuditTrail::Logout})
            QVERIFY2(all.contains(action), qPrintable(action));
    }
    // The journal has accounts: reading its audit trail needs an administrator or supervisor
    // signed in.
    qputenv("IIN_DESK_PASSWORD", m_password.toUtf8());
    const test::ProcessResult r =
        test::runCli({"audit", "verify", "--db", journalPath(), "--as", "admin"});
    qunsetenv("IIN_DESK_PASSWORD");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("\"ok\":true"));
}

void TestOperatorDirectory::passwordNeverStoredInClear()
{
    {
        auto db = openDatabase();
        QVERIFY(db);
        OperatorDirectory d(*db);
        addAdministratorAndClerk(d);
        QVERIFY(!d.authenticate("clerk1", "wrong-password-1", m_t0).ok());
        // Everything into the main file, so the bytes below are all there is.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("$argon2id$"));
    QVERIFY(!bytes.contains(m_password.toUtf8()));
    QVERIFY(!bytes.contains("wrong-password-1"));
}

// tests/data/operators-before-v7.sqlite was written by the desk's operators store of the version
// before schema 7 (its own file, tables `operators` and `operator_events`): admin (ru), clerk1
// (deactivated, language changed to ru), officer1 (role changed, locked after five failures),
// and a failed login under the text "typed-secret-9"; every password is "old-desk-2025".
void TestOperatorDirectory::importsAnOldOperatorsFileOnce()
{
    const QString legacy = m_dir->filePath("operators.sqlite");
    QVERIFY(QFile::copy(test::sourcePath("tests/data/operators-before-v7.sqlite"), legacy));
    QFile::setPermissions(legacy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = openDatabase();
    QVERIFY(db);
    const auto summary = OperatorFileImport::run(*db, legacy);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QVERIFY(summary->imported);
    QCOMPARE(summary->accounts, 3);
    QCOMPARE(summary->skipped, 0);
    QCOMPARE(summary->events, 14);
    // Left in place under another name: nothing is lost, nothing is imported twice.
    QVERIFY(!QFile::exists(legacy));
    QCOMPARE(summary->renamedTo, legacy + ".imported");
    QVERIFY(QFile::exists(legacy + ".imported"));

    OperatorDirectory d(*db);
    const auto list = d.operators();
    QCOMPARE(list->size(), 3);
    QCOMPARE(d.find("admin")->role, Role::Administrator);
    QCOMPARE(d.find("admin")->language, QString("ru"));
    QCOMPARE(d.find("admin")->fullName, QString("Сейтжанов Ерлан"));
    QVERIFY(!d.find("clerk1")->active);
    QCOMPARE(d.find("officer1")->role, Role::Officer);
    // The hashes came along: the old password still signs in.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(d.authenticate("admin", "old-desk-2025", now).ok());
    QCOMPARE(d.authenticate("clerk1", "old-desk-2025", now).error().code,
             QString("login.inactive"));
    // The lockout came along too (it has run out by now, and its counters are kept).
    QVERIFY(d.authenticate("officer1", "old-desk-2025", now).ok());

    const QStringList officer = actions(*db, "operator:officer1");
    QCOMPARE(officer.first(), AuditTrail::OperatorImported);
    QCOMPARE(officer.count(AuditTrail::OperatorEventImported), 8);
    const auto records = AuditTrail::recordsFor(db->sql(), "operator:officer1");
    const QJsonObject first = QJsonDocument::fromJson(records->at(1).details.toUtf8()).object();
    QCOMPARE(first.value("event").toString(), QString("created"));
    QCOMPARE(first.value("at").toString(), QString("2025-10-01T08:02:00.000Z"));
    QCOMPARE(first.value("actor").toString(), QString("admin"));
    // The failed login under unknown text is kept as an event, without the text.
    QCOMPARE(actions(*db, "operator:unknown"), QStringList{AuditTrail::OperatorEventImported});
    QCOMPARE(actions(*db, "operators"), QStringList{AuditTrail::OperatorsFileImported});
    QSqlQuery q(db->sql());
    QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE details LIKE '%typed-secret%'"
                   " OR subject LIKE '%typed-secret%' OR details LIKE '%argon2%'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const AuditVerification v = AuditTrail::verify(db->sql());
    QVERIFY2(v.ok, qPrintable(v.reason));

    // The same file put back (say, restored from a copy) is not imported again.
    QVERIFY(QFile::copy(legacy + ".imported", legacy));
    const auto again = OperatorFileImport::run(*db, legacy);
    QVERIFY(again.ok());
    QVERIFY(!again->imported);
    QCOMPARE(actions(*db, "operators").size(), 1);
}

void TestOperatorDirectory::importKeepsTheJournalsOwnAccounts()
{
    const QString legacy = m_dir->filePath("operators.sqlite");
    QVERIFY(QFile::copy(test::sourcePath("tests/data/operators-before-v7.sqlite"), legacy));
    QFile::setPermissions(legacy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = openDatabase();
    QVERIFY(db);
    OperatorDirectory d(*db);
    QVERIFY(d.create("admin", "New Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    const auto summary = OperatorFileImport::run(*db, legacy);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->accounts, 2);
    QCOMPARE(summary->skipped, 1);
    QCOMPARE(d.find("admin")->fullName, QString("New Admin"));
    QVERIFY(d.authenticate("admin", m_password, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(d.find("clerk1"));
}

QTEST_GUILESS_MAIN(TestOperatorDirectory)
#include "TestOperatorDirectory.moc"

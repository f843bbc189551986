#include "tests/StoreTestData.h"

#include "core/backup/Backup.h"
#include "core/calendar/CalendarStore.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/journal/Journal.h"
#include "core/operators/Authorization.h"
#include "core/operators/LoginGuard.h"
#include "core/operators/OperatorDirectory.h"
#include "core/operators/PasswordHash.h"
#include "core/operators/Role.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// Roles, password hashing and lockout: the rules behind the desk's login.
class TestOperatorSecurity : public QObject
{
    Q_OBJECT

private slots:
    void hashVerifies();
    void hashIsSaltedArgon2id();
    void strength_data();
    void strength();
    void lockoutAfterRepeatedFailures();
    void rolesLeastPrivilege();
    void roleNamesRoundTrip();
    void rolesEnforcedInTheStore();
    void journalWithoutAccountsTakesAnyName();
    void everySignInPathRunsOneHash();
};

namespace {

const QString Password = QStringLiteral("counter2026desk");

// A journal with an administrator, a clerk, an officer and a supervisor.
std::unique_ptr<Database> journalWithAccounts(const QTemporaryDir& dir)
{
    auto db = openOrFail(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!db)
        return db;
    OperatorDirectory d(*db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = bool(d.create("admin", "Admin", Role::Administrator, Password, "kk", {}, now));
    for (const auto& [login, role] :
         {std::pair{"clerk.aigerim", Role::Clerk}, std::pair{"officer.nurlan", Role::Officer},
          std::pair{"supervisor.dana", Role::Supervisor}})
        ok = ok &&
             bool(d.create(QString::fromLatin1(login), "Name", role, Password, "kk", "admin", now));
    if (!ok)
        qWarning("could not create the accounts");
    return db;
}

DeskContext deskOf(const QString& login)
{
    DeskContext desk = sampleDesk();
    desk.operatorId = login;
    return desk;
}

} // namespace

void TestOperatorSecurity::hashVerifies()
{
    const auto h = PasswordHash::hash(QStringLiteral("Қауіпсіз-пароль-2026"));
    QVERIFY2(h.ok(), qPrintable(h.errorMessage()));
    QVERIFY(PasswordHash::verify(*h, QStringLiteral("Қауіпсіз-пароль-2026")));
    QVERIFY(!PasswordHash::verify(*h, QStringLiteral("қауіпсіз-пароль-2026")));
    QVERIFY(!PasswordHash::verify(*h, QString()));
    QVERIFY(!PasswordHash::verify(QString(), QStringLiteral("x")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("garbage"), QStringLiteral("x")));
    QVERIFY(!PasswordHash::needsRehash(*h));
}

void TestOperatorSecurity::hashIsSaltedArgon2id()
{
    const auto a = PasswordHash::hash(QStringLiteral("same password 1"));
    const auto b = PasswordHash::hash(QStringLiteral("same password 1"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->startsWith(u"$argon2id$"));
    QVERIFY(*a != *b);
}

void TestOperatorSecurity::strength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("good") << "counter2026desk" << QStringList{};
    QTest::newRow("short") << "abc123" << QStringList{"password.short"};
    QTest::newRow("letters only") << "onlyletterslong" << QStringList{"password.mix"};
    QTest::newRow("digits only") << "1234567890123" << QStringList{"password.mix"};
    QTest::newRow("empty") << "" << QStringList{"password.short", "password.mix"};
}

void TestOperatorSecurity::strength()
{
    QFETCH(QString, password);
    QFETCH(QStringList, codes);
    QStringList got;
    for (const Problem& p : PasswordHash::checkStrength(password))
        got << p.code;
    QCOMPARE(got, codes);
}

void TestOperatorSecurity::lockoutAfterRepeatedFailures()
{
    const QDateTime t0(QDate(2026, 11, 24), QTime(9, 0));
    LoginGuard::State s;
    for (int i = 1; i < LoginGuard::MaxFailures; ++i) {
        s = LoginGuard::afterFailure(s, t0.addSecs(i));
        QVERIFY(!LoginGuard::isLocked(s, t0.addSecs(i)));
    }
    s = LoginGuard::afterFailure(s, t0.addSecs(10));
    QVERIFY(LoginGuard::isLocked(s, t0.addSecs(11)));
    QVERIFY(LoginGuard::isLocked(s, t0.addSecs(10 + LoginGuard::LockMinutes * 60 - 1)));
    QVERIFY(!LoginGuard::isLocked(s, t0.addSecs(10 + LoginGuard::LockMinutes * 60)));
    // After the lock runs out, one more failure starts a fresh count instead of locking again.
    s = LoginGuard::afterFailure(s, t0.addSecs(10 + LoginGuard::LockMinutes * 60 + 1));
    QCOMPARE(s.failures, 1);
    QVERIFY(!LoginGuard::isLocked(s, t0.addSecs(10 + LoginGuard::LockMinutes * 60 + 2)));
    QCOMPARE(LoginGuard::afterSuccess().failures, 0);
}

void TestOperatorSecurity::rolesLeastPrivilege()
{
    QVERIFY(roleMay(Role::Clerk, Permission::TakeApplication));
    QVERIFY(!roleMay(Role::Clerk, Permission::TakeAnnex2));
    QVERIFY(roleMay(Role::Officer, Permission::TakeAnnex2));
    QVERIFY(!roleMay(Role::Clerk, Permission::ManageOperators));
    QVERIFY(!roleMay(Role::Clerk, Permission::CancelApplication));
    QVERIFY(roleMay(Role::Supervisor, Permission::ManageComplaints));
    QVERIFY(!roleMay(Role::Supervisor, Permission::TakeApplication));
    QVERIFY(roleMay(Role::Administrator, Permission::ManageOperators));
    // The administrator manages accounts but never sees applicants' personal data.
    QVERIFY(!roleMay(Role::Administrator, Permission::ViewApplications));
    QVERIFY(!roleMay(Role::Administrator, Permission::PrintCertificate));
}

void TestOperatorSecurity::roleNamesRoundTrip()
{
    for (Role r : allRoles()) {
        QCOMPARE(roleFromString(roleToString(r)).value(), r);
        QVERIFY(!roleDisplayName(r).isEmpty());
    }
    QVERIFY(!roleFromString(QStringLiteral("root")));
}

// The desk and the command-line tool obey the same rules because the store itself checks them:
// each operation names the operator, whose role is read from the journal's accounts.
void TestOperatorSecurity::rolesEnforcedInTheStore()
{
    QTemporaryDir dir;
    auto db = journalWithAccounts(dir);
    QVERIFY(db);
    Journal journal(*db);
    const auto code = [](const auto& result) { return result ? QString() : result.error().code; };

    // Intake and registration: clerks and officers; not the supervisor nor the administrator,
    // nor a name that is no account, nor a deactivated account.
    const Result<Registration> reg =
        journal.registerApplication(sampleIntake(1), deskOf("clerk.aigerim"));
    QVERIFY2(reg, qPrintable(reg.errorMessage()));
    QCOMPARE(code(journal.registerApplication(sampleIntake(2), deskOf("supervisor.dana"))),
             QString("operator.not_permitted"));
    QCOMPARE(code(journal.registerApplication(sampleIntake(2), deskOf("admin"))),
             QString("operator.not_permitted"));
    QCOMPARE(code(journal.registerApplication(sampleIntake(2), deskOf("cli"))),
             QString("operator.not_signed_in"));
    QCOMPARE(code(journal.saveDraft(sampleIntake(2), deskOf("someone else"))),
             QString("operator.not_signed_in"));
    const Result<Registration> refused =
        journal.registerApplication(sampleIntake(2), deskOf("supervisor.dana"));
    QVERIFY2(refused.errorMessage().contains("supervisor.dana"),
             qPrintable(refused.errorMessage()));

    // Views: the administrator sees no personal data, in any front end.
    QCOMPARE(code(journal.openRecord(reg->applicationId, "admin")),
             QString("operator.not_permitted"));
    QCOMPARE(code(journal.view(JournalQuery{}, "admin")), QString("operator.not_permitted"));
    QVERIFY(journal.openRecord(reg->applicationId, "supervisor.dana"));
    QCOMPARE(int(journal.view(JournalQuery{}, "clerk.aigerim")->size()), 1);

    // Cancelling is the supervisor's.
    QCOMPARE(
        journal
            .changeStatus(reg->applicationId, ApplicationStatus::Cancelled, "clerk.aigerim", "test")
            .error()
            .code,
        QString("operator.not_permitted"));

    // Complaints and the calendar are the supervisor's.
    ComplaintRegister complaints(*db, *CalendarStore(*db).inForce());
    Complaint c;
    c.applicationId = reg->applicationId;
    c.received = QDate::currentDate();
    c.channel = ComplaintChannel::Post;
    c.complainant = "Қасымов Ерлан";
    c.substance = "Өтініш мерзімінде қаралмады";
    QCOMPARE(code(complaints.add(c, "clerk.aigerim", QDate::currentDate())),
             QString("operator.not_permitted"));
    STORE_VERIFY(complaints.add(c, "supervisor.dana", QDate::currentDate()));
    CalendarYear year;
    year.year = 2027;
    year.status = "verified";
    year.note = "edited at the desk";
    year.movable.insert("kurban_ait", QDate(2027, 5, 16));
    QCOMPARE(CalendarStore(*db).saveYear(year, "officer.nurlan").error().code,
             QString("operator.not_permitted"));

    // A backup is an export: the supervisor's; a refused one leaves no file and no record.
    const QString copy = dir.filePath("copy.sqlite");
    QCOMPARE(Backup::write(*db, copy, "clerk.aigerim").error().code,
             QString("operator.not_permitted"));
    QVERIFY(!QFile::exists(copy));
    STORE_VERIFY(Backup::write(*db, copy, "supervisor.dana"));
    QCOMPARE(
        scalar(*db, "SELECT operator FROM audit_log WHERE action = 'database.backup'").toString(),
        QString("supervisor.dana"));

    // Deactivated: refused at once, whatever was signed in before.
    STORE_VERIFY(OperatorDirectory(*db).setActive("clerk.aigerim", false, "admin",
                                                  QDateTime::currentDateTimeUtc()));
    QCOMPARE(code(journal.openRecord(reg->applicationId, "clerk.aigerim")),
             QString("operator.not_signed_in"));
    // Nothing refused was written: the one registration, its records and the views allowed.
    QCOMPARE(scalar(*db, "SELECT count(*) FROM applications").toInt(), 1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestOperatorSecurity::journalWithoutAccountsTakesAnyName()
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath("journal.sqlite"));
    QVERIFY(db);
    QVERIFY(!*Authorization::hasAccounts(db->sql()));
    Journal journal(*db);
    const Result<Registration> reg = journal.registerApplication(sampleIntake(1), deskOf("cli"));
    QVERIFY2(reg, qPrintable(reg.errorMessage()));
    STORE_VERIFY(
        journal.changeStatus(reg->applicationId, ApplicationStatus::Cancelled, "script", "test"));
    STORE_VERIFY(Backup::write(*db, dir.filePath("copy.sqlite"), "benchmark"));
}

// An unknown login, a wrong password, a locked and a deactivated account each run exactly one
// argon2id verification, as a right password does: the time taken does not tell which logins
// exist. (Counted, not timed: a timed assertion would flake on a busy machine.)
void TestOperatorSecurity::everySignInPathRunsOneHash()
{
    QTemporaryDir dir;
    auto db = journalWithAccounts(dir);
    QVERIFY(db);
    OperatorDirectory d(*db);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const auto verificationsFor = [&](const QString& login, const QString& password,
                                      QString* message) {
        const quint64 before = PasswordHash::verifications();
        const Result<Operator> r = d.authenticate(login, password, t0);
        *message = r ? QString() : r.errorMessage();
        return PasswordHash::verifications() - before;
    };
    QString unknown, wrong, right;
    QCOMPARE(verificationsFor("nobody.here", Password, &unknown), quint64(1));
    QCOMPARE(verificationsFor("clerk.aigerim", "wrong-password-1", &wrong), quint64(1));
    QCOMPARE(verificationsFor("clerk.aigerim", Password, &right), quint64(1));
    QVERIFY(right.isEmpty());
    QCOMPARE(unknown, wrong);
    QVERIFY(!unknown.isEmpty());

    for (int i = 0; i < LoginGuard::MaxFailures; ++i)
        QVERIFY(!d.authenticate("officer.nurlan", "wrong-password-1", t0));
    QString locked;
    QCOMPARE(verificationsFor("officer.nurlan", Password, &locked), quint64(1));
    QVERIFY(!locked.isEmpty());
    STORE_VERIFY(d.setActive("clerk.aigerim", false, "admin", t0));
    QString inactive;
    QCOMPARE(verificationsFor("clerk.aigerim", Password, &inactive), quint64(1));
    QVERIFY(!inactive.isEmpty());
}

QTEST_GUILESS_MAIN(TestOperatorSecurity)
#include "TestOperatorSecurity.moc"

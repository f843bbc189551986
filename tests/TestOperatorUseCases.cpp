#include "core/operators/LoginGuard.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/usecases/ChangeLanguage.h"
#include "core/usecases/FirstRun.h"
#include "core/usecases/LockDesk.h"
#include "core/usecases/ManageOperators.h"
#include "core/usecases/SignIn.h"
#include "core/usecases/SignOut.h"
#include "core/usecases/Unlock.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;

// The operators' use cases, called directly as the command-line tool calls them (the desk calls
// the same functions in jobs on the operators' thread): the first run with the import of an
// earlier version's file, sign-in with its lockout and role check, unlock, the administrator's
// changes answering with the account as it is afterwards, the language, and the session's own
// records. On a real journal file.
class TestOperatorUseCases : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstRunImportsTheOldFileThenAsks();
    void firstAdministratorThenTheOthers();
    void signInChecksPasswordThenRole();
    void unlockCountsTowardsTheLockout();
    void changesAnswerWithTheAccount();
    void languageAndSessionRecords();

private:
    // The audit actions recorded for an account, oldest first.
    QStringList actions(const QString& login) const;
    void addAdministratorAndClerk();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t0{QDate(2026, 11, 24), QTime(9, 0), Qt::UTC};
    const QString m_password = QStringLiteral("counter2026desk");
};

void TestOperatorUseCases::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath("journal.sqlite"));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestOperatorUseCases::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestOperatorUseCases::actions(const QString& login) const
{
    QStringList list;
    if (const auto records = AuditTrail::recordsFor(m_db->sql(), OperatorDirectory::subject(login)))
        for (const AuditRecord& r : *records)
            list << r.action;
    return list;
}

void TestOperatorUseCases::addAdministratorAndClerk()
{
    QVERIFY(ManageOperators::add(*m_db, {"admin", "Admin", Role::Administrator, m_password, "kk"},
                                 {}, m_t0));
    QVERIFY(ManageOperators::add(*m_db, {"clerk1", "Clerk One", Role::Clerk, m_password, "ru"},
                                 "admin", m_t0));
}

void TestOperatorUseCases::firstRunImportsTheOldFileThenAsks()
{
    // No file of an earlier version (the command-line tool never names one): a fresh journal
    // needs its administrator.
    Result<bool> needed = FirstRun::needsAdministrator(*m_db);
    QVERIFY2(needed, qPrintable(needed.errorMessage()));
    QVERIFY(*needed);
    QVERIFY(*FirstRun::needsAdministrator(*m_db, m_dir->filePath("operators.sqlite")));

    // The desk's first start after an update: the accounts come from the old file first.
    const QString legacy = m_dir->filePath("operators.sqlite");
    QVERIFY(QFile::copy(test::sourcePath("tests/data/operators-before-v7.sqlite"), legacy));
    QFile::setPermissions(legacy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    needed = FirstRun::needsAdministrator(*m_db, legacy);
    QVERIFY2(needed, qPrintable(needed.errorMessage()));
    QVERIFY(!*needed);
    QVERIFY(!QFile::exists(legacy));
    QCOMPARE(actions("admin").first(), AuditTrail::OperatorImported);
    QVERIFY(SignIn::run(*m_db, "admin", "old-desk-2025", m_t0));
}

void TestOperatorUseCases::firstAdministratorThenTheOthers()
{
    const Result<Operator> admin = ManageOperators::add(
        *m_db, {" Admin ", "Seitzhanov  Erlan", Role::Administrator, m_password, "ru"}, {}, m_t0);
    QVERIFY2(admin, qPrintable(admin.errorMessage()));
    QCOMPARE(admin->login, QString("admin"));
    QCOMPARE(admin->fullName, QString("Seitzhanov Erlan"));
    QVERIFY(!*FirstRun::needsAdministrator(*m_db));
    // Without a sign-in, nobody else is made once the journal has an account.
    const Result<Operator> second =
        ManageOperators::add(*m_db, {"clerk1", "Clerk", Role::Clerk, m_password, "kk"}, {}, m_t0);
    QCOMPARE(second.error().code, QString("operator.not_allowed"));
    const Result<Operator> weak = ManageOperators::add(
        *m_db, {"clerk1", "Clerk", Role::Clerk, "short1", "kk"}, "admin", m_t0);
    QVERIFY(weak.error().code.startsWith("password."));
    const Result<QList<Operator>> all = ManageOperators::list(*m_db);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first(), *admin);
}

void TestOperatorUseCases::signInChecksPasswordThenRole()
{
    addAdministratorAndClerk();
    const Result<Operator> clerk = SignIn::run(*m_db, "Clerk1", m_password, m_t0);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    QCOMPARE(clerk->login, QString("clerk1"));
    QCOMPARE(clerk->language, QString("ru"));

    // The password is right, the role is not: refused, yet the sign-in itself is on record.
    const Result<Operator> manage =
        SignIn::run(*m_db, "clerk1", m_password, m_t0, {Permission::ManageOperators},
                    QJsonObject{{"client", "cli"}});
    QCOMPARE(manage.error().code, QString("operator.not_permitted"));
    QVERIFY(SignIn::run(*m_db, "admin", m_password, m_t0, {Permission::ManageOperators}));
    const auto records = AuditTrail::recordsFor(m_db->sql(), OperatorDirectory::subject("clerk1"));
    QVERIFY(records);
    QCOMPARE(records->last().action, AuditTrail::Login);
    QVERIFY2(records->last().details.contains(R"("client":"cli")"),
             qPrintable(records->last().details));

    // Wrong passwords count to the lockout; then even the right one is refused.
    for (int i = 0; i < LoginGuard::MaxFailures; ++i)
        QCOMPARE(
            SignIn::run(*m_db, "clerk1", "not-the-password", m_t0).error().code,
            QString::fromLatin1(i + 1 < LoginGuard::MaxFailures ? "login.wrong" : "login.locked"));
    QCOMPARE(SignIn::run(*m_db, "clerk1", m_password, m_t0).error().code, QString("login.locked"));
    QCOMPARE(SignIn::run(*m_db, "nobody", m_password, m_t0).error().code, QString("login.wrong"));
}

void TestOperatorUseCases::unlockCountsTowardsTheLockout()
{
    addAdministratorAndClerk();
    QVERIFY(LockDesk::run(*m_db, "clerk1"));
    QCOMPARE(Unlock::run(*m_db, "clerk1", "not-the-password", m_t0).error().code,
             QString("login.wrong"));
    const Result<Operator> back = Unlock::run(*m_db, "clerk1", m_password, m_t0);
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(back->login, QString("clerk1"));
    QCOMPARE(actions("clerk1"), (QStringList{AuditTrail::OperatorCreated, AuditTrail::ScreenLocked,
                                             AuditTrail::LoginFailed, AuditTrail::Unlocked}));
}

void TestOperatorUseCases::changesAnswerWithTheAccount()
{
    addAdministratorAndClerk();
    Result<Operator> clerk =
        ManageOperators::changeRole(*m_db, "clerk1", Role::Supervisor, "admin", m_t0);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    QCOMPARE(clerk->role, Role::Supervisor);
    clerk = ManageOperators::setActive(*m_db, "clerk1", false, "admin", m_t0);
    QVERIFY(clerk);
    QVERIFY(!clerk->active);
    QCOMPARE(SignIn::run(*m_db, "clerk1", m_password, m_t0).error().code,
             QString("login.inactive"));
    clerk = ManageOperators::resetPassword(*m_db, "clerk1", "fresh-password-7", "admin", m_t0);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    clerk = ManageOperators::setActive(*m_db, "clerk1", true, "admin", m_t0);
    QVERIFY(clerk && clerk->active);
    QVERIFY(SignIn::run(*m_db, "clerk1", "fresh-password-7", m_t0));

    // Refusals come as the directory gives them.
    QCOMPARE(ManageOperators::setActive(*m_db, "admin", false, "admin", m_t0).error().code,
             QString("operator.last_administrator"));
    QCOMPARE(ManageOperators::changeRole(*m_db, "admin", Role::Clerk, "clerk1", m_t0).error().code,
             QString("operator.not_allowed"));
    QCOMPARE(ManageOperators::setActive(*m_db, "nobody", false, "admin", m_t0).error().code,
             QString("operator.unknown"));
    QCOMPARE(
        ManageOperators::resetPassword(*m_db, "nobody", m_password, "admin", m_t0).error().code,
        QString("operator.unknown"));
    QCOMPARE(actions("clerk1"),
             (QStringList{AuditTrail::OperatorCreated, AuditTrail::RoleChanged,
                          AuditTrail::Deactivated, AuditTrail::LoginFailed,
                          AuditTrail::PasswordReset, AuditTrail::Activated, AuditTrail::Login}));
}

void TestOperatorUseCases::languageAndSessionRecords()
{
    addAdministratorAndClerk();
    const Result<Operator> clerk = ChangeLanguage::run(*m_db, "clerk1", "en", m_t0);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    QCOMPARE(clerk->language, QString("en"));
    QCOMPARE(SignIn::run(*m_db, "clerk1", m_password, m_t0)->language, QString("en"));
    QCOMPARE(ChangeLanguage::run(*m_db, "clerk1", "de", m_t0).error().code,
             QString("operator.language"));
    QCOMPARE(ChangeLanguage::run(*m_db, "nobody", "kk", m_t0).error().code,
             QString("operator.unknown"));
    QVERIFY(SignOut::run(*m_db, "clerk1"));
    QCOMPARE(actions("clerk1"),
             (QStringList{AuditTrail::OperatorCreated, AuditTrail::LanguageChanged,
                          AuditTrail::Login, AuditTrail::Logout}));
    const AuditVerification v = AuditTrail::verify(m_db->sql());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

QTEST_MAIN(TestOperatorUseCases)
#include "TestOperatorUseCases.moc"

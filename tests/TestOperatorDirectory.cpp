#include "LoginGuard.h"
#include "OperatorDirectory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;

// Operator accounts in their own SQLite file: creation, sign-in with lockout, role changes,
// password reset, deactivation, language, and the event log — on a real database file.
class TestOperatorDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstAdministrator();
    void rejectsBadAccounts();
    void lockoutAfterFailures();
    void lockSurvivesReopening();
    void deactivatedCannotSignIn();
    void lastAdministratorStays();
    void resetLiftsLockAndChangesPassword();
    void roleAndLanguage();
    void passwordNeverStoredInClear();

private:
    std::unique_ptr<OperatorDirectory> open();

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

std::unique_ptr<OperatorDirectory> TestOperatorDirectory::open()
{
    auto d = OperatorDirectory::open(m_dir->filePath("operators.sqlite"));
    if (!d) {
        qWarning() << d.errorMessage();
        return nullptr;
    }
    return std::move(d).value();
}

void TestOperatorDirectory::firstAdministrator()
{
    auto d = open();
    QVERIFY(d);
    QVERIFY(d->isEmpty());
    const auto admin = d->create("Admin", "Сейтжанов Ерлан", Role::Administrator, m_password, "ru",
                                 QString(), m_t0);
    QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
    QCOMPARE(admin->login, QString("admin")); // logins are kept in lower case
    QCOMPARE(admin->role, Role::Administrator);
    QCOMPARE(admin->language, QString("ru"));
    QVERIFY(!d->isEmpty());
    const auto signedIn = d->authenticate("ADMIN", m_password, m_t0.addSecs(5));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
    QCOMPARE(signedIn->fullName, QString("Сейтжанов Ерлан"));
    const QList<OperatorEvent> events = d->events();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).event, QString("created"));
    QCOMPARE(events.at(1).event, QString("login"));
    QCOMPARE(events.at(1).at, m_t0.addSecs(5));
}

void TestOperatorDirectory::rejectsBadAccounts()
{
    auto d = open();
    QVERIFY(d);
    QCOMPARE(d->create("x", "Name", Role::Clerk, m_password, "kk", {}, m_t0).error().code,
             QString("operator.login"));
    QCOMPARE(
        d->create("x'; DROP TABLE operators; --", "Name", Role::Clerk, m_password, "kk", {}, m_t0)
            .error()
            .code,
        QString("operator.login"));
    QCOMPARE(d->create("clerk1", "  ", Role::Clerk, m_password, "kk", {}, m_t0).error().code,
             QString("operator.full_name"));
    QCOMPARE(d->create("clerk1", "Name", Role::Clerk, "short1", "kk", {}, m_t0).error().code,
             QString("password.short"));
    QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", {}, m_t0).ok());
    QCOMPARE(d->create("Clerk1", "Other", Role::Clerk, m_password, "kk", {}, m_t0).error().code,
             QString("operator.exists"));
    QCOMPARE(d->operators().size(), 1);
}

void TestOperatorDirectory::lockoutAfterFailures()
{
    auto d = open();
    QVERIFY(d);
    QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", {}, m_t0).ok());
    for (int i = 1; i < LoginGuard::MaxFailures; ++i)
        QCOMPARE(d->authenticate("clerk1", "wrong-password-1", m_t0.addSecs(i)).error().code,
                 QString("login.wrong"));
    const auto locked = d->authenticate("clerk1", "wrong-password-1", m_t0.addSecs(10));
    QCOMPARE(locked.error().code, QString("login.locked"));
    QVERIFY2(locked.errorMessage().contains(QString::number(LoginGuard::LockMinutes)),
             qPrintable(locked.errorMessage()));
    // Even the right password is refused while locked, and the minutes left are given.
    const auto still = d->authenticate("clerk1", m_password, m_t0.addSecs(10 + 5 * 60));
    QCOMPARE(still.error().code, QString("login.locked"));
    QVERIFY2(still.errorMessage().contains("10 minute"), qPrintable(still.errorMessage()));
    // After the lock runs out the right password works and clears the counters.
    const auto later =
        d->authenticate("clerk1", m_password, m_t0.addSecs(10 + LoginGuard::LockMinutes * 60));
    QVERIFY2(later.ok(), qPrintable(later.errorMessage()));
    int failures = 0, locks = 0;
    for (const OperatorEvent& e : d->events()) {
        failures += e.event == "login_failed";
        locks += e.event == "locked";
    }
    QCOMPARE(failures, LoginGuard::MaxFailures + 1);
    QCOMPARE(locks, 1);
    // Unknown logins get the same answer as wrong passwords: no hint which logins exist.
    QCOMPARE(d->authenticate("nobody", m_password, m_t0).error().message,
             d->authenticate("clerk1", "wrong-password-1", m_t0.addSecs(20 * 60)).error().message);
}

void TestOperatorDirectory::lockSurvivesReopening()
{
    {
        auto d = open();
        QVERIFY(d);
        QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", {}, m_t0).ok());
        for (int i = 0; i < LoginGuard::MaxFailures; ++i)
            d->authenticate("clerk1", "wrong-password-1", m_t0.addSecs(i));
    }
    auto d = open();
    QVERIFY(d);
    QCOMPARE(d->authenticate("clerk1", m_password, m_t0.addSecs(60)).error().code,
             QString("login.locked"));
}

void TestOperatorDirectory::deactivatedCannotSignIn()
{
    auto d = open();
    QVERIFY(d);
    QVERIFY(d->create("admin", "Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", "admin", m_t0).ok());
    QVERIFY(d->setActive("clerk1", false, "admin", m_t0).ok());
    QCOMPARE(d->authenticate("clerk1", m_password, m_t0).error().code, QString("login.inactive"));
    QVERIFY(d->setActive("clerk1", true, "admin", m_t0).ok());
    QVERIFY(d->authenticate("clerk1", m_password, m_t0).ok());
}

void TestOperatorDirectory::lastAdministratorStays()
{
    auto d = open();
    QVERIFY(d);
    QVERIFY(d->create("admin", "Admin", Role::Administrator, m_password, "kk", {}, m_t0).ok());
    QCOMPARE(d->setRole("admin", Role::Clerk, "admin", m_t0).error().code,
             QString("operator.last_administrator"));
    QCOMPARE(d->setActive("admin", false, "admin", m_t0).error().code,
             QString("operator.last_administrator"));
    QVERIFY(
        d->create("admin2", "Admin 2", Role::Administrator, m_password, "kk", "admin", m_t0).ok());
    QVERIFY(d->setRole("admin", Role::Supervisor, "admin2", m_t0).ok());
    QCOMPARE(d->find("admin")->role, Role::Supervisor);
}

void TestOperatorDirectory::resetLiftsLockAndChangesPassword()
{
    auto d = open();
    QVERIFY(d);
    QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", {}, m_t0).ok());
    for (int i = 0; i < LoginGuard::MaxFailures; ++i)
        d->authenticate("clerk1", "wrong-password-1", m_t0);
    QCOMPARE(d->resetPassword("clerk1", "weak", "admin", m_t0).error().code,
             QString("password.short"));
    QVERIFY(d->resetPassword("clerk1", "new-password-2026", "admin", m_t0).ok());
    QCOMPARE(d->authenticate("clerk1", m_password, m_t0).error().code, QString("login.wrong"));
    QVERIFY(d->authenticate("clerk1", "new-password-2026", m_t0).ok());
}

void TestOperatorDirectory::roleAndLanguage()
{
    auto d = open();
    QVERIFY(d);
    QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", {}, m_t0).ok());
    QVERIFY(d->setRole("clerk1", Role::Officer, "admin", m_t0).ok());
    QVERIFY(d->setLanguage("clerk1", "ru", m_t0).ok());
    QVERIFY(!d->setLanguage("clerk1", "de", m_t0).ok());
    const auto o = d->authenticate("clerk1", m_password, m_t0);
    QVERIFY(o.ok());
    QCOMPARE(o->role, Role::Officer);
    QCOMPARE(o->language, QString("ru"));
    bool roleEvent = false;
    for (const OperatorEvent& e : d->events())
        roleEvent = roleEvent || (e.event == "role_changed" && e.detail == "clerk -> officer" &&
                                  e.actor == "admin");
    QVERIFY(roleEvent);
}

void TestOperatorDirectory::passwordNeverStoredInClear()
{
    {
        auto d = open();
        QVERIFY(d);
        QVERIFY(d->create("clerk1", "Name", Role::Clerk, m_password, "kk", {}, m_t0).ok());
        d->authenticate("clerk1", "wrong-password-1", m_t0);
    }
    QFile file(m_dir->filePath("operators.sqlite"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("$argon2id$"));
    QVERIFY(!bytes.contains(m_password.toUtf8()));
    QVERIFY(!bytes.contains("wrong-password-1"));
}

QTEST_GUILESS_MAIN(TestOperatorDirectory)
#include "TestOperatorDirectory.moc"

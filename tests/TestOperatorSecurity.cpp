#include "LoginGuard.h"
#include "PasswordHash.h"
#include "Role.h"

#include <QTest>

using namespace iin;

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
};

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

QTEST_GUILESS_MAIN(TestOperatorSecurity)
#include "TestOperatorSecurity.moc"

#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/office/OfficeThresholds.h"
#include "core/operators/LoginGuard.h"
#include "core/operators/OperatorDirectory.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/operators/OperatorEditDialog.h"
#include "ui/operators/OperatorsDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iin;
using namespace iin::ui;

// Operators at the desk: the first administrator, sign-in with lockout, accounts managed by the
// administrator, the idle lock over unfinished work, settings, actions by role. The windows talk
// to the accounts in the journal through the operators' thread, as at the desk; the test reads
// and seeds the same journal through a connection of its own.
class TestDeskOperators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunCreatesAdministrator();
    void loginAndLockout();
    void loginDoesNotBlockTheWindow();
    void administratorCreatesOperator();
    void idleLockKeepsTheForm();
    void settingsAreValidated();
    void thresholdsAreSavedWithTheirChanges();
    void problemBringsItsPageForward();
    void actionsFollowRole();

private:
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    static void clickOk(QWidget* dialog, const char* box)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, box)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    // The audit actions recorded for an account, oldest first.
    QStringList actions(const QString& login) const
    {
        QStringList list;
        if (const auto records = AuditTrail::recordsFor(m_db->sql(), "operator:" + login)) {
            for (const AuditRecord& r : *records)
                list << r.action;
        }
        return list;
    }
    void addAdministrator()
    {
        QVERIFY(m_operators
                    ->create("admin", "Admin", Role::Administrator, m_password, "kk", {},
                             QDateTime::currentDateTimeUtc())
                    .ok());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OperatorDirectory> m_operators; // the test's own view of the accounts
    std::unique_ptr<StoreThread> m_thread;          // the desk's
    const QString m_password = QStringLiteral("counter2026desk");
};

void TestDeskOperators::initTestCase()
{
    Language::install("en");
    // As the desk names itself (app/desk/main.cpp): without an organisation QSettings reports
    // every write as failed, and the settings dialog says so.
    QCoreApplication::setOrganizationName("IIN Desk");
}

void TestDeskOperators::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString journal = m_dir->filePath("journal.sqlite");
    auto opened = Database::open(journal);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    m_operators = std::make_unique<OperatorDirectory>(*m_db);
    m_thread = std::make_unique<StoreThread>(journal, Database::OpenCheck::Deferred, "operators");
}

void TestDeskOperators::cleanup()
{
    m_thread.reset();
    m_operators.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDeskOperators::firstRunCreatesAdministrator()
{
    QVERIFY(*m_operators->isEmpty());
    OperatorEditDialog dialog(OperatorEditDialog::Mode::FirstAdministrator, *m_thread, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!child<QWidget>(&dialog, "roleComboBox")->isVisible()); // always the administrator
    child<QLineEdit>(&dialog, "loginLineEdit")->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), "admin");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), "Seitzhanov Erlan");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // language: keep
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "passwordLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), "short1");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), "short1");
    QVERIFY(child<QLabel>(&dialog, "strengthLabel")->text().contains("at least 10"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY2(dialog.message().contains("at least 10"), qPrintable(dialog.message()));
    QVERIFY(dialog.isVisible());
    QVERIFY(*m_operators->isEmpty());

    child<QLineEdit>(&dialog, "passwordLineEdit")->setText(m_password);
    child<QLineEdit>(&dialog, "repeatPasswordLineEdit")->setText(m_password + "x");
    clickOk(&dialog, "operatorButtonBox");
    QVERIFY(dialog.message().contains("differ"));
    child<QLineEdit>(&dialog, "repeatPasswordLineEdit")->setText(m_password);
    clickOk(&dialog, "operatorButtonBox");
    QVERIFY(dialog.isBusy()); // hashed on the operators' thread
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const auto admin = m_operators->find("admin");
    QVERIFY(admin);
    QCOMPARE(admin->role, Role::Administrator);
    QCOMPARE(admin->fullName, QString("Seitzhanov Erlan"));
    QCOMPARE(dialog.account(), *admin);
    QVERIFY(m_operators->authenticate("admin", m_password, QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(actions("admin"), (QStringList{AuditTrail::OperatorCreated, AuditTrail::Login}));
}

void TestDeskOperators::loginAndLockout()
{
    addAdministrator();
    QVERIFY(m_operators
                ->create("clerk1", "Clerk One", Role::Clerk, m_password, "ru", "admin",
                         QDateTime::currentDateTimeUtc())
                .ok());
    LoginDialog dialog(*m_thread);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* login = child<QLineEdit>(&dialog, "loginLineEdit");
    auto* password = child<QLineEdit>(&dialog, "passwordLineEdit");
    QCOMPARE(QApplication::focusWidget(), login);
    QTest::keyClicks(login, "clerk1");
    for (int i = 1; i < LoginGuard::MaxFailures; ++i) {
        password->setFocus();
        QTest::keyClicks(password, "not-the-password");
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(password->text().isEmpty()); // never left in the field
        // Enter again while the first is checked: nothing more is sent.
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.message().contains("Checking"));
        QTest::keyClick(password, Qt::Key_Return);
        QTest::keyClick(password, Qt::Key_Enter);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains("wrong"), qPrintable(dialog.message()));
    }
    QCOMPARE(actions("clerk1").count(AuditTrail::LoginFailed), LoginGuard::MaxFailures - 1);
    QTest::keyClicks(password, "not-the-password");
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY2(dialog.message().contains("locked") && dialog.message().contains("15 minute"),
             qPrintable(dialog.message()));
    // Locked: the right password does not get in either.
    QTest::keyClicks(password, m_password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.message().contains("locked"));
    const QStringList recorded = actions("clerk1");
    QCOMPARE(recorded.count(AuditTrail::LoginFailed), LoginGuard::MaxFailures + 1);
    QCOMPARE(recorded.count(AuditTrail::LockedOut), 1);

    // Another operator signs in normally, and their language comes with them.
    QVERIFY(m_operators
                ->create("clerk2", "Clerk Two", Role::Clerk, m_password, "ru", "admin",
                         QDateTime::currentDateTimeUtc())
                .ok());
    login->setText("clerk2");
    QTest::keyClicks(password, m_password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signedIn().login, QString("clerk2"));
    QCOMPARE(dialog.signedIn().language, QString("ru"));
    QCOMPARE(actions("clerk2").last(), AuditTrail::Login);
    const AuditVerification v = AuditTrail::verify(m_db->sql());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

// The password is checked on the operators' thread: while argon2id works, the window's event
// loop keeps running (timers fire, the busy state shows) and the answer comes back through it.
void TestDeskOperators::loginDoesNotBlockTheWindow()
{
    addAdministrator();
    LoginDialog dialog(*m_thread);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    int ticksWhileChecking = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, &dialog, [&] { ticksWhileChecking += dialog.isBusy(); });
    ticker.start();
    child<QLineEdit>(&dialog, "loginLineEdit")->setText("admin");
    auto* password = child<QLineEdit>(&dialog, "passwordLineEdit");
    password->setFocus();
    QTest::keyClicks(password, m_password);
    QTest::keyClick(password, Qt::Key_Return);
    // The key press has returned before the password is checked.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isBusy());
    QVERIFY(!child<QDialogButtonBox>(&dialog, "loginButtonBox")
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(ticksWhileChecking > 0, "no timer fired while the password was checked");
    QCOMPARE(actions("admin").count(AuditTrail::Login), 1);
}

void TestDeskOperators::administratorCreatesOperator()
{
    addAdministrator();
    OperatorsDialog dialog(*m_thread, "admin");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE(child<QTableWidget>(&dialog, "operatorsTableWidget")->rowCount(), 1);

    QTest::mouseClick(child<QPushButton>(&dialog, "createOperatorButton"), Qt::LeftButton);
    OperatorEditDialog* editor = nullptr;
    QTRY_VERIFY((editor = dialog.findChild<OperatorEditDialog*>()) && editor->isVisible());
    child<QLineEdit>(editor, "loginLineEdit")->setText("officer1");
    child<QLineEdit>(editor, "fullNameLineEdit")->setText("Officer One");
    auto* role = child<QComboBox>(editor, "roleComboBox");
    QVERIFY(role->isVisible());
    role->setCurrentIndex(role->findData(int(Role::Officer)));
    child<QLineEdit>(editor, "passwordLineEdit")->setText(m_password);
    child<QLineEdit>(editor, "repeatPasswordLineEdit")->setText(m_password);
    clickOk(editor, "operatorButtonBox");
    QTRY_COMPARE(child<QTableWidget>(&dialog, "operatorsTableWidget")->rowCount(), 2);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.message().contains("officer1"));
    QCOMPARE(m_operators->find("officer1")->role, Role::Officer);
    QCOMPARE(dialog.selectedOperator()->login, QString("officer1"));

    // Change the role.
    auto* roles = child<QComboBox>(&dialog, "roleComboBox");
    roles->setCurrentIndex(roles->findData(int(Role::Supervisor)));
    QTest::mouseClick(child<QPushButton>(&dialog, "applyRoleButton"), Qt::LeftButton);
    QTRY_COMPARE(m_operators->find("officer1")->role, Role::Supervisor);
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(dialog.selectedOperator()->role, Role::Supervisor);

    // Deactivate (after a yes), and the last administrator cannot be deactivated.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "toggleActiveButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_operators->find("officer1")->active);
    QTRY_VERIFY(!dialog.isBusy());
    dialog.selectOperator("admin");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "toggleActiveButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.message().contains("last active administrator"));
    QVERIFY(m_operators->find("admin")->active);

    // Reset a password.
    QTRY_VERIFY(!dialog.isBusy());
    dialog.selectOperator("officer1");
    QTest::mouseClick(child<QPushButton>(&dialog, "resetPasswordButton"), Qt::LeftButton);
    OperatorEditDialog* reset = nullptr;
    QTRY_VERIFY((reset = dialog.findChild<OperatorEditDialog*>()) && reset->isVisible());
    QVERIFY(!child<QWidget>(reset, "loginLineEdit")->isEnabled());
    child<QLineEdit>(reset, "passwordLineEdit")->setText("fresh-password-7");
    child<QLineEdit>(reset, "repeatPasswordLineEdit")->setText("fresh-password-7");
    clickOk(reset, "operatorButtonBox");
    QTRY_VERIFY(dialog.message().contains("password of officer1"));
    const auto now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_operators->setActive("officer1", true, "admin", now).ok());
    QVERIFY(m_operators->authenticate("officer1", "fresh-password-7", now).ok());

    QCOMPARE(actions("officer1"), (QStringList{AuditTrail::OperatorCreated, AuditTrail::RoleChanged,
                                               AuditTrail::Deactivated, AuditTrail::PasswordReset,
                                               AuditTrail::Activated, AuditTrail::Login}));
    const auto records = AuditTrail::recordsFor(m_db->sql(), "operator:officer1");
    for (const AuditRecord& r : *records) {
        if (r.action != AuditTrail::Login)
            QCOMPARE(r.operatorId, QString("admin"));
    }
    const AuditVerification v = AuditTrail::verify(m_db->sql());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

void TestDeskOperators::idleLockKeepsTheForm()
{
    addAdministrator();
    const auto op = m_operators->create("clerk1", "Clerk One", Role::Clerk, m_password, "en",
                                        "admin", QDateTime::currentDateTimeUtc());
    QVERIFY(op.ok());
    DraftStore drafts(m_dir->filePath("drafts"));
    MainWindow window(m_thread.get(), &drafts, *op);
    IdleWatcher idle;
    connect(&idle, &IdleWatcher::idle, &window, &MainWindow::lock);
    idle.setTimeout(300);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    IntakeForm* form = window.newIntake(ApplicationBasis::Annex1);
    auto* surname = child<QLineEdit>(form, "surnameCyrillicLineEdit");
    QTRY_COMPARE(QApplication::focusWidget(), surname);
    QTest::keyClicks(surname, "Smith");
    // An earlier draft is on offer when the lock comes: the list must not stay over the lock.
    Draft earlier;
    earlier.id = DraftStore::newId();
    earlier.savedAt = QDateTime::currentDateTimeUtc();
    earlier.application.nameLatin.surname = "EARLIER";
    QVERIFY(drafts.save(earlier).ok());
    // The list deletes itself when it closes: watch it through a guarded pointer.
    QPointer<QWidget> offer = window.offerDrafts();
    QVERIFY(offer && offer->isVisible());
    QVERIFY(!window.isLocked());
    QTRY_VERIFY(window.isLocked());
    QVERIFY(!form->isVisible()); // personal data is not on screen under the lock
    QVERIFY(!window.findChild<QMenu*>("applicationMenu")->menuAction()->isEnabled());
    // Shortcuts cannot open work under the lock either.
    for (const char* name : {"unfinishedAction", "newIntakeAction", "closeIntakeAction"})
        QVERIFY2(!window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled(), name);
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!window.findChild<QDialog*>());
    QVERIFY(!offer || !offer->isVisible());
    // The open form's draft was written when the lock came down.
    QCOMPARE(drafts.drafts().size(), 2);

    auto* lock = child<LockScreen>(&window, "lockScreen");
    auto* password = child<QLineEdit>(lock, "passwordLineEdit");
    QTest::keyClicks(password, "wrong-password-1");
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(lock->isBusy());
    QTest::keyClick(password, Qt::Key_Return); // sends nothing more
    QTRY_VERIFY(!lock->isBusy());
    QVERIFY(window.isLocked());
    QVERIFY(lock->message().contains("wrong"));
    QTest::keyClicks(password, m_password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!window.isLocked());
    QCOMPARE(actions("clerk1"), (QStringList{AuditTrail::OperatorCreated, AuditTrail::ScreenLocked,
                                             AuditTrail::LoginFailed, AuditTrail::Unlocked}));
    QCOMPARE(surname->text(), QString("Smith")); // exactly as it was
    QVERIFY(form->isVisible());
    QVERIFY(window.findChild<QAction*>("newIntakeAction")->isEnabled());
    idle.setActive(false);
}

void TestDeskOperators::settingsAreValidated()
{
    QSettings().clear();
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* token = child<QLineEdit>(&dialog, "deskTokenLineEdit");
    QCOMPARE(token->echoMode(), QLineEdit::Password); // shown masked
    child<QLineEdit>(&dialog, "registryUrlLineEdit")->setText("ftp://registry.example.kz");
    child<QLineEdit>(&dialog, "officeCodeLineEdit")->setFocus();
    QTest::keyClicks(child<QLineEdit>(&dialog, "officeCodeLineEdit"), "alm01");
    QCOMPARE(child<QLineEdit>(&dialog, "officeCodeLineEdit")->text(), QString("ALM01"));
    clickOk(&dialog, "settingsButtonBox");
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains("Registry address") &&
                 dialog.message().contains("Desk code"),
             qPrintable(dialog.message()));
    QVERIFY(child<QWidget>(&dialog, "registryUrlLineEdit")->property("invalid").toBool());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "registryUrlLineEdit"));

    child<QLineEdit>(&dialog, "registryUrlLineEdit")->setText("https://registry.example.kz");
    // The credential pasted whole, as the registry prints it, fills both fields.
    token->setFocus();
    token->setText("desk-7:s3cr3t");
    child<QLineEdit>(&dialog, "deskCodeLineEdit")->setFocus();
    QCOMPARE(child<QLineEdit>(&dialog, "deskIdLineEdit")->text(), QString("desk-7"));
    QCOMPARE(token->text(), QString("s3cr3t"));
    child<QLineEdit>(&dialog, "deskCodeLineEdit")->setText("07");
    child<QSpinBox>(&dialog, "idleLockMinutesSpinBox")->setValue(5);
    clickOk(&dialog, "settingsButtonBox");
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(dialog.message()));
    // The file with the desk credential is its owner's alone.
    QCOMPARE(QFile::permissions(QSettings().fileName()) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    const DeskSettings saved = DeskSettings::load(QSettings());
    QCOMPARE(saved.officeCode, QString("ALM01"));
    QCOMPARE(saved.idleLockMinutes, 5);
    QVERIFY(!saved.trainingMode());
    QCOMPARE(saved.registryToken(), QString("desk-7:s3cr3t"));
    QSettings().clear();
}

// The office's thresholds in the settings (docs/office.md): shown from the settings, saved into
// them, and each one changed is among the changes the desk records as `settings.changed`.
void TestDeskOperators::thresholdsAreSavedWithTheirChanges()
{
    QSettings().clear();
    {
        QSettings stored;
        OfficeThresholds t;
        t.handoverWithinDays = 7;
        t.save(stored);
    }
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(child<QSpinBox>(&dialog, "handoverWithinDaysSpinBox")->value(), 7);
    QCOMPARE(child<QSpinBox>(&dialog, "blanksBelowSpinBox")->value(), 50);
    QCOMPARE(child<QSpinBox>(&dialog, "iinWithinHoursSpinBox")->minimum(), 1);
    child<QLineEdit>(&dialog, "officeCodeLineEdit")->setText("ALM01");
    child<QLineEdit>(&dialog, "deskCodeLineEdit")->setText("07");
    auto* blanks = child<QSpinBox>(&dialog, "blanksBelowSpinBox");
    blanks->setFocus();
    blanks->selectAll();
    QTest::keyClicks(blanks, "20");
    child<QSpinBox>(&dialog, "outboxStuckHoursSpinBox")->setValue(6);
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    clickOk(&dialog, "settingsButtonBox");
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(dialog.message()));
    QCOMPARE(saved.size(), 1);
    const QJsonObject changes = saved.first().at(1).toJsonObject();
    QCOMPARE(changes.value("blanks_below").toObject(), QJsonObject({{"from", 50}, {"to", 20}}));
    QCOMPARE(changes.value("outbox_stuck_hours").toObject(), QJsonObject({{"from", 4}, {"to", 6}}));
    QVERIFY(!changes.contains("handover_within_days"));
    const OfficeThresholds t = OfficeThresholds::load(QSettings());
    QCOMPARE(t.blanksBelow, 20);
    QCOMPARE(t.outboxStuckHours, 6);
    QCOMPARE(t.handoverWithinDays, 7);
    QVERIFY(t.validate().isEmpty());
    QSettings().clear();
}

// A field to fix on a page that is not shown: OK brings its page forward with the field focused.
void TestDeskOperators::problemBringsItsPageForward()
{
    QSettings().clear();
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* pages = child<QTabWidget>(&dialog, "settingsTabWidget");
    auto* office = child<QLineEdit>(&dialog, "officeCodeLineEdit");
    office->setText("al m");
    pages->setCurrentWidget(child<QWidget>(&dialog, "thresholdsTab"));
    clickOk(&dialog, "settingsButtonBox");
    QVERIFY(dialog.isVisible());
    QCOMPARE(pages->currentWidget()->objectName(), "deskTab");
    QTRY_COMPARE(QApplication::focusWidget(), office);
    QVERIFY(dialog.message().contains("Office code"));
    QSettings().clear();
}

void TestDeskOperators::actionsFollowRole()
{
    const auto enabled = [](const MainWindow& w, const char* name) {
        return w.findChild<QAction*>(QString::fromLatin1(name))->isEnabled();
    };
    MainWindow admin(nullptr, nullptr, {1, "admin", "Admin", Role::Administrator, "en", true});
    QVERIFY(enabled(admin, "operatorsAction") && enabled(admin, "settingsAction"));
    QVERIFY(!enabled(admin, "newIntakeAction") && !enabled(admin, "newAnnex2IntakeAction"));
    MainWindow clerk(nullptr, nullptr, {2, "clerk", "Clerk", Role::Clerk, "en", true});
    QVERIFY(enabled(clerk, "newIntakeAction") && !enabled(clerk, "newAnnex2IntakeAction"));
    QVERIFY(!enabled(clerk, "operatorsAction") && !enabled(clerk, "settingsAction"));
    MainWindow officer(nullptr, nullptr, {3, "officer", "Officer", Role::Officer, "en", true});
    QVERIFY(enabled(officer, "newIntakeAction") && enabled(officer, "newAnnex2IntakeAction"));

    // Training banner and sync state.
    clerk.setTrainingMode(true);
    QVERIFY(child<QLabel>(&clerk, "trainingBannerLabel")->isVisibleTo(&clerk));
    QVERIFY(child<QLabel>(&clerk, "trainingBannerLabel")->text().contains("TRAINING MODE"));
    QVERIFY(child<QLabel>(&clerk, "trainingBannerLabel")->text().contains("ОҚУ РЕЖИМІ"));
    clerk.setSyncState({true, 3, QDateTime::currentDateTimeUtc(), "timeout"});
    const QString sync = child<QLabel>(&clerk, "syncStateLabel")->text();
    QVERIFY2(sync.contains("Online") && sync.contains("3") && sync.contains("timeout"),
             qPrintable(sync));
    QVERIFY(child<QLabel>(&clerk, "operatorLabel")->text().contains("Clerk"));
    clerk.setTrainingMode(false);
    QVERIFY(!child<QLabel>(&clerk, "trainingBannerLabel")->isVisibleTo(&clerk));
}

QTEST_MAIN(TestDeskOperators)
#include "TestDeskOperators.moc"

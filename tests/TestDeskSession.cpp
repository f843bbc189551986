#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/journal/Journal.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "server/TrainingRegistry.h"
#include "tests/ModalDialogs.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/ApplicationView.h"
#include "ui/operators/OperatorEditDialog.h"
#include "ui/shell/DeskSession.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace iin;
using namespace iin::ui;

// The desk's start as a person meets it: the first-run administrator dialog, then the sign-in,
// then the main window in the operator's language, with the unfinished applications offered.
class TestDeskSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartThenSignIn();
    void signInOffersUnfinishedWork();
    void queuedApplicationGetsItsIinFromTheTrainingRegistry();
    void oldOperatorsFileIsImportedAtStart();
    void damagedJournalIsFoundAfterTheWindowShows();

private:
    static void set(QWidget* dialog, const char* name, const QString& text)
    {
        dialog->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
    }
    static void ok(QWidget* dialog, const char* box)
    {
        dialog->findChild<QDialogButtonBox*>(QString::fromLatin1(box))
            ->button(QDialogButtonBox::Ok)
            ->click();
    }

    // The actions recorded for an account in a journal, oldest first.
    static QStringList actions(const QString& journal, const QString& login)
    {
        QStringList list;
        auto db = Database::open(journal);
        if (!db)
            return list;
        if (const auto records = AuditTrail::recordsFor((*db)->sql(), "operator:" + login)) {
            for (const AuditRecord& r : *records)
                list << r.action;
        }
        return list;
    }
    static bool addAccount(const QString& journal, const QString& login, Role role,
                           const QString& language, const QString& actor)
    {
        auto db = Database::open(journal);
        if (!db)
            return false;
        OperatorDirectory accounts(**db);
        return accounts
            .create(login, login, role, "counter2026desk", language, actor,
                    QDateTime::currentDateTimeUtc())
            .ok();
    }
    QString journal() const { return m_dir.filePath("journal.sqlite"); }

    QTemporaryDir m_dir;
};

void TestDeskSession::initTestCase()
{
    Language::install("en");
    QSettings().clear();
}

void TestDeskSession::firstStartThenSignIn()
{
    QTemporaryDir& dir = m_dir;
    const QString password = "counter2026desk";
    test::whenVisible<OperatorEditDialog>([&](OperatorEditDialog* d) {
        set(d, "loginLineEdit", "admin");
        set(d, "fullNameLineEdit", "Admin");
        auto* language = d->findChild<QComboBox*>("languageComboBox");
        language->setCurrentIndex(language->findData("ru"));
        set(d, "passwordLineEdit", password);
        set(d, "repeatPasswordLineEdit", password);
        ok(d, "operatorButtonBox");
        test::whenVisible<LoginDialog>([&](LoginDialog* login) {
            set(login, "loginLineEdit", "admin");
            set(login, "passwordLineEdit", password);
            ok(login, "loginButtonBox");
        });
    });
    DeskSession session(dir.path(), journal(), &server::TrainingRegistry::start);
    QVERIFY(session.start());
    MainWindow* window = session.mainWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentOperator().login, QString("admin"));
    QCOMPARE(Language::current(), QString("ru")); // the operator's language, applied at sign-in
    QVERIFY(window->isTrainingMode());            // no registry address: the training registry
    // The accounts are in the journal, with the audit trail; no file of their own any more.
    QVERIFY(!QFile::exists(dir.filePath("operators.sqlite")));
    QCOMPARE(actions(journal(), "admin"),
             (QStringList{AuditTrail::OperatorCreated, AuditTrail::Login}));
    Language::install("en");
}

void TestDeskSession::signInOffersUnfinishedWork()
{
    // A clerk left an application half-typed in the previous session.
    {
        QVERIFY(addAccount(journal(), "clerk1", Role::Clerk, "kk", "admin"));
        DraftStore drafts(m_dir.filePath("drafts"));
        Draft d;
        d.id = DraftStore::newId();
        d.savedAt = QDateTime::currentDateTimeUtc();
        d.operatorLogin = "clerk1";
        d.application.nameLatin.surname = "SMITH";
        QVERIFY(drafts.save(d).ok());
    }
    test::whenVisible<LoginDialog>([](LoginDialog* login) {
        set(login, "loginLineEdit", "clerk1");
        set(login, "passwordLineEdit", "counter2026desk");
        ok(login, "loginButtonBox");
    });
    DeskSession session(m_dir.path(), journal(), &server::TrainingRegistry::start);
    QVERIFY(session.start());
    QCOMPARE(Language::current(), QString("kk"));
    auto* offer = session.mainWindow()->findChild<DraftsDialog*>();
    QVERIFY(offer && offer->isVisible());
    QCOMPARE(offer->count(), 1);

    // Signing out saves the work and brings back the sign-in; the next operator gets a new window.
    test::whenVisible<LoginDialog>([](LoginDialog* login) {
        set(login, "loginLineEdit", "admin");
        set(login, "passwordLineEdit", "counter2026desk");
        ok(login, "loginButtonBox");
    });
    QPointer<MainWindow> first = session.mainWindow();
    first->findChild<QAction*>("signOutAction")->trigger();
    QTRY_VERIFY(!first);
    QTRY_VERIFY(session.mainWindow());
    QCOMPARE(session.mainWindow()->currentOperator().login, QString("admin"));
    QCOMPARE(Language::current(), QString("ru"));
    QTRY_COMPARE(actions(journal(), "clerk1"),
                 (QStringList{AuditTrail::OperatorCreated, AuditTrail::Login, AuditTrail::Logout}));
    Language::install("en");
}

// The embedded default end to end: an application queued in the journal goes to the in-process
// training registry through the desk's own sync worker, and comes back with its IIN.
void TestDeskSession::queuedApplicationGetsItsIinFromTheTrainingRegistry()
{
    QTemporaryDir journalDir;
    const QString journal = journalDir.filePath("journal.sqlite");
    const iin::test::ProcessResult submitted = iin::test::runCli(
        {"submit", iin::test::sourcePath("examples/counter-complete.json"), "--db", journal});
    QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
    QVERIFY(addAccount(journal, "admin", Role::Administrator, "ru", {}));
    // The journal now has accounts: the command line signs in to read it.
    QVERIFY(addAccount(journal, "supervisor1", Role::Supervisor, "ru", "admin"));

    test::whenVisible<LoginDialog>([](LoginDialog* login) {
        set(login, "loginLineEdit", "admin");
        set(login, "passwordLineEdit", "counter2026desk");
        ok(login, "loginButtonBox");
    });
    DeskSession session(m_dir.path(), journal, &server::TrainingRegistry::start);
    QVERIFY(session.start());
    MainWindow* window = session.mainWindow();
    QVERIFY(window->isTrainingMode());
    const auto iinOf = [&] {
        qputenv("IIN_DESK_PASSWORD", "counter2026desk");
        const iin::test::ProcessResult r =
            iin::test::runCli({"list", "--db", journal, "--as", "supervisor1"});
        qunsetenv("IIN_DESK_PASSWORD");
        return QJsonDocument::fromJson(r.out.trimmed()).object().value(u"iin").toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!iinOf().isEmpty(), 60000);
    Language::install("en"); // the operator signed in in Russian; the status bar is read in English
    QTRY_VERIFY_WITH_TIMEOUT(window->syncStateText().contains("Online (training registry)"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window->syncStateText().contains("waiting: 0"), 10000);
    QCOMPARE(iinOf().size(), 12);
    Language::install("en");
}

// A desk updated from the version that kept its accounts in a file of their own: the accounts
// (and their passwords) come into the journal at the first start, and the file is set aside.
void TestDeskSession::oldOperatorsFileIsImportedAtStart()
{
    QTemporaryDir data;
    const QString old = data.filePath("operators.sqlite");
    QVERIFY(QFile::copy(iin::test::sourcePath("tests/data/operators-before-v7.sqlite"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString journal = data.filePath("journal.sqlite");
    // No first-run dialog: the administrator came with the file.
    test::whenVisible<LoginDialog>([](LoginDialog* login) {
        set(login, "loginLineEdit", "admin");
        set(login, "passwordLineEdit", "old-desk-2025");
        ok(login, "loginButtonBox");
    });
    DeskSession session(data.path(), journal, &server::TrainingRegistry::start);
    QVERIFY(session.start());
    QCOMPARE(session.mainWindow()->currentOperator().login, QString("admin"));
    QCOMPARE(Language::current(), QString("ru"));
    QVERIFY(!QFile::exists(old));
    QVERIFY(QFile::exists(old + ".imported"));
    const QStringList admin = actions(journal, "admin");
    QCOMPARE(admin.first(), AuditTrail::OperatorImported);
    QCOMPARE(admin.last(), AuditTrail::Login);
    // The administrator reads the audit trail (signed in: the journal has accounts).
    qputenv("IIN_DESK_PASSWORD", "old-desk-2025");
    const iin::test::ProcessResult verified =
        iin::test::runCli({"audit", "verify", "--db", journal, "--as", "admin"});
    qunsetenv("IIN_DESK_PASSWORD");
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    Language::install("en");
}

// The desk opens its journal without reading it whole (a big journal would keep the window
// waiting), then reads it in the background: a file damaged past its header and schema still
// lets the operator sign in and see the window, and then nothing more is written to it.
void TestDeskSession::damagedJournalIsFoundAfterTheWindowShows()
{
    QTemporaryDir data;
    const QString journal = data.filePath("journal.sqlite");
    QVERIFY(addAccount(journal, "admin", Role::Administrator, "en", {}));
    QVERIFY(addAccount(journal, "clerk1", Role::Clerk, "en", "admin"));
    // A page in the middle of the applications' rows is overwritten: signing in reads and writes
    // other pages, the whole-file check reads them all.
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        auto db = Database::open(journal);
        QVERIFY(db.ok());
        Journal entries(**db);
        // The journal has accounts: the store takes registrations from a clerk's account only.
        DeskContext desk = iin::test::sampleDesk();
        desk.operatorId = "clerk1";
        for (int i = 0; i < 60; ++i)
            QVERIFY(entries.registerApplication(iin::test::sampleIntake(i), desk));
        QSqlQuery q((*db)->sql());
        QVERIFY2(q.exec("SELECT pageno FROM dbstat WHERE name = 'applications' AND pagetype = "
                        "'leaf' ORDER BY pageno"),
                 qPrintable(q.lastError().text()));
        QList<qint64> leaves;
        while (q.next())
            leaves << q.value(0).toLongLong();
        QVERIFY(leaves.size() >= 3);
        page = leaves.at(leaves.size() / 2);
        pageSize = iin::test::scalar(**db, "PRAGMA page_size").toLongLong();
    }
    {
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((page - 1) * pageSize));
        f.write(QByteArray(pageSize, '\xA5'));
    }
    test::whenVisible<LoginDialog>([](LoginDialog* login) {
        set(login, "loginLineEdit", "clerk1");
        set(login, "passwordLineEdit", "counter2026desk");
        ok(login, "loginButtonBox");
    });
    DeskSession session(data.path(), journal, &server::TrainingRegistry::start);
    QVERIFY(session.start());
    MainWindow* window = session.mainWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->isJournalDamaged(), 20000);
    QVERIFY2(window->messageBar()->text().contains("damaged"),
             qPrintable(window->messageBar()->text()));
    // Ctrl+Enter on an application registers nothing; the draft stays.
    IntakeForm* form = window->newIntake(ApplicationBasis::Annex1);
    window->messageBar()->clearMessage();
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(window->messageBar()->text().contains("damaged"));
    QCOMPARE(window->pendingRegistrations(), 0);
    QCOMPARE(window->intakes().size(), 1);
    // An application can still be read, but none of its actions is offered.
    ApplicationView* view = window->openApplication(1);
    QVERIFY(view);
    QTRY_VERIFY(view->isLoaded());
    auto* receipt = view->findChild<QPushButton*>("printReceiptButton");
    QVERIFY(receipt->isVisible());
    QVERIFY(!receipt->isEnabled());
}

QTEST_MAIN(TestDeskSession)
#include "TestDeskSession.moc"

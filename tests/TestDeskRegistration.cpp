#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "tests/IntakeTyping.h"
#include "tests/KeyboardDriver.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/printing/PrintPreviewDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// Registering from the desk the way a clerk does it: the form typed with the keyboard,
// Ctrl+Enter, the answer of the journal's thread in the message bar, the journal file checked
// through a connection of the test's own.
class TestDeskRegistration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void completeApplicationIsRegistered();
    void incompleteApplicationIsRefusedAtIntake();
    void secondIdenticalApplicationAsksFirst();
    void unreadableScanKeepsEverything();

private:
    // Ctrl+N, then the whole of Annex 1 typed field by field; `complete` false stops before
    // the attachments, so that the package lacks its documents.
    IntakeForm* typeApplication(bool complete);
    QStringList statuses();
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    Operator m_clerk{1, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestDeskRegistration::initTestCase()
{
    Language::install("en");
}

void TestDeskRegistration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath("drafts"));
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, m_drafts.get(), m_clerk);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDeskRegistration::cleanup()
{
    m_window.reset();
    m_journal.reset();
    m_drafts.reset();
    m_dir.reset();
}

QStringList TestDeskRegistration::statuses()
{
    auto db = Database::open(journalPath());
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    QSqlQuery q((*db)->sql());
    QStringList list;
    if (!q.exec("SELECT status FROM applications ORDER BY id"))
        qFatal("cannot read the journal");
    while (q.next())
        list << q.value(0).toString();
    return list;
}

IntakeForm* TestDeskRegistration::typeApplication(bool complete)
{
    return typeSampleApplication(m_window.get(), QDir(m_dir->path()), complete);
}

void TestDeskRegistration::completeApplicationIsRegistered()
{
    QPointer<IntakeForm> form = typeApplication(true);
    QVERIFY(form);
    const QString draftId = form->draftId();
    QVERIFY(m_drafts->load(draftId).ok());

    key(Qt::Key_Return, Qt::ControlModifier);
    // Busy at once: a second Ctrl+Enter registers nothing twice.
    QVERIFY(form->isBusy());
    QVERIFY(!form->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);

    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("Registered as ALM01-02-"), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
    QTRY_VERIFY(form.isNull()); // the tab is closed
    QVERIFY(m_window->intakes().isEmpty());
    QVERIFY(!m_drafts->load(draftId).ok());
    QCOMPARE(m_window->pendingRegistrations(), 0);

    QCOMPARE(statuses(), QStringList{"registered"});
    // The journal page shows it at once, with its number.
    JournalModel* journal = m_window->journalPage()->model();
    QTRY_COMPARE(journal->rowCount(), 1);
    QVERIFY(bar->text().endsWith(
        journal->data(journal->index(0, JournalModel::RegistrationNumberColumn)).toString()));
    auto db = Database::open(journalPath());
    QVERIFY(db);
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec("SELECT registration_number, surname_lat, document_number FROM applications"));
    if (!q.next())
        QFAIL("no row");
    QVERIFY(bar->text().endsWith(q.value(0).toString()));
    QCOMPARE(q.value(2).toString(), QString("FA1234567"));
    QVERIFY(q.exec("SELECT COUNT(*) FROM attachments WHERE size > 0"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // both scans were copied into the journal
}

void TestDeskRegistration::incompleteApplicationIsRefusedAtIntake()
{
    QPointer<IntakeForm> form = typeApplication(false);
    QVERIFY(form);
    QVERIFY(!form->lastCheck().complete);
    const QString draftId = form->draftId();

    // First the clerk goes back to complete it: nothing is recorded.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_window->messageBar()->text().startsWith("The application cannot be registered yet"));
    QTest::qWait(200);
    QVERIFY(form);
    QVERIFY(!form->isBusy());
    QVERIFY(statuses().isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("The package was refused at intake"),
                 qPrintable(bar->text()));
    // What is missing is listed: the application form and the copy of the identity document.
    QVERIFY2(bar->text().count("\n• ") >= 2, qPrintable(bar->text()));
    QTRY_VERIFY(form.isNull());
    QVERIFY(!m_drafts->load(draftId).ok());
    QCOMPARE(statuses(), QStringList{"refused_at_intake"});
    JournalModel* journal = m_window->journalPage()->model();
    QTRY_COMPARE(journal->rowCount(), 1);
    QCOMPARE(journal->data(journal->index(0, JournalModel::StatusColumn)).toString(),
             "refused at intake");
}

void TestDeskRegistration::secondIdenticalApplicationAsksFirst()
{
    QVERIFY(typeApplication(true));
    key(Qt::Key_Return, Qt::ControlModifier);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("Registered as"), qPrintable(bar->text()));
    const QString first = bar->text();
    // The preview of the receipt opened (TestDeskPrinting): the clerk closes it unprinted.
    QTRY_VERIFY(m_window->findChild<PrintPreviewDialog*>());
    QTest::keyClick(m_window->findChild<PrintPreviewDialog*>(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<PrintPreviewDialog*>());
    m_window->activateWindow(); // no window manager offscreen to give the focus back
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QPointer<IntakeForm> form = typeApplication(true);
    QVERIFY(form);
    const Application typed = form->application();
    MessageBox::setNextAnswer(QMessageBox::No);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(bar->text().startsWith("The application was not registered; it stays open"),
                 qPrintable(bar->text()));
    QVERIFY(form);
    QVERIFY(!form->isBusy());
    QVERIFY(form->isEnabled());
    QCOMPARE(form->application(), typed);
    QVERIFY(m_drafts->load(form->draftId()).ok());
    QCOMPARE(statuses(), QStringList{"registered"});

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(bar->text().startsWith("Registered as") && bar->text() != first,
                 qPrintable(bar->text()));
    QTRY_VERIFY(form.isNull());
    QCOMPARE(statuses(), (QStringList{"registered", "registered"}));
    // Each warning shown and each answer is in the audit trail, by the clerk, naming the
    // application shown (never its data).
    auto db = Database::open(journalPath());
    QVERIFY(db);
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec("SELECT action, operator, details FROM audit_log WHERE action LIKE"
                   " 'application.duplicates_%' ORDER BY seq"));
    QStringList trail;
    while (q.next()) {
        QCOMPARE(q.value(1).toString(), QString("clerk1"));
        QVERIFY2(q.value(2).toString().contains("\"applications\":[1]"),
                 qPrintable(q.value(2).toString()));
        trail << q.value(0).toString().mid(int(qstrlen("application."))) + u' ' +
                     QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                         .object()
                         .value("answer")
                         .toString();
    }
    QCOMPARE(trail, (QStringList{"duplicates_shown ", "duplicates_answered not_registered",
                                 "duplicates_shown ", "duplicates_answered register_anyway"}));
}

void TestDeskRegistration::unreadableScanKeepsEverything()
{
    QPointer<IntakeForm> form = typeApplication(true);
    QVERIFY(form);
    QVERIFY(QFile::remove(m_dir->filePath("passport.png")));
    const Application typed = form->application();
    key(Qt::Key_Return, Qt::ControlModifier);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY2(bar->text().startsWith("The application was not registered:"),
                 qPrintable(bar->text()));
    QVERIFY2(bar->text().contains("passport.png"), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY(form);
    QVERIFY(form->isEnabled());
    QCOMPARE(form->application(), typed);
    QVERIFY(m_drafts->load(form->draftId()).ok());
    QVERIFY(statuses().isEmpty());
}

QTEST_MAIN(TestDeskRegistration)
#include "TestDeskRegistration.moc"

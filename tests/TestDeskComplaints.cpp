#include "tests/KeyboardDriver.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/base/Language.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/journal/Journal.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "ui/complaints/ApplicationComplaintsWidget.h"
#include "ui/complaints/CalendarDialog.h"
#include "ui/complaints/ComplaintDialog.h"
#include "ui/complaints/ComplaintOutcomeDialog.h"
#include "ui/complaints/ComplaintsWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

// The supervisor's complaints at the desk, driven from the keyboard against a real journal
// file: registering, the terms in the list, an overdue complaint, outcomes, the audited view,
// the PDF, the reminder at sign-in, the calendar editor and the command-line tool reading the
// calendar it saved; and a clerk kept out.
class TestDeskComplaints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void supervisorRegistersComplaintFromKeyboard();
    void overdueComplaintIsMarkedAndFiltered();
    void outcomeIsRecordedAndComplaintOpenedAudited();
    void summaryExportsToPdf();
    void reminderAtSignIn();
    void clerkHasNoAccess();
    void applicationWidgetListsItsComplaints();
    void calendarEditMovesDueDateForDeskAndCli();
    void everyControlIsNamed();

private:
    static QStringList unnamed(QWidget* window);
    void openDesk(const Operator& op);
    ComplaintsWindow* openComplaints();
    // A complaint written through the test's own connection.
    qint64 addComplaint(const QDate& received, const QDate& today,
                        ComplaintAddressee addressee = ComplaintAddressee::ServiceProvider);
    int auditCount(const QString& action);
    QString journalPath() const { return m_dir->filePath("journal.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_applicationId = 0;
    QString m_number;
    const QDate m_today{2027, 4, 26};
    Operator m_supervisor{1, "boss", "Әбенова Гүлнар", Role::Supervisor, "en", true};
    Operator m_clerk{2, "clerk1", "Нұрланқызы Әйгерім", Role::Clerk, "en", true};
};

void TestDeskComplaints::initTestCase()
{
    Language::install("en");
}

void TestDeskComplaints::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openOrFail(journalPath());
    Journal journal(*db);
    Result<Registration> r = journal.registerApplication(sampleIntake(), sampleDesk());
    QVERIFY2(r, qPrintable(r.errorMessage()));
    m_applicationId = r->applicationId;
    m_number = r->registrationNumber;
}

void TestDeskComplaints::cleanup()
{
    m_window.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestDeskComplaints::openDesk(const Operator& op)
{
    m_journal = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Full, "journal");
    m_window = std::make_unique<MainWindow>(nullptr, nullptr, op);
    m_window->setJournal(m_journal.get(), "ALM01", "02");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

ComplaintsWindow* TestDeskComplaints::openComplaints()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    auto* window = m_window->findChild<ComplaintsWindow*>();
    if (!window || !QTest::qWaitForWindowActive(window))
        return nullptr;
    QSignalSpy refreshed(window, &ComplaintsWindow::refreshed);
    window->setToday(m_today);
    if (!refreshed.wait())
        return nullptr;
    return window;
}

qint64 TestDeskComplaints::addComplaint(const QDate& received, const QDate& today,
                                        ComplaintAddressee addressee)
{
    auto db = openOrFail(journalPath());
    ComplaintRegister reg(*db, WorkingCalendar());
    Complaint c;
    c.applicationId = m_applicationId;
    c.addressee = addressee;
    c.received = received;
    c.channel = ComplaintChannel::Post;
    c.complainant = "Омаров Бауыржан";
    c.substance = "No answer";
    Result<ComplaintEntry> e = reg.add(c, "boss", today);
    if (!e)
        qWarning("%s", qPrintable(e.errorMessage()));
    return e ? e->complaint.id : 0;
}

int TestDeskComplaints::auditCount(const QString& action)
{
    auto db = openOrFail(journalPath());
    return scalar(*db, QString("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action))
        .toInt();
}

void TestDeskComplaints::supervisorRegistersComplaintFromKeyboard()
{
    openDesk(m_supervisor);
    ComplaintsWindow* window = openComplaints();
    QVERIFY(window);
    QCOMPARE(window->complaintCount(), 0);

    key(Qt::Key_N, Qt::ControlModifier);
    auto* dialog = window->findChild<ComplaintDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(focus(), child<QWidget>(dialog, "subjectComboBox"));
    // Paragraph 20: about a State Corporation employee, only two addressees are offered.
    auto* addressees = child<QComboBox>(dialog, "addresseeComboBox");
    QCOMPARE(addressees->count(), 4);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(addressees->count(), 2);
    QVERIFY(addressees->itemText(0).startsWith("The head of the State Corporation"));
    QVERIFY(addressees->itemText(1).startsWith("The authorized body for informatization"));
    key(Qt::Key_Up);
    key(Qt::Key_Up);
    QCOMPARE(addressees->count(), 4);
    // Nothing typed yet: the form says what is missing and registers nothing.
    key(Qt::Key_Tab);
    enter();
    QVERIFY(dialog->messageBar()->text().contains("Application"));
    QCOMPARE(focus(), child<QWidget>(dialog, "applicationLineEdit"));
    type(m_number);
    key(Qt::Key_Tab); // the person complained of is for an officer or employee only
    QCOMPARE(focus(), child<QWidget>(dialog, "addresseeComboBox"));
    key(Qt::Key_Home); // the choice made for the employee was kept: back to the first
    key(Qt::Key_Down); // the quality-control authority
    key(Qt::Key_Tab);
    QCOMPARE(focus(), child<QWidget>(dialog, "receivedDateEdit")); // today, as it stands
    key(Qt::Key_Tab);
    key(Qt::Key_Down); // by post
    key(Qt::Key_Tab);
    type("Қасымов Ерлан");
    key(Qt::Key_Tab);
    type("erlan@example.kz");
    key(Qt::Key_Tab);
    type("The IIN was not formed in time");
    key(Qt::Key_Tab);
    QCOMPARE(focus(), child<QWidget>(dialog, "learnedDateEdit"));
    QSignalSpy refreshed(window, &ComplaintsWindow::refreshed);
    enter();
    QVERIFY(refreshed.wait());
    QTRY_VERIFY(!window->findChild<ComplaintDialog*>() || !dialog->isVisible());

    QCOMPARE(window->complaintCount(), 1);
    const ComplaintEntry& e = window->complaints().first();
    QCOMPARE(e.complaint.addressee, ComplaintAddressee::QualityControl);
    QCOMPARE(e.complaint.channel, ComplaintChannel::Post);
    QCOMPARE(e.complaint.received, m_today);
    QCOMPARE(e.complaint.registrationNumber, m_number);
    // 26 April 2027: 3 working days to forward, 15 to review (3, 7 and 10 May are days off).
    QCOMPARE(e.terms.term(ComplaintTermKind::Forward)->due, QDate(2027, 4, 29));
    QCOMPARE(e.terms.term(ComplaintTermKind::Review)->due, QDate(2027, 5, 20));
    const QString message = window->messageBar()->text();
    QVERIFY2(message.contains("registered"), qPrintable(message));
    QVERIFY2(message.contains("forward due 29.04.2027, 3 working day(s) left"),
             qPrintable(message));
    QVERIFY2(message.contains("review due 20.05.2027"), qPrintable(message));
    auto* table = child<QTableWidget>(window, "complaintsTableWidget");
    QCOMPARE(table->item(0, 2)->text(), m_number);
    QCOMPARE(table->item(0, 5)->text(), "29.04.2027");
    QVERIFY(!table->item(0, 6)->text().contains("OVERDUE"));

    auto db = openOrFail(journalPath());
    QCOMPARE(scalar(*db, "SELECT complainant || '|' || created_by FROM complaints").toString(),
             "Қасымов Ерлан|boss");
    QCOMPARE(auditCount(ComplaintRegister::Registered), 1);
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestDeskComplaints::overdueComplaintIsMarkedAndFiltered()
{
    const qint64 overdue = addComplaint(QDate(2027, 4, 1), m_today);
    const qint64 fresh = addComplaint(m_today, m_today);
    const qint64 soon = addComplaint(QDate(2027, 4, 22), m_today); // to forward by 27 April
    QVERIFY(overdue && fresh && soon);
    openDesk(m_supervisor);
    ComplaintsWindow* window = openComplaints();
    QVERIFY(window);
    QCOMPARE(window->complaintCount(), 3);
    auto* table = child<QTableWidget>(window, "complaintsTableWidget");
    QStringList terms;
    for (int row = 0; row < table->rowCount(); ++row)
        terms << table->item(row, 0)->text() + ": " + table->item(row, 6)->text();
    // Newest first; marked in words, not only in colour.
    // The term that needs attention first: the forward term, due before the review.
    QCOMPARE(terms.at(2), QString("%1: OVERDUE: forward was due 06.04.2027, 14 working day(s) ago "
                                  "\u00B7 deemed refused (no decision in time)")
                              .arg(overdue));
    QCOMPARE(terms.at(1), QString("%1: forward due 29.04.2027, 3 working day(s) left").arg(fresh));
    QCOMPARE(terms.at(0),
             QString("%1: Due soon: forward by 27.04.2027, 1 working day(s) left").arg(soon));
    QVERIFY(table->item(2, 6)->font().bold());
    // The reminder when the window opens.
    QTRY_VERIFY(window->messageBar()->text().contains("1 complaint(s) overdue"));
    QVERIFY(window->messageBar()->text().contains("1 complaint(s) due soon"));

    // The filter from the keyboard: Alt+S, then down to "Overdue".
    QSignalSpy refreshed(window, &ComplaintsWindow::refreshed);
    QTest::keyClick(window, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focus(), child<QWidget>(window, "filterComboBox"));
    key(Qt::Key_Down);
    QVERIFY(refreshed.wait());
    QCOMPARE(window->filter(), ComplaintsWindow::Filter::Overdue);
    QCOMPARE(window->complaintCount(), 1);
    QCOMPARE(window->complaints().first().complaint.id, overdue);
    key(Qt::Key_Down);
    QVERIFY(refreshed.wait());
    QCOMPARE(window->complaintCount(), 1);
    QCOMPARE(window->complaints().first().complaint.id, soon);
    key(Qt::Key_Down);
    QVERIFY(refreshed.wait());
    QCOMPARE(window->complaintCount(), 2);
}

void TestDeskComplaints::outcomeIsRecordedAndComplaintOpenedAudited()
{
    const qint64 id = addComplaint(QDate(2027, 4, 22), m_today, ComplaintAddressee::QualityControl);
    QVERIFY(id);
    openDesk(m_supervisor);
    ComplaintsWindow* window = openComplaints();
    QVERIFY(window);
    auto* table = child<QTableWidget>(window, "complaintsTableWidget");
    table->setFocus();
    QCOMPARE(table->currentRow(), 0);

    // Opening shows the personal data and records the view.
    QSignalSpy opened(window, &ComplaintsWindow::complaintOpened);
    enter();
    QVERIFY(opened.wait());
    auto* details = child<QTextBrowser>(window, "detailsTextBrowser");
    QVERIFY(details->toPlainText().contains("Омаров Бауыржан"));
    QVERIFY(details->toPlainText().contains("registered on 22.04.2027 by boss"));
    QCOMPARE(auditCount(ComplaintRegister::Viewed), 1);

    // Forwarded with the case file, from the keyboard.
    // A button's mnemonic clicks it after a short animation.
    QTest::keyClick(window, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(window->findChild<ComplaintOutcomeDialog*>());
    auto* dialog = window->findChild<ComplaintOutcomeDialog*>();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    key(Qt::Key_Down); // forwarded
    key(Qt::Key_Tab);
    QCOMPARE(focus(), child<QWidget>(dialog, "onDateEdit"));
    key(Qt::Key_Tab);
    QCOMPARE(focus(), child<QWidget>(dialog, "forwardedToLineEdit"));
    type("Quality-control authority");
    QSignalSpy refreshed(window, &ComplaintsWindow::refreshed);
    enter();
    QVERIFY(refreshed.wait());
    QCOMPARE(window->complaints().first().complaint.state, ComplaintState::Forwarded);
    QCOMPARE(window->complaints().first().complaint.forwardedOn, m_today);
    QCOMPARE(table->item(0, 4)->text(), "forwarded");
    QVERIFY(window->messageBar()->text().contains("outcome of complaint"));
    // The forward term was due on 27 April: met; the review term remains.
    QVERIFY2(table->item(0, 6)->text().startsWith("review due 18.05.2027"),
             qPrintable(table->item(0, 6)->text()));

    // The quality-control authority extends its review term by 5 working days.
    QTRY_VERIFY(!window->findChild<ComplaintOutcomeDialog*>());
    window->activateWindow(); // the offscreen platform has no window manager to do it
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(window->findChild<ComplaintOutcomeDialog*>());
    dialog = window->findChild<ComplaintOutcomeDialog*>();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    key(Qt::Key_Down); // extended
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    QCOMPARE(focus(), child<QWidget>(dialog, "daysSpinBox"));
    key(Qt::Key_A, Qt::ControlModifier);
    type("5");
    key(Qt::Key_Tab);
    enter(); // no reason yet: refused in the dialog
    QVERIFY(dialog->messageBar()->text().contains("Reason"));
    QCOMPARE(focus(), child<QWidget>(dialog, "reasonLineEdit"));
    type("The case file was requested from the office");
    QSignalSpy extended(window, &ComplaintsWindow::refreshed);
    enter();
    QVERIFY(extended.wait());
    QCOMPARE(window->complaints().first().complaint.extensionDays, 5);
    QVERIFY2(table->item(0, 6)->text().startsWith("review due 25.05.2027"),
             qPrintable(table->item(0, 6)->text()));

    // Then the reviewing body's decision.
    QTRY_VERIFY(!window->findChild<ComplaintOutcomeDialog*>());
    window->activateWindow(); // the offscreen platform has no window manager to do it
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(window->findChild<ComplaintOutcomeDialog*>() &&
                window->findChild<ComplaintOutcomeDialog*>()->isVisible());
    dialog = window->findChild<ComplaintOutcomeDialog*>();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* kinds = child<QComboBox>(dialog, "kindComboBox");
    QCOMPARE(kinds->currentText(), "Decided by the reviewing body");
    key(Qt::Key_Tab);
    key(Qt::Key_Tab); // the decision's reference
    QCOMPARE(focus(), child<QWidget>(dialog, "referenceLineEdit"));
    type("No. 15-2027");
    key(Qt::Key_Tab);
    key(Qt::Key_Down); // refused
    QSignalSpy again(window, &ComplaintsWindow::refreshed);
    child<QLineEdit>(dialog, "referenceLineEdit")->setFocus();
    enter();
    QVERIFY(again.wait());
    // Decided: no longer among the open ones.
    QCOMPARE(window->complaintCount(), 0);
    QVERIFY(window->messageBar()->text().contains("decided: refused"));
    window->setFilter(ComplaintsWindow::Filter::All);
    QVERIFY(again.wait());
    QCOMPARE(window->complaintCount(), 1);
    QCOMPARE(window->complaints().first().complaint.decision, ComplaintDecision::Refused);
    QCOMPARE(auditCount(ComplaintRegister::OutcomeRecorded), 3);
    auto db = openOrFail(journalPath());
    QVERIFY(AuditTrail::verify(db->sql()).ok);
}

void TestDeskComplaints::summaryExportsToPdf()
{
    const qint64 id = addComplaint(QDate(2027, 4, 1), m_today);
    QVERIFY(id);
    openDesk(m_supervisor);
    ComplaintsWindow* window = openComplaints();
    QVERIFY(window);
    const QString pdf = m_dir->filePath("complaint.pdf");
    FileDialog::setNextSaveFileName(pdf);
    QSignalSpy exported(window, &ComplaintsWindow::exported);
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.at(0).at(0).toString(), pdf);
    QVERIFY(window->messageBar()->text().contains(pdf));
    const ProcessResult text = runProcess("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    QCOMPARE(text.exitCode, 0);
    const QString t = QString::fromUtf8(text.out).simplified();
    for (const QString& expected :
         {QString("Шағым туралы анықтама"), QString("Справка о жалобе"), QString("Омаров Бауыржан"),
          m_number, QString("01.04.2027"), QString("08.04.2027")})
        QVERIFY2(t.contains(expected), qPrintable(expected + " not in: " + t));
    QCOMPARE(auditCount(ComplaintRegister::Printed), 1);
    QCOMPARE(auditCount(ComplaintRegister::Viewed), 1);
}

void TestDeskComplaints::reminderAtSignIn()
{
    // Judged on the real date: the desk reminds on the day it is signed in.
    const QDate today = QDate::currentDate();
    QVERIFY(addComplaint(today.addDays(-60), today));
    QVERIFY(addComplaint(today.addDays(-60), today));
    openDesk(m_supervisor);
    QTRY_VERIFY(m_window->messageBar()->text().contains("2 complaint(s) overdue"));
}

void TestDeskComplaints::clerkHasNoAccess()
{
    QVERIFY(addComplaint(QDate::currentDate().addDays(-60), QDate::currentDate()));
    openDesk(m_clerk);
    auto* complaints = m_window->findChild<QAction*>("complaintsAction");
    auto* calendar = m_window->findChild<QAction*>("calendarAction");
    QVERIFY(complaints && calendar);
    QVERIFY(!complaints->isEnabled());
    QVERIFY(!calendar->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(200);
    QVERIFY(!m_window->findChild<ComplaintsWindow*>());
    QVERIFY(!m_window->showComplaints());
    QVERIFY(!m_window->showCalendar());
    // No reminder either: the clerk does not handle complaints.
    QVERIFY(!m_window->messageBar()->text().contains("complaint"));
    QCOMPARE(auditCount(ComplaintRegister::Viewed), 0);
}

void TestDeskComplaints::applicationWidgetListsItsComplaints()
{
    const qint64 first = addComplaint(QDate(2027, 4, 1), m_today);
    QVERIFY(first);
    StoreThread journal(journalPath(), Database::OpenCheck::Full, "journal");
    ApplicationComplaintsWidget widget(&journal);
    QSignalSpy loaded(&widget, &ApplicationComplaintsWidget::loaded);
    widget.setToday(m_today);
    widget.setApplication(m_applicationId);
    QTRY_VERIFY(!loaded.isEmpty() && loaded.last().at(0).toInt() == 1);
    QCOMPARE(widget.complaints().first().complaint.id, first);
    auto* summary = widget.findChild<QLabel*>("complaintsSummaryLabel");
    QVERIFY2(summary->text().contains("1 OVERDUE"), qPrintable(summary->text()));
    auto* table = widget.findChild<QTableWidget*>("applicationComplaintsTableWidget");
    QVERIFY(table->item(0, 4)->text().startsWith("OVERDUE"));
    loaded.clear();
    widget.setApplication(m_applicationId + 100);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().at(0).toInt(), 0);
}

void TestDeskComplaints::calendarEditMovesDueDateForDeskAndCli()
{
    const qint64 id = addComplaint(m_today, m_today, ComplaintAddressee::QualityControl);
    QVERIFY(id);
    openDesk(m_supervisor);
    ComplaintsWindow* window = openComplaints();
    QVERIFY(window);
    QCOMPARE(window->complaints().first().terms.term(ComplaintTermKind::Review)->due,
             QDate(2027, 5, 20));

    auto* calendarAction = m_window->findChild<QAction*>("calendarAction");
    QVERIFY(calendarAction && calendarAction->isEnabled());
    calendarAction->trigger();
    auto* dialog = m_window->findChild<CalendarDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(focus(), child<QWidget>(dialog, "yearSpinBox"));
    key(Qt::Key_A, Qt::ControlModifier);
    type("2027");
    QCOMPARE(dialog->year(), 2027);
    QVERIFY(child<QLabel>(dialog, "sourceLabel")->text().contains("shipped"));
    QCOMPARE(child<QLineEdit>(dialog, "kurbanDateEdit")->text(), "16.05.2027");

    // Kurban Ait fixed on Monday 17 May, and a bridge: Saturday 3 July worked for Monday 5 July.
    QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
    key(Qt::Key_A, Qt::ControlModifier);
    type("17052027");
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    type("05072027"); // a Monday is already a working day: refused when saved
    key(Qt::Key_Tab);
    type("03072027");
    key(Qt::Key_Tab);
    type("Order of the Minister of Labour No. 1 (test)");
    enter(); // adds the transfer
    auto* transfers = child<QTableWidget>(dialog, "transfersTableWidget");
    QCOMPARE(transfers->rowCount(), 1);
    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
    key(Qt::Key_Down); // verified
    QSignalSpy saved(dialog, &CalendarDialog::saved);
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog->messageBar()->text().contains("already a working day"));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(auditCount("calendar.edited"), 0);

    // The right way round.
    transfers->setFocus();
    transfers->setCurrentCell(0, 0);
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(transfers->rowCount(), 0);
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    type("03072027");
    key(Qt::Key_Tab);
    type("05072027");
    key(Qt::Key_Tab);
    type("Order of the Minister of Labour No. 1 (test)");
    enter();
    QCOMPARE(transfers->rowCount(), 1);
    QSignalSpy refreshed(window, &ComplaintsWindow::refreshed);
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QVERIFY(saved.wait());
    QCOMPARE(saved.at(0).at(0).toInt(), 2027);
    QCOMPARE(saved.at(0).at(1).toInt(), 1); // the open complaint got its new due date
    QVERIFY(dialog->messageBar()->text().contains("1 unfinished complaint(s) got new due dates"));
    QTRY_VERIFY(child<QLabel>(dialog, "sourceLabel")->text().contains("edited at this desk"));

    // The open complaints window follows.
    QTRY_VERIFY(!refreshed.isEmpty());
    const ComplaintTerm* review =
        window->complaints().first().terms.term(ComplaintTermKind::Review);
    QCOMPARE(review->due, QDate(2027, 5, 21));
    QCOMPARE(review->storedDue, QDate(2027, 5, 21));

    // Audited, and the chain holds.
    {
        auto db = openOrFail(journalPath());
        Result<QList<AuditRecord>> records = AuditTrail::recordsFor(db->sql(), "calendar:2027");
        QVERIFY(records && records->size() == 1);
        QCOMPARE(records->first().operatorId, "boss");
        QVERIFY(records->first().details.contains("2027-05-17"));
        QVERIFY(records->first().details.contains("2027-07-03"));
        QCOMPARE(auditCount(ComplaintRegister::DueDatesRefreshed), 1);
        QVERIFY(AuditTrail::verify(db->sql()).ok);
    }

    // The command-line tool counts with the calendar kept in the journal.
    ProcessResult r = runCli({"workdays", "add", "2027-04-26", "15", "--db", journalPath()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), "2027-05-21");
    r = runCli({"workdays", "is-working", "2027-07-03", "--db", journalPath()});
    QCOMPARE(r.exitCode, 0);
    r = runCli({"workdays", "add", "2027-04-26", "15", "--db", m_dir->filePath("none.sqlite")});
    QCOMPARE(r.out.trimmed(), "2027-05-20"); // no journal: the shipped data, and none is created
    QVERIFY(!QFile::exists(m_dir->filePath("none.sqlite")));
    r = runCli({"complaints", "list", "--db", journalPath(), "--today", "2027-04-30"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"due\":\"2027-05-21\""), r.out.constData());
    QVERIFY(r.out.contains("\"calendar_changed\":false"));
}

// As TestDeskAccessibility: every focusable control has a name a screen reader can say.
QStringList TestDeskComplaints::unnamed(QWidget* window)
{
    QStringList missing;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window))
            continue;
        if (qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || w->inherits("QComboBoxListView"))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return missing;
}

void TestDeskComplaints::everyControlIsNamed()
{
    QVERIFY(addComplaint(QDate(2027, 4, 22), m_today, ComplaintAddressee::QualityControl));
    openDesk(m_supervisor);
    ComplaintsWindow* window = openComplaints();
    QVERIFY(window);
    ComplaintDialog* add = window->registerComplaint();
    ComplaintOutcomeDialog* outcome = window->recordOutcome();
    CalendarDialog* calendar = m_window->showCalendar();
    QVERIFY(add && outcome && calendar);
    QTRY_VERIFY(calendar->isLoaded());
    ApplicationComplaintsWidget widget(m_journal.get());
    widget.setApplication(m_applicationId);
    widget.show();
    for (QWidget* w : std::initializer_list<QWidget*>{window, add, outcome, calendar, &widget})
        QVERIFY2(unnamed(w).isEmpty(),
                 qPrintable(QString::fromLatin1(w->metaObject()->className()) + ": " +
                            unnamed(w).join(", ")));
}

QTEST_MAIN(TestDeskComplaints)
#include "TestDeskComplaints.moc"

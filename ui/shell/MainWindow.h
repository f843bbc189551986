#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"
#include "core/documents/DocumentPrinter.h"
#include "core/operators/Operator.h"
#include "core/sync/SyncState.h"
#include "ui/handover/HandoverFlow.h"
#include "ui/intake/RegistrationFlow.h"
#include "ui/shell/SyncStateTexts.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace iin {
class DraftStore;
class StoreThread;
struct Draft;
struct Registration;
} // namespace iin

namespace iin::ui {

class ApplicationView;
class CalendarDialog;
class AttentionWindow;
class ComplaintsWindow;
class DashboardWindow;
class DeskPrinter;
class DraftsDialog;
class EndOfDayBackup;
class IntakeForm;
class JournalPage;
class MessageBar;

// The desk's main window: menus enabled by the operator's role, the message bar, the training
// banner, the open applications (one tab each), the lock screen, and the status bar with the
// link to the registry and who is signed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(StoreThread* operators, DraftStore* drafts, const Operator& op,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const Operator& currentOperator() const { return m_operator; }
    MessageBar* messageBar() const;

    // The desk works against its embedded training registry: say so on every screen.
    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }

    // Fed by the sync worker.
    void setSyncState(const iin::SyncState& state);
    QString syncStateText() const { return SyncStateTexts::state(m_sync, m_training); }
    QString clockSkewText() const { return SyncStateTexts::clockSkew(m_sync); }

    IntakeForm* newIntake(ApplicationBasis basis);
    IntakeForm* resumeDraft(const Draft& draft);
    IntakeForm* currentIntake() const;
    QList<IntakeForm*> intakes() const;
    // Offers the drafts left from earlier, if any ("You have N unfinished applications").
    DraftsDialog* offerDrafts();

    bool isLocked() const;

    // The supervisor's complaints register and calendar editor (Supervision menu); null until
    // opened, or without a journal or the permission.
    ComplaintsWindow* showComplaints();
    // The supervisor's needs-attention list (docs/office.md); one window at a time.
    AttentionWindow* showAttention();
    // The supervisor's dashboard (Permission::SuperviseOffice), one at a time.
    DashboardWindow* showDashboard();
    CalendarDialog* showCalendar();

    // The local journal that registers what is taken here, and the desk codes of this
    // workstation (part of every registration number). Without a journal, Ctrl+Enter only emits
    // registration()->registerRequested().
    void setJournal(iin::StoreThread* journal, const QString& office, const QString& desk);
    // The background check found the journal file damaged (`reason`): the window says so and
    // registers or refuses nothing more; the supervisor restores the latest backup.
    void setJournalDamaged(const QString& reason);
    bool isJournalDamaged() const { return !m_journalDamage.isEmpty(); }
    // Applications handed to the journal and not answered yet.
    int pendingRegistrations() const { return m_registration->pendingCount(); }

    // The journal of applications, the first tab of the work area (Ctrl+J, F3); null for an
    // operator who may not view applications (the administrator).
    JournalPage* journalPage() const { return m_journalPage; }
    // Shows the journal and puts the focus in its search box.
    void showJournal();
    // Opens the application in a tab of its own (or shows the tab already open); null without
    // a journal or the permission to view applications.
    ApplicationView* openApplication(qint64 applicationId);
    ApplicationView* applicationView(qint64 applicationId) const;
    QList<ApplicationView*> applicationViews() const;
    // Reads the journal page again, keeping its selection (after a print or a handover).
    void refreshJournal();
    // Printing: previews, the printer, what was printed (docs/desk.md, "Printing").
    DeskPrinter* printer() const { return m_printer; }
    // Registering what is taken here, and the handover of certificates (paragraph 11-1).
    RegistrationFlow* registration() const { return m_registration; }
    HandoverFlow* handover() const { return m_handover; }
    // The desk's own encrypted backup at the end of the day (docs/backup.md): made when the
    // operator signs out or quits after the hour, or at the hour.
    EndOfDayBackup* endOfDayBackup() const { return m_endOfDay; }
    // The supervisor's warning at sign-in when the last good backup is older than a day
    // (invalid: there is none).
    static QString backupReminderText(const QDateTime& lastGood);

public slots:
    void lock();
    void unlock();
    // Paragraph 11-1: opens the handover dialog for the application (RecordHandover permission
    // and a journal needed); the handover is recorded on the journal's thread, the outcome shown
    // in the message bar, and handoverRecorded() emitted once it is stored.
    void recordHandover(qint64 applicationId) { m_handover->open(applicationId); }
    // Opens the print preview of a document of an application in the journal; the clerk
    // prints it with Enter or saves it as PDF. The application's state decides whether a print
    // is an original or a DUPLICATE.
    void printDocument(qint64 applicationId, iin::PrintedDocument document);

signals:
    // The journal registered an application taken in this window: where the receipt is printed.
    void applicationRegistered(const iin::Registration& registration,
                               const iin::Application& application);
    // ... and refused one at intake: where the receipt of refusal is printed.
    void applicationRefusedAtIntake(qint64 applicationId, const iin::Application& application,
                                    const iin::Findings& findings);
    void signOutRequested();
    void settingsChanged();
    // The journal stored the handover: the application is now handed_over.
    void handoverRecorded(qint64 applicationId);
    // From an application view: where printing and the handover connect. After either, call
    // ApplicationView::reload() on applicationView(id) and refreshJournal().
    void printRequested(qint64 applicationId, iin::PrintedDocument document, bool duplicate);
    void handoverRequested(qint64 applicationId);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void chooseLanguage(const QString& code);
    void refreshTexts();
    void applyRole();
    void closeIntake(int index);
    void showOperators();
    void showSettings();
    void showShortcuts();
    void showAbout();
    // At sign-in: how many complaints are overdue or due soon, in the message bar (supervisors).
    // At sign-in a supervisor is told what needs attention: complaints near their terms, and
    // what passed the office's thresholds.
    void remindSupervisor();
    void saveAllDrafts();
    void signOut();
    // The open forms or application views, in the order of their tabs.
    template <class Tab>
    QList<Tab*> tabsOf() const;
    void setTabTitle(QWidget* tab, const QString& title);
    // A print or a handover changed the application: the open view and the journal show it.
    void showChanged(qint64 applicationId);
    void updateWelcome();
    QList<QAction*> lockedActions() const;

    // True (and the reason shown) when the journal must not be written to.
    bool refuseJournalWrites();

    std::unique_ptr<Ui::MainWindow> m_ui;
    StoreThread* m_operators; // the operators' own thread on the journal
    DraftStore* m_drafts;
    Operator m_operator;
    bool m_training = false;
    SyncState m_sync;
    QLabel* m_syncLabel;
    QLabel* m_operatorLabel;
    QPointer<DraftsDialog> m_draftsDialog;
    // Complaints: the windows opened from the menu.
    QPointer<ComplaintsWindow> m_complaintsWindow;
    QPointer<AttentionWindow> m_attentionWindow;
    QPointer<DashboardWindow> m_dashboardWindow;
    QPointer<CalendarDialog> m_calendarDialog;
    QPointer<StoreThread> m_journal;
    QString m_journalDamage;
    JournalPage* m_journalPage = nullptr;
    DeskPrinter* m_printer;
    RegistrationFlow* m_registration = nullptr;
    HandoverFlow* m_handover = nullptr;
    EndOfDayBackup* m_endOfDay;
    bool m_endOfDayAsked = false; // once per sign-out or close, made or failed
};

} // namespace iin::ui

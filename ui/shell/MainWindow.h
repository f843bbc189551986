#pragma once

#include "core/application/Application.h"
#include "core/documents/DocumentPrinter.h"
#include "core/base/Finding.h"
#include "core/operators/Operator.h"
#include "core/sync/SyncState.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace iin {
class DraftStore;
class JournalThread;
class StoreThread;
struct Draft;
struct DuplicateMatch;
struct Handover;
struct JournalEntry;
struct Registration;
} // namespace iin

namespace iin::ui {

class ApplicationView;
class CalendarDialog;
class ComplaintsWindow;
class DeskPrinter;
class DraftsDialog;
class HandoverDialog;
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
    QString syncStateText() const;
    QString clockSkewText() const;

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
    CalendarDialog* showCalendar();

    // The local journal that registers what is taken here, and the desk codes of this
    // workstation (part of every registration number). Without a journal, Ctrl+Enter only emits
    // registerRequested().
    void setJournal(iin::JournalThread* journal, const QString& office, const QString& desk);
    // The background check found the journal file damaged (`reason`): the window says so and
    // registers or refuses nothing more; the supervisor restores the latest backup.
    void setJournalDamaged(const QString& reason);
    bool isJournalDamaged() const { return !m_journalDamage.isEmpty(); }
    // Applications handed to the journal and not answered yet.
    int pendingRegistrations() const { return int(m_pending.size()); }

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

public slots:
    void lock();
    void unlock();
    // Paragraph 11-1: opens the handover dialog for the application (RecordHandover permission
    // and a journal needed); the handover is recorded on the journal's thread, the outcome shown
    // in the message bar, and handoverRecorded() emitted once it is stored.
    void recordHandover(qint64 applicationId);
    // Opens the print preview of a document of an application in the journal; the clerk
    // prints it with Enter or saves it as PDF. The application's state decides whether a print
    // is an original or a DUPLICATE.
    void printDocument(qint64 applicationId, iin::PrintedDocument document);

signals:
    // A complete application the clerk asked to register (Ctrl+Enter); the store connects here.
    void registerRequested(const iin::Application& application, const QString& draftId);
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
    void remindOfComplaints();
    void saveAllDrafts();
    void updateWelcome();
    QList<QAction*> lockedActions() const;

    // One application handed to the journal: the form (gone if its tab was closed meanwhile)
    // and what was sent, so that it can be sent again once the clerk confirms.
    struct PendingRegistration
    {
        QPointer<IntakeForm> form;
        QString draftId;
        Application application;
        QHash<QString, QString> attachmentFiles;
    };
    void postRegistration(IntakeForm* form, const Application& application, bool confirmed);
    void askRefusal(IntakeForm* form, const Application& application);
    void onDuplicatesFound(quint64 requestId, const QList<iin::DuplicateMatch>& matches);
    void onRegistered(quint64 requestId, const iin::Registration& registration);
    void onRefusedAtIntake(quint64 requestId, qint64 applicationId, const iin::Findings& findings);
    void onRegistrationFailed(quint64 requestId, const QString& message);
    // The application left the desk for the journal: its draft and tab go.
    void finishIntake(const PendingRegistration& pending);
    bool isPending(const IntakeForm* form) const;
    // True (and the reason shown) when the journal must not be written to.
    bool refuseJournalWrites();

    // The handover (paragraph 11-1): Application > Record handover asks for the registration
    // number, looks it up on the journal's thread, then opens the dialog.
    void askHandoverNumber();
    void openHandover(qint64 applicationId, const QString& registrationNumber);
    void onHandoverLookup(quint64 requestId, const QList<iin::JournalEntry>& entries);
    void onHandoverRecorded(quint64 requestId, qint64 applicationId, const iin::Handover& handover);
    void onHandoverFailed(quint64 requestId, const QString& message);

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
    QPointer<CalendarDialog> m_calendarDialog;
    QPointer<JournalThread> m_journal;
    QString m_office;
    QString m_desk;
    QHash<quint64, PendingRegistration> m_pending;
    QString m_journalDamage;
    quint64 m_handoverLookup = 0; // the search for the number typed, while it runs
    QString m_handoverNumber;
    QHash<quint64, QPointer<HandoverDialog>> m_handovers; // requests posted -> their dialog
    JournalPage* m_journalPage = nullptr;
    DeskPrinter* m_printer;
};

} // namespace iin::ui

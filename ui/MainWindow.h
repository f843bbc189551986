#pragma once

#include "Application.h"
#include "DocumentPrinter.h"
#include "Finding.h"
#include "Operator.h"
#include "SyncState.h"

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
class OperatorDirectory;
struct Draft;
struct DuplicateMatch;
struct Registration;
} // namespace iin

namespace iin::ui {

class DeskPrinter;
class DraftsDialog;
class IntakeForm;
class MessageBar;

// The desk's main window: menus enabled by the operator's role, the message bar, the training
// banner, the open applications (one tab each), the lock screen, and the status bar with the
// link to the registry and who is signed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(OperatorDirectory* operators, DraftStore* drafts, const Operator& op,
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

    IntakeForm* newIntake(ApplicationBasis basis);
    IntakeForm* resumeDraft(const Draft& draft);
    IntakeForm* currentIntake() const;
    QList<IntakeForm*> intakes() const;
    // Offers the drafts left from earlier, if any ("You have N unfinished applications").
    DraftsDialog* offerDrafts();

    bool isLocked() const;

    // The local journal that registers what is taken here, and the desk codes of this
    // workstation (part of every registration number). Without a journal, Ctrl+Enter only emits
    // registerRequested().
    void setJournal(iin::JournalThread* journal, const QString& office, const QString& desk);
    // Applications handed to the journal and not answered yet.
    int pendingRegistrations() const { return int(m_pending.size()); }

    // Printing: previews, the printer, what was printed (docs/desk.md, "Printing").
    DeskPrinter* printer() const { return m_printer; }

public slots:
    void lock();
    void unlock();
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

    std::unique_ptr<Ui::MainWindow> m_ui;
    OperatorDirectory* m_operators;
    DraftStore* m_drafts;
    Operator m_operator;
    bool m_training = false;
    SyncState m_sync;
    QLabel* m_syncLabel;
    QLabel* m_operatorLabel;
    QPointer<DraftsDialog> m_draftsDialog;
    QPointer<JournalThread> m_journal;
    QString m_office;
    QString m_desk;
    QHash<quint64, PendingRegistration> m_pending;
    DeskPrinter* m_printer;
};

} // namespace iin::ui

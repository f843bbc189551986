#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"
#include "core/operators/Operator.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace iin {
class DraftStore;
class StoreThread;
struct DuplicateMatch;
struct Registration;
struct RegisterOutcome;
struct RegisterRequest;
} // namespace iin

namespace iin::ui {

class IntakeForm;
class MessageBar;

// Registering at the desk: hands a complete application (or, once the clerk agrees, an
// incomplete one to be refused at intake) to the journal's thread, asks the clerk about likely
// duplicates, and tells in the main window's message bar what became of it. A registered or
// refused application leaves the desk: its draft is discarded and its form closed.
// The main window owns it, as it owns DeskPrinter.
class RegistrationFlow : public QObject
{
    Q_OBJECT

public:
    // `refuseWrites` is the window's say before anything is written: true, with the reason
    // shown, when the journal must not be written to.
    RegistrationFlow(QWidget* window, MessageBar* messageBar, const Operator& op,
                     DraftStore* drafts, std::function<bool()> refuseWrites);
    ~RegistrationFlow() override;

    // The journal that registers, and the desk codes of this workstation (part of every
    // registration number). Without one nothing is registered.
    void setJournal(StoreThread* journal, const QString& office, const QString& desk);
    bool hasJournal() const { return !m_journal.isNull(); }

    // Answers the form's Ctrl+Enter from now on (registerApplication or askRefusal).
    void take(IntakeForm* form);
    // Hands the application taken in `form` to the journal; the form is busy until it answers.
    // Without a journal only registerRequested() is emitted (or, unheard, the clerk told so).
    void registerApplication(IntakeForm* form, const Application& application);
    // The package is incomplete: asks whether to refuse it at intake, and if so hands it over.
    void askRefusal(IntakeForm* form, const Application& application);

    // Applications handed to the journal and not answered yet.
    int pendingCount() const { return int(m_pending.size()); }
    bool isPending(const IntakeForm* form) const;

signals:
    // A complete application the clerk asked to register (Ctrl+Enter), before the journal has
    // it: where another store connects.
    void registerRequested(const iin::Application& application, const QString& draftId);
    void registered(const iin::Registration& registration, const iin::Application& application);
    void refusedAtIntake(qint64 applicationId, const iin::Application& application,
                         const iin::Findings& findings);
    // The application left the desk: the window closes the form's tab (the form is deleted
    // later).
    void intakeFinished(iin::ui::IntakeForm* form);

private:
    // One application handed to the journal: the form (gone if its tab was closed meanwhile)
    // and what was sent, so that it can be sent again once the clerk confirms.
    struct PendingRegistration
    {
        QPointer<IntakeForm> form;
        QString draftId;
        Application application;
        QHash<QString, QString> attachmentFiles;
    };
    using Pending = std::shared_ptr<const PendingRegistration>;
    void post(IntakeForm* form, const Application& application);
    // Hands `request` to the journal's thread (RegisterApplication); `pending` waits for it.
    void send(const RegisterRequest& request, const Pending& pending);
    void onDuplicatesFound(const PendingRegistration& pending,
                           const QList<iin::DuplicateMatch>& matches);
    void onRegistered(const PendingRegistration& pending, const iin::Registration& registration);
    void onRefusedAtIntake(const PendingRegistration& pending, qint64 applicationId,
                           const iin::Findings& findings);
    void onFailed(const PendingRegistration& pending, const QString& message);
    // The application left the desk for the journal: its draft and tab go.
    void finishIntake(const PendingRegistration& pending);

    QWidget* m_window;
    MessageBar* m_messageBar;
    Operator m_operator;
    DraftStore* m_drafts;
    std::function<bool()> m_refuseWrites;
    QPointer<StoreThread> m_journal;
    QString m_office;
    QString m_desk;
    QList<Pending> m_pending; // with the journal, its answer awaited
};

} // namespace iin::ui

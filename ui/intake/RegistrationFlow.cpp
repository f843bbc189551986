#include "ui/intake/RegistrationFlow.h"

#include "core/desk/DraftStore.h"
#include "core/services/StoreThread.h"
#include "core/usecases/DeclineDuplicates.h"
#include "core/usecases/RegisterApplication.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/JournalModel.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaMethod>
#include <QWidget>

#include <algorithm>

// The texts keep the main window's translation context: they were its own before the flow left
// it, and the catalogues translate them there.

namespace iin::ui {

namespace {

// "ALM01-02-000017-R · ҚАСЫМОВ Ерлан / QASYMOV ERLAN · 01.01.1980 · FA1000000 · registered"
QString matchLine(const DuplicateMatch& match)
{
    const JournalEntry& e = match.entry;
    QStringList name;
    for (const PersonName& n : {e.nameCyrillic, e.nameLatin}) {
        if (!n.fullName().isEmpty())
            name << n.fullName();
    }
    return QStringList{e.registrationNumber.isEmpty()
                           ? QCoreApplication::translate("iin::ui::MainWindow", "(no number)")
                           : e.registrationNumber,
                       name.join(QStringLiteral(" / ")),
                       QLocale().toString(e.birthDate, QLocale::ShortFormat), e.documentNumber,
                       JournalModel::statusName(e.status)}
        .join(QStringLiteral(" · "));
}

} // namespace

RegistrationFlow::RegistrationFlow(QWidget* window, MessageBar* messageBar, const Operator& op,
                                   DraftStore* drafts, std::function<bool()> refuseWrites)
    : QObject(window), m_window(window), m_messageBar(messageBar), m_operator(op), m_drafts(drafts),
      m_refuseWrites(std::move(refuseWrites))
{
}

RegistrationFlow::~RegistrationFlow() = default;

void RegistrationFlow::setJournal(StoreThread* journal, const QString& office, const QString& desk)
{
    m_journal = journal;
    m_office = office;
    m_desk = desk;
}

bool RegistrationFlow::isPending(const IntakeForm* form) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [form](const Pending& p) { return p->form == form; });
}

void RegistrationFlow::take(IntakeForm* form)
{
    connect(form, &IntakeForm::registerRequested, this,
            [this, form](const Application& a) { registerApplication(form, a); });
    connect(form, &IntakeForm::incompleteRegisterRequested, this,
            [this, form](const Application& a) { askRefusal(form, a); });
}

void RegistrationFlow::registerApplication(IntakeForm* form, const Application& application)
{
    if (isPending(form))
        return; // already with the journal: a second Ctrl+Enter registers nothing twice
    if (m_refuseWrites())
        return;
    const bool listened =
        isSignalConnected(QMetaMethod::fromSignal(&RegistrationFlow::registerRequested));
    if (listened)
        emit registerRequested(application, form->draftId());
    if (m_journal) {
        post(form, application);
        return;
    }
    if (listened)
        return;
    // Registering arrives with the local journal; until then the draft stays.
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow",
                                    "The application is complete. Registering is not available "
                                    "on this desk yet; the draft is kept."),
        MessageBar::Kind::Information);
}

void RegistrationFlow::post(IntakeForm* form, const Application& application)
{
    if (!m_journal)
        return;
    RegisterRequest request;
    request.application = application;
    request.attachmentFiles = form->attachmentFiles();
    request.desk = DeskContext{m_office, m_desk, m_operator.login};
    send(request, std::make_shared<const PendingRegistration>(PendingRegistration{
                      form, form->draftId(), application, request.attachmentFiles}));
    form->setBusy(true);
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow", "Registering the application…"),
        MessageBar::Kind::Information);
}

void RegistrationFlow::askRefusal(IntakeForm* form, const Application& application)
{
    if (!m_journal || isPending(form) || m_refuseWrites())
        return;
    int missing = 0;
    for (const Finding& f : form->lastCheck().findings) {
        if (f.severity != Severity::Warning)
            ++missing;
    }
    if (MessageBox::question(
            m_window, QCoreApplication::translate("iin::ui::MainWindow", "Refuse at intake"),
            QCoreApplication::translate(
                "iin::ui::MainWindow",
                "The package is incomplete: %n thing(s) missing (see the checklist).\n\n"
                "Refuse it at intake? The refusal is recorded in the journal with what is "
                "missing and the application is closed. Choose No to complete it instead.",
                nullptr, missing),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    form->saveDraftNow();
    post(form, application);
}

void RegistrationFlow::send(const RegisterRequest& request, const Pending& pending)
{
    m_pending.append(pending);
    // The answers come on this (the UI) thread, to this flow only.
    m_journal->run(
        this,
        [request](StoreContext& c) { return RegisterApplication::run(c.database(), request); },
        [this, pending](Result<RegisterOutcome> outcome) {
            m_pending.removeOne(pending);
            if (!outcome) {
                onFailed(*pending, outcome.errorMessage());
                return;
            }
            switch (outcome->kind) {
            case RegisterOutcome::Kind::DuplicatesFound:
                onDuplicatesFound(*pending, outcome->duplicates);
                return;
            case RegisterOutcome::Kind::Registered:
                onRegistered(*pending, outcome->registration);
                return;
            case RegisterOutcome::Kind::RefusedAtIntake:
                onRefusedAtIntake(*pending, outcome->applicationId, outcome->check.findings);
                return;
            }
        });
}

void RegistrationFlow::onDuplicatesFound(const PendingRegistration& pending,
                                         const QList<DuplicateMatch>& matches)
{
    QStringList lines;
    for (const DuplicateMatch& m : matches)
        lines << QStringLiteral("• ") + matchLine(m);
    const QString text =
        QCoreApplication::translate(
            "iin::ui::MainWindow",
            "The journal already has %n application(s) that look like the same person:", nullptr,
            int(matches.size())) +
        u'\n' + lines.join(u'\n') + QStringLiteral("\n\n") +
        QCoreApplication::translate("iin::ui::MainWindow", "Register this application anyway?");
    const bool confirmed =
        MessageBox::question(
            m_window, QCoreApplication::translate("iin::ui::MainWindow", "Possible duplicate"),
            text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    IntakeForm* form = pending.form;
    QList<qint64> shown;
    for (const DuplicateMatch& m : matches)
        shown.append(m.entry.id);
    if (confirmed && form && m_journal) {
        RegisterRequest request;
        request.application = pending.application;
        request.attachmentFiles = pending.attachmentFiles;
        request.desk = DeskContext{m_office, m_desk, m_operator.login};
        request.duplicatesConfirmed = true;
        request.duplicatesShown = shown;
        send(request, std::make_shared<const PendingRegistration>(pending));
        return;
    }
    // The clerk's answer is part of the story the audit tells.
    if (m_journal)
        m_journal->post([shown, login = m_operator.login](StoreContext& c) {
            DeclineDuplicates::run(c.database(), shown, login);
        });
    if (form) {
        form->setBusy(false);
        form->setFocus();
    }
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow",
                                    "The application was not registered; it stays open as it "
                                    "was."),
        MessageBar::Kind::Information);
}

void RegistrationFlow::onRegistered(const PendingRegistration& pending,
                                    const Registration& registration)
{
    finishIntake(pending);
    // Printing the receipt connects to registered().
    m_messageBar->showMessage(QCoreApplication::translate("iin::ui::MainWindow", "Registered as %1")
                                  .arg(registration.registrationNumber),
                              MessageBar::Kind::Positive);
    emit registered(registration, pending.application);
}

void RegistrationFlow::onRefusedAtIntake(const PendingRegistration& pending, qint64 applicationId,
                                         const Findings& findings)
{
    finishIntake(pending);
    QStringList missing;
    for (const Finding& f : findings) {
        if (f.severity != Severity::Warning)
            missing << f.messageForWindow();
    }
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow",
                                    "The package was refused at intake; the refusal is recorded "
                                    "in the journal. Missing:") +
            QStringLiteral("\n• ") + missing.join(QStringLiteral("\n• ")),
        MessageBar::Kind::Warning);
    emit refusedAtIntake(applicationId, pending.application, findings);
}

void RegistrationFlow::onFailed(const PendingRegistration& pending, const QString& message)
{
    if (IntakeForm* form = pending.form) {
        form->setBusy(false);
        form->setFocus();
    }
    m_messageBar->showMessage(
        QCoreApplication::translate(
            "iin::ui::MainWindow",
            "The application was not registered: %1 The form and its draft are kept.")
            .arg(message),
        MessageBar::Kind::Error);
}

void RegistrationFlow::finishIntake(const PendingRegistration& pending)
{
    if (IntakeForm* form = pending.form) {
        form->setBusy(false);
        form->discardDraft();
        emit intakeFinished(form);
        form->deleteLater();
    } else if (m_drafts) {
        m_drafts->discard(pending.draftId);
    }
}

} // namespace iin::ui

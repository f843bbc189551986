#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DeskPrinter.h"
#include "DraftStore.h"
#include "DraftsDialog.h"
#include "IntakeForm.h"
#include "JournalThread.h"
#include "Language.h"
#include "LockScreen.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "OperatorDirectory.h"
#include "OperatorsDialog.h"
#include "SettingsDialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSettings>

namespace iin::ui {

namespace {

QString statusText(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Draft:
        return MainWindow::tr("draft");
    case ApplicationStatus::Registered:
        return MainWindow::tr("registered");
    case ApplicationStatus::Sent:
        return MainWindow::tr("sent to the registry");
    case ApplicationStatus::IinAssigned:
        return MainWindow::tr("IIN assigned");
    case ApplicationStatus::Rejected:
        return MainWindow::tr("rejected by the registry");
    case ApplicationStatus::CertificatePrinted:
        return MainWindow::tr("certificate printed");
    case ApplicationStatus::HandedOver:
        return MainWindow::tr("handed over");
    case ApplicationStatus::RefusedAtIntake:
        return MainWindow::tr("refused at intake");
    case ApplicationStatus::Cancelled:
        return MainWindow::tr("cancelled");
    }
    return ApplicationStatuses::toString(s);
}

// "ALM01-02-000017-R · ҚАСЫМОВ Ерлан / QASYMOV ERLAN · 01.01.1980 · FA1000000 · registered"
QString matchLine(const DuplicateMatch& match)
{
    const JournalEntry& e = match.entry;
    QStringList name;
    for (const PersonName& n : {e.nameCyrillic, e.nameLatin}) {
        if (!n.fullName().isEmpty())
            name << n.fullName();
    }
    return QStringList{
        e.registrationNumber.isEmpty() ? MainWindow::tr("(no number)") : e.registrationNumber,
        name.join(QStringLiteral(" / ")), QLocale().toString(e.birthDate, QLocale::ShortFormat),
        e.documentNumber, statusText(e.status)}
        .join(QStringLiteral(" · "));
}

} // namespace

MainWindow::MainWindow(OperatorDirectory* operators, DraftStore* drafts, const Operator& op,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_operators(operators),
      m_drafts(drafts), m_operator(op), m_syncLabel(new QLabel(this)),
      m_operatorLabel(new QLabel(this)), m_printer(nullptr)
{
    m_ui->setupUi(this);
    m_printer = new DeskPrinter(this, m_ui->messageBar, m_operator);
    m_syncLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);

    // Black on amber: a contrast ratio above 12:1, visible from across the room.
    m_ui->trainingBannerLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #ffc20e; color: #000000; font-weight: bold; "
                       "padding: 0.4em; border: 2px solid #000000; }"));
    m_ui->trainingBannerLabel->hide();

    auto* languages = new QActionGroup(this);
    for (QAction* a : {m_ui->kazakhAction, m_ui->russianAction, m_ui->englishAction})
        languages->addAction(a);
    connect(m_ui->kazakhAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("kk")); });
    connect(m_ui->russianAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("ru")); });
    connect(m_ui->englishAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("en")); });

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->signOutAction, &QAction::triggered, this, [this] {
        saveAllDrafts();
        emit signOutRequested();
    });
    connect(m_ui->newIntakeAction, &QAction::triggered, this,
            [this] { newIntake(ApplicationBasis::Annex1); });
    connect(m_ui->newAnnex2IntakeAction, &QAction::triggered, this,
            [this] { newIntake(ApplicationBasis::Annex2); });
    connect(m_ui->unfinishedAction, &QAction::triggered, this, [this] {
        if (DraftsDialog* d = offerDrafts(); !d)
            m_ui->messageBar->showMessage(tr("There are no unfinished applications."),
                                          MessageBar::Kind::Information);
    });
    connect(m_ui->closeIntakeAction, &QAction::triggered, this,
            [this] { closeIntake(m_ui->intakeTabWidget->currentIndex()); });
    connect(m_ui->intakeTabWidget, &QTabWidget::tabCloseRequested, this, &MainWindow::closeIntake);
    connect(m_ui->printCertificateAction, &QAction::triggered, m_printer,
            &DeskPrinter::askForCertificate);
    // The receipt is handed over at the counter: its preview opens as soon as the journal has
    // answered, and Enter prints it.
    connect(this, &MainWindow::applicationRegistered, this,
            [this](const Registration& registration) {
                printDocument(registration.applicationId, PrintedDocument::AcceptanceReceipt);
            });
    connect(this, &MainWindow::applicationRefusedAtIntake, this, [this](qint64 applicationId) {
        printDocument(applicationId, PrintedDocument::RefusalReceipt);
    });
    connect(m_ui->operatorsAction, &QAction::triggered, this, &MainWindow::showOperators);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->fullScreenAction, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_ui->statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_ui->lockScreen, &LockScreen::switchOperatorRequested, this, [this] {
        saveAllDrafts();
        emit signOutRequested();
    });

    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->workPage);
    applyRole();
    refreshTexts();
    updateWelcome();
}

MainWindow::~MainWindow()
{
    saveAllDrafts();
}

MessageBar* MainWindow::messageBar() const
{
    return m_ui->messageBar;
}

void MainWindow::applyRole()
{
    const Role r = m_operator.role;
    m_ui->newIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication));
    m_ui->unfinishedAction->setEnabled(roleMay(r, Permission::TakeApplication));
    m_ui->closeIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication));
    // Annex 2 applications are taken by migration police officers only.
    m_ui->newAnnex2IntakeAction->setEnabled(roleMay(r, Permission::TakeAnnex2));
    m_ui->newAnnex2IntakeAction->setVisible(roleMay(r, Permission::TakeAnnex2));
    m_ui->operatorsAction->setEnabled(roleMay(r, Permission::ManageOperators));
    m_ui->settingsAction->setEnabled(roleMay(r, Permission::EditSettings));
    m_ui->printCertificateAction->setEnabled(roleMay(r, Permission::PrintCertificate) ||
                                             roleMay(r, Permission::ReprintCertificate));
    m_ui->applicationMenu->menuAction()->setVisible(roleMay(r, Permission::TakeApplication));
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_printer->setTraining(training);
    m_ui->trainingBannerLabel->setVisible(training);
    refreshTexts();
}

void MainWindow::setSyncState(const SyncState& state)
{
    m_sync = state;
    refreshTexts();
}

QString MainWindow::syncStateText() const
{
    const QLocale locale;
    QStringList parts;
    parts << (m_sync.online ? tr("Online") : tr("Offline"));
    if (m_training)
        parts.last() += QStringLiteral(" (") + tr("training registry") + QStringLiteral(")");
    parts << tr("waiting: %1").arg(locale.toString(m_sync.pending));
    parts << (m_sync.lastSync.isValid()
                  ? tr("last exchange %1")
                        .arg(locale.toString(m_sync.lastSync.toLocalTime(), QLocale::ShortFormat))
                  : tr("no exchange yet"));
    if (!m_sync.lastError.isEmpty())
        parts << tr("last error: %1").arg(m_sync.lastError);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::refreshTexts()
{
    // The banner is in all three languages at once, whatever the interface language.
    m_ui->trainingBannerLabel->setText(
        QStringLiteral("ОҚУ РЕЖИМІ · УЧЕБНЫЙ РЕЖИМ · TRAINING MODE\n") +
        tr("Applications go to the embedded training registry; nothing reaches the national "
           "IIN register."));
    m_syncLabel->setText(syncStateText());
    m_syncLabel->setAccessibleName(tr("Link to the registry"));
    m_syncLabel->setAccessibleDescription(m_syncLabel->text());
    m_operatorLabel->setText(
        tr("%1 (%2)").arg(m_operator.fullName, roleDisplayName(m_operator.role)));
    m_operatorLabel->setAccessibleName(tr("Signed-in operator"));
    m_ui->kazakhAction->setChecked(Language::current() == u"kk");
    m_ui->russianAction->setChecked(Language::current() == u"ru");
    m_ui->englishAction->setChecked(Language::current() == u"en");
    QString title = tr("IIN Desk");
    if (m_training)
        title += QStringLiteral(" — ") + tr("training mode");
    setWindowTitle(title);
    for (int i = 0; i < m_ui->intakeTabWidget->count(); ++i) {
        if (auto* form = qobject_cast<IntakeForm*>(m_ui->intakeTabWidget->widget(i)))
            m_ui->intakeTabWidget->setTabText(i, form->title());
    }
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool empty = m_ui->intakeTabWidget->count() == 0;
    m_ui->intakeTabWidget->setVisible(!empty);
    m_ui->welcomeLabel->setVisible(empty);
    if (roleMay(m_operator.role, Permission::TakeApplication))
        m_ui->welcomeLabel->setText(
            roleMay(m_operator.role, Permission::TakeAnnex2)
                ? tr("Press Ctrl+N to take a new application, Ctrl+Shift+N for an Annex 2 "
                     "application, Ctrl+Shift+O for the unfinished ones.")
                : tr("Press Ctrl+N to take a new application, Ctrl+Shift+O for the unfinished "
                     "ones."));
    else if (roleMay(m_operator.role, Permission::ManageOperators))
        m_ui->welcomeLabel->setText(
            tr("Manage the operators' accounts and the desk settings from the File menu."));
    else
        m_ui->welcomeLabel->setText(tr("Choose what to do from the menu."));
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (!Language::install(code))
        return;
    if (m_operators)
        m_operators->setLanguage(m_operator.login, code, QDateTime::currentDateTimeUtc());
    m_operator.language = code;
}

IntakeForm* MainWindow::newIntake(ApplicationBasis basis)
{
    const bool allowed =
        roleMay(m_operator.role, basis == ApplicationBasis::Annex2 ? Permission::TakeAnnex2
                                                                   : Permission::TakeApplication);
    if (!allowed || isLocked())
        return nullptr;
    // A migration police officer takes applications at the service provider itself.
    const Channel channel =
        m_operator.role == Role::Officer ? Channel::ServiceProvider : Channel::StateCorporation;
    auto* form = new IntakeForm(basis, channel, m_drafts, m_operator.login);
    const int index = m_ui->intakeTabWidget->addTab(form, form->title());
    connect(form, &IntakeForm::titleChanged, this, [this, form](const QString& title) {
        const int i = m_ui->intakeTabWidget->indexOf(form);
        if (i >= 0)
            m_ui->intakeTabWidget->setTabText(i, title);
    });
    connect(form, &IntakeForm::messageRequested, this, [this](const QString& text, bool error) {
        m_ui->messageBar->showMessage(text,
                                      error ? MessageBar::Kind::Error : MessageBar::Kind::Positive);
    });
    connect(form, &IntakeForm::draftSaved, this,
            [this] { statusBar()->showMessage(tr("Draft saved"), 3000); });
    connect(form, &IntakeForm::registerRequested, this, [this, form](const Application& a) {
        if (isPending(form))
            return; // already with the journal: a second Ctrl+Enter registers nothing twice
        const bool listened =
            isSignalConnected(QMetaMethod::fromSignal(&MainWindow::registerRequested));
        if (listened)
            emit registerRequested(a, form->draftId());
        if (m_journal) {
            postRegistration(form, a, false);
            return;
        }
        if (listened)
            return;
        // Registering arrives with the local journal; until then the draft stays.
        m_ui->messageBar->showMessage(
            tr("The application is complete. Registering is not available on this desk yet; "
               "the draft is kept."),
            MessageBar::Kind::Information);
    });
    connect(form, &IntakeForm::incompleteRegisterRequested, this,
            [this, form](const Application& a) { askRefusal(form, a); });
    m_ui->intakeTabWidget->setCurrentIndex(index);
    updateWelcome();
    form->setFocus();
    if (QWidget* first = form->widgetForField(QStringLiteral("name_cyrillic.surname")))
        first->setFocus();
    return form;
}

IntakeForm* MainWindow::resumeDraft(const Draft& draft)
{
    IntakeForm* form = newIntake(draft.application.basis);
    if (form) {
        form->resumeDraft(draft);
        m_ui->intakeTabWidget->setTabText(m_ui->intakeTabWidget->indexOf(form), form->title());
    }
    return form;
}

IntakeForm* MainWindow::currentIntake() const
{
    return qobject_cast<IntakeForm*>(m_ui->intakeTabWidget->currentWidget());
}

QList<IntakeForm*> MainWindow::intakes() const
{
    QList<IntakeForm*> list;
    for (int i = 0; i < m_ui->intakeTabWidget->count(); ++i) {
        if (auto* form = qobject_cast<IntakeForm*>(m_ui->intakeTabWidget->widget(i)))
            list.append(form);
    }
    return list;
}

DraftsDialog* MainWindow::offerDrafts()
{
    if (!m_drafts || !roleMay(m_operator.role, Permission::TakeApplication))
        return nullptr;
    if (m_draftsDialog)
        m_draftsDialog->close();
    QStringList open;
    for (IntakeForm* form : intakes())
        open << form->draftId();
    auto* dialog = new DraftsDialog(*m_drafts, open, this);
    if (dialog->count() == 0) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DraftsDialog::resumeRequested, this, &MainWindow::resumeDraft);
    m_draftsDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::closeIntake(int index)
{
    auto* form = qobject_cast<IntakeForm*>(m_ui->intakeTabWidget->widget(index));
    if (!form)
        return;
    const bool kept = form->hasContent();
    if (Status s = form->saveDraftNow(); !s) {
        m_ui->messageBar->showMessage(s.errorMessage());
        return; // never close a form whose draft could not be written
    }
    m_ui->intakeTabWidget->removeTab(index);
    form->deleteLater();
    if (kept)
        m_ui->messageBar->showMessage(
            tr("The application is closed; its draft is kept under Application > Unfinished "
               "applications."),
            MessageBar::Kind::Information);
    updateWelcome();
}

void MainWindow::setJournal(JournalThread* journal, const QString& office, const QString& desk)
{
    if (m_journal)
        m_journal->worker()->disconnect(this);
    m_journal = journal;
    m_office = office;
    m_desk = desk;
    m_printer->setJournal(journal, office);
    if (!journal)
        return;
    // The answers come from the journal's thread; queued, they run here on the UI thread.
    const JournalWorker* w = journal->worker();
    connect(w, &JournalWorker::duplicatesFound, this, &MainWindow::onDuplicatesFound,
            Qt::QueuedConnection);
    connect(w, &JournalWorker::registered, this, &MainWindow::onRegistered, Qt::QueuedConnection);
    connect(w, &JournalWorker::refusedAtIntake, this, &MainWindow::onRefusedAtIntake,
            Qt::QueuedConnection);
    connect(w, &JournalWorker::failed, this, &MainWindow::onRegistrationFailed,
            Qt::QueuedConnection);
}

bool MainWindow::isPending(const IntakeForm* form) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [form](const PendingRegistration& p) { return p.form == form; });
}

void MainWindow::postRegistration(IntakeForm* form, const Application& application, bool confirmed)
{
    if (!m_journal)
        return;
    RegisterRequest request;
    request.application = application;
    request.attachmentFiles = form->attachmentFiles();
    request.desk = DeskContext{m_office, m_desk, m_operator.login};
    request.duplicatesConfirmed = confirmed;
    const quint64 id = m_journal->registerApplication(request);
    m_pending.insert(
        id, PendingRegistration{form, form->draftId(), application, request.attachmentFiles});
    form->setBusy(true);
    m_ui->messageBar->showMessage(tr("Registering the application…"),
                                  MessageBar::Kind::Information);
}

void MainWindow::askRefusal(IntakeForm* form, const Application& application)
{
    if (!m_journal || isPending(form))
        return;
    int missing = 0;
    for (const Finding& f : form->lastCheck().findings) {
        if (f.severity != Severity::Warning)
            ++missing;
    }
    if (MessageBox::question(
            this, tr("Refuse at intake"),
            tr("The package is incomplete: %n thing(s) missing (see the checklist).\n\n"
               "Refuse it at intake? The refusal is recorded in the journal with what is "
               "missing and the application is closed. Choose No to complete it instead.",
               nullptr, missing),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    form->saveDraftNow();
    postRegistration(form, application, false);
}

void MainWindow::onDuplicatesFound(quint64 requestId, const QList<DuplicateMatch>& matches)
{
    if (!m_pending.contains(requestId))
        return;
    const PendingRegistration pending = m_pending.take(requestId);
    QStringList lines;
    for (const DuplicateMatch& m : matches)
        lines << QStringLiteral("• ") + matchLine(m);
    const QString text =
        tr("The journal already has %n application(s) that look like the same person:", nullptr,
           int(matches.size())) +
        u'\n' + lines.join(u'\n') + QStringLiteral("\n\n") +
        tr("Register this application anyway?");
    const bool confirmed = MessageBox::question(this, tr("Possible duplicate"), text,
                                                QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::No) == QMessageBox::Yes;
    IntakeForm* form = pending.form;
    if (confirmed && form && m_journal) {
        RegisterRequest request;
        request.application = pending.application;
        request.attachmentFiles = pending.attachmentFiles;
        request.desk = DeskContext{m_office, m_desk, m_operator.login};
        request.duplicatesConfirmed = true;
        m_pending.insert(m_journal->registerApplication(request), pending);
        return;
    }
    if (form) {
        form->setBusy(false);
        form->setFocus();
    }
    m_ui->messageBar->showMessage(
        tr("The application was not registered; it stays open as it was."),
        MessageBar::Kind::Information);
}

void MainWindow::onRegistered(quint64 requestId, const Registration& registration)
{
    if (!m_pending.contains(requestId))
        return;
    const PendingRegistration pending = m_pending.take(requestId);
    finishIntake(pending);
    // Printing the receipt connects to applicationRegistered().
    m_ui->messageBar->showMessage(tr("Registered as %1").arg(registration.registrationNumber),
                                  MessageBar::Kind::Positive);
    emit applicationRegistered(registration, pending.application);
}

void MainWindow::onRefusedAtIntake(quint64 requestId, qint64 applicationId,
                                   const Findings& findings)
{
    if (!m_pending.contains(requestId))
        return;
    const PendingRegistration pending = m_pending.take(requestId);
    finishIntake(pending);
    QStringList missing;
    for (const Finding& f : findings) {
        if (f.severity != Severity::Warning)
            missing << f.message;
    }
    m_ui->messageBar->showMessage(
        tr("The package was refused at intake; the refusal is recorded in the journal. "
           "Missing:") +
            QStringLiteral("\n• ") + missing.join(QStringLiteral("\n• ")),
        MessageBar::Kind::Warning);
    emit applicationRefusedAtIntake(applicationId, pending.application, findings);
}

void MainWindow::onRegistrationFailed(quint64 requestId, const QString& message)
{
    if (!m_pending.contains(requestId))
        return;
    const PendingRegistration pending = m_pending.take(requestId);
    if (IntakeForm* form = pending.form) {
        form->setBusy(false);
        form->setFocus();
    }
    m_ui->messageBar->showMessage(
        tr("The application was not registered: %1 The form and its draft are kept.").arg(message),
        MessageBar::Kind::Error);
}

void MainWindow::finishIntake(const PendingRegistration& pending)
{
    if (IntakeForm* form = pending.form) {
        form->setBusy(false);
        form->discardDraft();
        const int index = m_ui->intakeTabWidget->indexOf(form);
        if (index >= 0)
            m_ui->intakeTabWidget->removeTab(index);
        form->deleteLater();
        updateWelcome();
    } else if (m_drafts) {
        m_drafts->discard(pending.draftId);
    }
}

void MainWindow::saveAllDrafts()
{
    for (IntakeForm* form : intakes()) {
        if (Status s = form->saveDraftNow(); !s)
            m_ui->messageBar->showMessage(s.errorMessage());
    }
}

QList<QAction*> MainWindow::lockedActions() const
{
    return {m_ui->lockAction,       m_ui->signOutAction,         m_ui->operatorsAction,
            m_ui->settingsAction,   m_ui->newIntakeAction,       m_ui->newAnnex2IntakeAction,
            m_ui->unfinishedAction, m_ui->closeIntakeAction,     m_ui->shortcutsAction,
            m_ui->aboutAction,      m_ui->printCertificateAction};
}

bool MainWindow::isLocked() const
{
    return m_ui->pagesStackedWidget->currentWidget() == m_ui->lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    saveAllDrafts();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->lockScreen);
    for (QMenu* menu : {m_ui->fileMenu, m_ui->applicationMenu, m_ui->viewMenu, m_ui->helpMenu})
        menu->menuAction()->setEnabled(false);
    // Shortcuts reach actions even in a disabled menu: switch off each one that could show
    // or change work under the lock (only the language and quitting remain).
    for (QAction* a : lockedActions())
        a->setEnabled(false);
    m_ui->messageBar->clearMessage();
    // Nothing stays open over the lock screen (drafts list, operators, settings, help).
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_ui->lockScreen->setFocus();
    m_ui->lockScreen->lockFor(m_operators, m_operator);
}

void MainWindow::unlock()
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->workPage);
    for (QMenu* menu : {m_ui->fileMenu, m_ui->applicationMenu, m_ui->viewMenu, m_ui->helpMenu})
        menu->menuAction()->setEnabled(true);
    m_ui->lockAction->setEnabled(true);
    m_ui->signOutAction->setEnabled(true);
    applyRole();
    if (IntakeForm* form = currentIntake())
        form->setFocus();
}

void MainWindow::printDocument(qint64 applicationId, PrintedDocument document)
{
    m_printer->preview(applicationId, document);
}

void MainWindow::showOperators()
{
    if (!m_operators || !roleMay(m_operator.role, Permission::ManageOperators))
        return;
    auto* dialog = new OperatorsDialog(*m_operators, m_operator.login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    if (!roleMay(m_operator.role, Permission::EditSettings))
        return;
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this](const DeskSettings& s) {
        setTrainingMode(s.trainingMode());
        m_ui->messageBar->showMessage(tr("The desk settings are saved."),
                                      MessageBar::Kind::Positive);
        emit settingsChanged();
    });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                tr("Ctrl+N\tnew application (Annex 1)\n"
                                   "Ctrl+Shift+N\tnew Annex 2 application (migration police)\n"
                                   "Ctrl+Shift+O\tunfinished applications\n"
                                   "Enter\tnext field\n"
                                   "Tab / Shift+Tab\tnext / previous field\n"
                                   "Alt + underlined letter\tgo to that field\n"
                                   "Ctrl+Enter\tregister the application\n"
                                   "Ctrl+S\tsave the draft now\n"
                                   "Ctrl+W\tclose the application (the draft is kept)\n"
                                   "Ctrl+P\tprint a certificate (preview first)\n"
                                   "Ctrl+L\tlock the desk\n"
                                   "F11\tfull screen\n"
                                   "Ctrl+Q\tquit"),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(
        QMessageBox::NoIcon, tr("About IIN Desk"),
        tr("IIN Desk %1\nForming the individual identification number for foreigners and "
           "stateless persons.")
            .arg(QCoreApplication::applicationVersion()),
        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Nothing is lost on close: every open form's draft is written before the window goes.
    saveAllDrafts();
    QMainWindow::closeEvent(event);
}

} // namespace iin::ui

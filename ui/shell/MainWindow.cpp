#include "ui/shell/MainWindow.h"
#include "ui_MainWindow.h"

#include "ui/complaints/ApplicationComplaintsWidget.h"
#include "ui/journal/ApplicationView.h"
#include "ui/complaints/CalendarDialog.h"
#include "core/services/ComplaintJobs.h"
#include "ui/complaints/ComplaintsWindow.h"
#include "ui/printing/DeskPrinter.h"
#include "core/desk/DraftStore.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "core/services/JournalThread.h"
#include "core/base/Language.h"
#include "ui/shell/LockScreen.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "core/services/StoreThread.h"
#include "core/usecases/ChangeLanguage.h"
#include "core/usecases/LockDesk.h"
#include "ui/operators/OperatorsDialog.h"
#include "core/application/RegistrationNumber.h"
#include "ui/shell/SettingsDialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSettings>
#include <QStyle>
#include <QTabBar>

#include <cstdlib>
#include <tuple>

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
    return QStringList{
        e.registrationNumber.isEmpty() ? MainWindow::tr("(no number)") : e.registrationNumber,
        name.join(QStringLiteral(" / ")), QLocale().toString(e.birthDate, QLocale::ShortFormat),
        e.documentNumber, JournalModel::statusName(e.status)}
        .join(QStringLiteral(" · "));
}

} // namespace

MainWindow::MainWindow(StoreThread* operators, DraftStore* drafts, const Operator& op,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_operators(operators),
      m_drafts(drafts), m_operator(op), m_syncLabel(new QLabel(this)),
      m_operatorLabel(new QLabel(this)), m_printer(nullptr)
{
    m_ui->setupUi(this);
    m_printer = new DeskPrinter(this, m_ui->messageBar, m_operator);
    // A print may change the status and issue the certificate number: show it where it is open.
    connect(m_printer, &DeskPrinter::documentPrinted, this, [this](const PrintRecord& record) {
        if (ApplicationView* view = applicationView(record.applicationId))
            view->reload();
        refreshJournal();
    });
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
    connect(m_ui->recordHandoverAction, &QAction::triggered, this, &MainWindow::askHandoverNumber);
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
    connect(m_ui->complaintsAction, &QAction::triggered, this, &MainWindow::showComplaints);
    connect(m_ui->calendarAction, &QAction::triggered, this, &MainWindow::showCalendar);
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

    // The journal is the first tab of the work area, never closed, for whoever may view
    // applications; the administrator does not get it at all.
    if (roleMay(m_operator.role, Permission::ViewApplications)) {
        m_journalPage = new JournalPage(m_ui->intakeTabWidget);
        m_journalPage->setObjectName(QStringLiteral("journalPage"));
        m_journalPage->setOperator(m_operator.login);
        m_ui->intakeTabWidget->insertTab(0, m_journalPage, tr("Journal"));
        const auto side = QTabBar::ButtonPosition(m_ui->intakeTabWidget->style()->styleHint(
            QStyle::SH_TabBar_CloseButtonPosition, nullptr, m_ui->intakeTabWidget->tabBar()));
        m_ui->intakeTabWidget->tabBar()->setTabButton(0, side, nullptr);
        connect(m_journalPage, &JournalPage::openRequested, this, &MainWindow::openApplication);
        // What this desk registers or refuses shows in the journal at once.
        connect(this, &MainWindow::applicationRegistered, m_journalPage, &JournalPage::refresh);
        connect(this, &MainWindow::applicationRefusedAtIntake, m_journalPage,
                &JournalPage::refresh);
    }
    // Ctrl+W closes an application view also for a supervisor, whose Application menu is hidden.
    addAction(m_ui->closeIntakeAction);
    m_ui->journalAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_J), QKeySequence(Qt::Key_F3)});
    connect(m_ui->journalAction, &QAction::triggered, this, &MainWindow::showJournal);

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
    m_ui->complaintsAction->setEnabled(roleMay(r, Permission::ManageComplaints));
    m_ui->calendarAction->setEnabled(roleMay(r, Permission::EditCalendar));
    m_ui->supervisionMenu->menuAction()->setVisible(roleMay(r, Permission::ManageComplaints) ||
                                                    roleMay(r, Permission::EditCalendar));
    m_ui->newIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication));
    m_ui->unfinishedAction->setEnabled(roleMay(r, Permission::TakeApplication));
    m_ui->closeIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication));
    // Annex 2 applications are taken by migration police officers only.
    m_ui->newAnnex2IntakeAction->setEnabled(roleMay(r, Permission::TakeAnnex2));
    m_ui->newAnnex2IntakeAction->setVisible(roleMay(r, Permission::TakeAnnex2));
    m_ui->operatorsAction->setEnabled(roleMay(r, Permission::ManageOperators));
    m_ui->settingsAction->setEnabled(roleMay(r, Permission::EditSettings));
    m_ui->recordHandoverAction->setEnabled(roleMay(r, Permission::RecordHandover));
    m_ui->applicationMenu->menuAction()->setVisible(roleMay(r, Permission::TakeApplication) ||
                                                    roleMay(r, Permission::RecordHandover));
    m_ui->journalAction->setEnabled(m_journalPage != nullptr);
    m_ui->journalAction->setVisible(m_journalPage != nullptr);
    // Ctrl+W closes an application view too.
    m_ui->closeIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication) ||
                                        roleMay(r, Permission::ViewApplications));
    m_ui->printCertificateAction->setEnabled(roleMay(r, Permission::PrintCertificate) ||
                                             roleMay(r, Permission::ReprintCertificate));
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_printer->setTraining(training);
    m_ui->trainingBannerLabel->setVisible(training);
    if (m_complaintsWindow)
        m_complaintsWindow->setTrainingMode(training);
    refreshTexts();
}

void MainWindow::setSyncState(const SyncState& state)
{
    // The registry answered or a request left: statuses in the journal have changed.
    const bool journalChanged =
        state.pending != m_sync.pending || state.inFlight != m_sync.inFlight ||
        state.sent != m_sync.sent || state.formed != m_sync.formed ||
        state.existing != m_sync.existing || state.rejected != m_sync.rejected;
    if (journalChanged && m_journalPage)
        m_journalPage->refresh();
    // A clock that disagrees with the registry's dates everything the desk writes wrongly: told
    // once when it begins (the status bar keeps saying so while it lasts).
    const bool clockNowOff = state.clockSkewSeconds != 0 && m_sync.clockSkewSeconds == 0;
    const bool clockNowRight = state.clockSkewSeconds == 0 && m_sync.clockSkewSeconds != 0;
    const QString oldWarning = clockNowRight ? clockSkewText() : QString();
    m_sync = state;
    refreshTexts();
    if (clockNowOff)
        m_ui->messageBar->showMessage(clockSkewText(), MessageBar::Kind::Warning);
    else if (clockNowRight && m_ui->messageBar->text() == oldWarning)
        m_ui->messageBar->clearMessage(); // no warning left up about a clock set right
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
    if (m_sync.clockSkewSeconds != 0)
        parts << clockSkewText();
    return parts.join(QStringLiteral(" · "));
}

QString MainWindow::clockSkewText() const
{
    const qint64 minutes = (std::abs(m_sync.clockSkewSeconds) + 59) / 60;
    return m_sync.clockSkewSeconds > 0
               ? tr("This computer's clock is %n minute(s) behind the registry's: ask the "
                    "administrator to set it.",
                    nullptr, int(minutes))
               : tr("This computer's clock is %n minute(s) ahead of the registry's: ask the "
                    "administrator to set it.",
                    nullptr, int(minutes));
}

void MainWindow::refreshTexts()
{
    // The banner is in both state languages at once, whatever the interface language (as on the
    // printed documents); an English interface adds its own words.
    m_ui->trainingBannerLabel->setText(
        QStringLiteral("ОҚУ РЕЖИМІ · УЧЕБНЫЙ РЕЖИМ") +
        (Language::current() == u"en" ? QStringLiteral(" · TRAINING MODE\n")
                                      : QStringLiteral("\n")) +
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
        if (auto* view = qobject_cast<ApplicationView*>(m_ui->intakeTabWidget->widget(i)))
            m_ui->intakeTabWidget->setTabText(i, view->title());
    }
    if (m_journalPage)
        m_ui->intakeTabWidget->setTabText(m_ui->intakeTabWidget->indexOf(m_journalPage),
                                          tr("Journal"));
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool empty = m_ui->intakeTabWidget->count() == 0;
    m_ui->intakeTabWidget->setVisible(!empty);
    // The journal's tab stays: the hint shows while no application is being taken.
    m_ui->welcomeLabel->setVisible(empty || intakes().isEmpty());
    if (roleMay(m_operator.role, Permission::TakeApplication))
        m_ui->welcomeLabel->setText(
            roleMay(m_operator.role, Permission::TakeAnnex2)
                ? tr("Press Ctrl+N to take a new application, Ctrl+Shift+N for an Annex 2 "
                     "application, Ctrl+Shift+O for the unfinished ones.")
                : tr("Press Ctrl+N to take a new application, Ctrl+Shift+O for the unfinished "
                     "ones."));
    else if (roleMay(m_operator.role, Permission::ViewApplications))
        m_ui->welcomeLabel->setText(
            tr("Press Ctrl+J or F3 to search the journal of applications; Enter opens one."));
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
    // Remembered for the operator's next sign-in, on the operators' thread.
    if (m_operators) {
        m_operators->post([login = m_operator.login, code](StoreContext& c) {
            if (c.open())
                ChangeLanguage::run(c.database(), login, code, QDateTime::currentDateTimeUtc());
        });
    }
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
        if (refuseJournalWrites())
            return;
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
    if (auto* view = qobject_cast<ApplicationView*>(m_ui->intakeTabWidget->widget(index))) {
        m_ui->intakeTabWidget->removeTab(index);
        view->deleteLater();
        if (m_journalPage) {
            m_ui->intakeTabWidget->setCurrentWidget(m_journalPage);
            m_journalPage->selectId(view->applicationId());
        }
        updateWelcome();
        return;
    }
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
    if (m_journalPage)
        m_journalPage->setJournal(journal);
    remindOfComplaints();
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
    connect(w, &JournalWorker::searchFinished, this, &MainWindow::onHandoverLookup,
            Qt::QueuedConnection);
    connect(w, &JournalWorker::handoverRecorded, this, &MainWindow::onHandoverRecorded,
            Qt::QueuedConnection);
    connect(w, &JournalWorker::failed, this, &MainWindow::onHandoverFailed, Qt::QueuedConnection);
}

bool MainWindow::isPending(const IntakeForm* form) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [form](const PendingRegistration& p) { return p.form == form; });
}

void MainWindow::setJournalDamaged(const QString& reason)
{
    m_journalDamage = reason;
    for (ApplicationView* view : applicationViews())
        view->refuseJournalWrites();
    refuseJournalWrites();
}

bool MainWindow::refuseJournalWrites()
{
    if (m_journalDamage.isEmpty())
        return false;
    m_ui->messageBar->showMessage(
        tr("The journal file is damaged: %1 Nothing more is written to it: stop taking "
           "applications at this desk and have the latest backup restored (iin-desk-cli "
           "restore); the drafts are kept.")
            .arg(m_journalDamage),
        MessageBar::Kind::Error);
    return true;
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
    if (!m_journal || isPending(form) || refuseJournalWrites())
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
        m_pending.insert(m_journal->registerApplication(request), pending);
        return;
    }
    // The clerk's answer is part of the story the audit tells.
    if (m_journal)
        m_journal->declineDuplicates(shown, m_operator.login);
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
            missing << f.messageForWindow();
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

void MainWindow::askHandoverNumber()
{
    if (!roleMay(m_operator.role, Permission::RecordHandover) || isLocked())
        return;
    if (!m_journal) {
        m_ui->messageBar->showMessage(tr("The journal is not available on this desk: a handover "
                                         "cannot be recorded."));
        return;
    }
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("handoverNumberDialog"));
    ask->setWindowTitle(tr("Record handover"));
    ask->setLabelText(tr("&Registration number of the application (as on the receipt):"));
    ask->setAccessibleName(tr("Registration number of the application"));
    ask->setInputMode(QInputDialog::TextInput);
    // Back to the desk's window once the number is given, so that its shortcuts work at once
    // (not every window system hands the activation back by itself).
    connect(ask, &QDialog::finished, this, [this] { activateWindow(); });
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& typed) {
        const QString number = typed.trimmed();
        if (!RegistrationNumber::isValid(number)) {
            m_ui->messageBar->showMessage(
                tr("\"%1\" is not a registration number: type it as on the receipt, e.g. "
                   "ALM01-02-000017-R.")
                    .arg(number));
            return;
        }
        if (!m_journal)
            return;
        JournalQuery query;
        query.text = number;
        query.limit = 1;
        m_handoverNumber = RegistrationNumber::normalized(number);
        m_handoverLookup = m_journal->search(query, m_operator.login, true);
    });
    ask->open();
}

void MainWindow::onHandoverLookup(quint64 requestId, const QList<JournalEntry>& entries)
{
    if (requestId == 0 || requestId != m_handoverLookup)
        return;
    m_handoverLookup = 0;
    if (entries.isEmpty()) {
        m_ui->messageBar->showMessage(
            tr("There is no application %1 in the journal: check the number on the receipt.")
                .arg(m_handoverNumber));
        return;
    }
    const JournalEntry& e = entries.constFirst();
    // Said before anything is typed; the journal checks it again when recording.
    if (e.status != ApplicationStatus::CertificatePrinted) {
        m_ui->messageBar->showMessage(
            tr("Application %1 is %2: a certificate is handed over only when it is %3.")
                .arg(e.registrationNumber, JournalModel::statusName(e.status),
                     JournalModel::statusName(ApplicationStatus::CertificatePrinted)),
            MessageBar::Kind::Warning);
        return;
    }
    openHandover(e.id, e.registrationNumber);
}

void MainWindow::recordHandover(qint64 applicationId)
{
    openHandover(applicationId, {});
}

void MainWindow::openHandover(qint64 applicationId, const QString& registrationNumber)
{
    if (!roleMay(m_operator.role, Permission::RecordHandover) || isLocked() ||
        refuseJournalWrites())
        return;
    if (!m_journal) {
        m_ui->messageBar->showMessage(tr("The journal is not available on this desk: a handover "
                                         "cannot be recorded."));
        return;
    }
    auto* dialog = new HandoverDialog(applicationId, registrationNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Back to the desk's window afterwards, so that its shortcuts work at once.
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    connect(dialog, &HandoverDialog::handoverConfirmed, this,
            [this, dialog](const Handover& handover) {
                if (!m_journal) {
                    dialog->refused(tr("The journal is not available on this desk."));
                    return;
                }
                m_handovers.insert(
                    m_journal->recordHandover(dialog->applicationId(), handover, m_operator.login),
                    dialog);
            });
    dialog->open();
}

void MainWindow::onHandoverRecorded(quint64 requestId, qint64 applicationId,
                                    const Handover& handover)
{
    if (!m_handovers.contains(requestId))
        return;
    const QPointer<HandoverDialog> dialog = m_handovers.take(requestId);
    const QString number = dialog && !dialog->registrationNumber().isEmpty()
                               ? dialog->registrationNumber()
                               : QString::number(applicationId);
    QString how;
    switch (handover.recipient) {
    case HandoverRecipient::Applicant:
        how = tr("to the person, on the identity document");
        break;
    case HandoverRecipient::DigitalDocument:
        how = tr("to the person, on a document from the digital documents service");
        break;
    case HandoverRecipient::Representative:
        // No name: the message bar stays in view even over the lock screen.
        how = tr("to a representative, on a power of attorney");
        break;
    }
    if (dialog)
        dialog->recorded();
    m_ui->messageBar->showMessage(
        tr("The certificate of %1 is recorded as handed over %2.").arg(number, how),
        MessageBar::Kind::Positive);
    if (ApplicationView* view = applicationView(applicationId))
        view->reload();
    refreshJournal();
    emit handoverRecorded(applicationId);
}

void MainWindow::onHandoverFailed(quint64 requestId, const QString& message)
{
    if (requestId == m_handoverLookup && requestId != 0) {
        m_handoverLookup = 0;
        m_ui->messageBar->showMessage(message);
        return;
    }
    if (!m_handovers.contains(requestId))
        return;
    const QPointer<HandoverDialog> dialog = m_handovers.take(requestId);
    if (dialog)
        dialog->refused(message);
    m_ui->messageBar->showMessage(tr("The handover was not recorded: %1").arg(message));
}

void MainWindow::showJournal()
{
    if (!m_journalPage || isLocked())
        return;
    m_ui->intakeTabWidget->setCurrentWidget(m_journalPage);
    m_journalPage->focusSearch();
}

void MainWindow::refreshJournal()
{
    if (m_journalPage)
        m_journalPage->refresh();
}

ApplicationView* MainWindow::applicationView(qint64 applicationId) const
{
    for (ApplicationView* view : applicationViews()) {
        if (view->applicationId() == applicationId)
            return view;
    }
    return nullptr;
}

QList<ApplicationView*> MainWindow::applicationViews() const
{
    QList<ApplicationView*> list;
    for (int i = 0; i < m_ui->intakeTabWidget->count(); ++i) {
        if (auto* view = qobject_cast<ApplicationView*>(m_ui->intakeTabWidget->widget(i)))
            list.append(view);
    }
    return list;
}

ApplicationView* MainWindow::openApplication(qint64 applicationId)
{
    if (!m_journal || !roleMay(m_operator.role, Permission::ViewApplications) || isLocked())
        return nullptr;
    if (ApplicationView* open = applicationView(applicationId)) {
        m_ui->intakeTabWidget->setCurrentWidget(open);
        open->setFocus();
        return open;
    }
    auto* view = new ApplicationView(m_journal, m_operator, applicationId, m_ui->intakeTabWidget);
    if (!m_journalDamage.isEmpty())
        view->refuseJournalWrites();
    view->setObjectName(QStringLiteral("applicationView%1").arg(applicationId));
    const int index = m_ui->intakeTabWidget->addTab(view, view->title());
    connect(view, &ApplicationView::titleChanged, this, [this, view](const QString& title) {
        const int i = m_ui->intakeTabWidget->indexOf(view);
        if (i >= 0)
            m_ui->intakeTabWidget->setTabText(i, title);
    });
    connect(view, &ApplicationView::closeRequested, this,
            [this, view] { closeIntake(m_ui->intakeTabWidget->indexOf(view)); });
    connect(view, &ApplicationView::printRequested, this, &MainWindow::printRequested);
    connect(view, &ApplicationView::printRequested, this,
            [this](qint64 id, PrintedDocument document) { printDocument(id, document); });
    connect(view, &ApplicationView::handoverRequested, this, &MainWindow::handoverRequested);
    connect(view, &ApplicationView::handoverRequested, this, &MainWindow::recordHandover);
    connect(view, &ApplicationView::cancelled, this, &MainWindow::refreshJournal);
    // The application's complaints, with their terms (no personal data: not audited).
    auto* complaints =
        new ApplicationComplaintsWidget(m_journal ? m_journal->store() : nullptr, view);
    complaints->setObjectName(QStringLiteral("applicationComplaints"));
    complaints->setApplication(applicationId);
    view->addSection(complaints);
    connect(view, &ApplicationView::loaded, complaints, &ApplicationComplaintsWidget::refresh);
    m_ui->intakeTabWidget->setCurrentIndex(index);
    updateWelcome();
    view->setFocus();
    return view;
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
    return {m_ui->lockAction,
            m_ui->signOutAction,
            m_ui->operatorsAction,
            m_ui->settingsAction,
            m_ui->newIntakeAction,
            m_ui->newAnnex2IntakeAction,
            m_ui->unfinishedAction,
            m_ui->closeIntakeAction,
            m_ui->shortcutsAction,
            m_ui->aboutAction,
            m_ui->journalAction,
            m_ui->recordHandoverAction,
            m_ui->printCertificateAction};
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
    for (QMenu* menu : {m_ui->fileMenu, m_ui->applicationMenu, m_ui->supervisionMenu,
                        m_ui->viewMenu, m_ui->helpMenu})
        menu->menuAction()->setEnabled(false);
    // Shortcuts reach actions even in a disabled menu: switch off each one that could show
    // or change work under the lock (only the language and quitting remain).
    for (QAction* a : lockedActions())
        a->setEnabled(false);
    m_ui->complaintsAction->setEnabled(false);
    m_ui->calendarAction->setEnabled(false);
    m_ui->messageBar->clearMessage();
    // Nothing stays open over the lock screen (drafts list, operators, settings, help).
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_ui->lockScreen->setFocus();
    m_ui->lockScreen->lockFor(m_operators, m_operator);
    if (m_operators) {
        m_operators->post([login = m_operator.login](StoreContext& c) {
            if (c.open())
                LockDesk::run(c.database(), login);
        });
    }
}

void MainWindow::unlock()
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->workPage);
    for (QMenu* menu : {m_ui->fileMenu, m_ui->applicationMenu, m_ui->supervisionMenu,
                        m_ui->viewMenu, m_ui->helpMenu})
        menu->menuAction()->setEnabled(true);
    m_ui->lockAction->setEnabled(true);
    m_ui->signOutAction->setEnabled(true);
    applyRole();
    if (IntakeForm* form = currentIntake())
        form->setFocus();
}

void MainWindow::printDocument(qint64 applicationId, PrintedDocument document)
{
    if (refuseJournalWrites())
        return;
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
    connect(dialog, &SettingsDialog::settingsSaved, this,
            [this](const DeskSettings& s, const QJsonObject& changes) {
                // Who pointed the desk where is part of the story the audit tells.
                if (m_journal && !changes.isEmpty())
                    m_journal->recordSettingsChanged(changes, m_operator.login);
                setTrainingMode(s.trainingMode());
                m_ui->messageBar->showMessage(tr("The desk settings are saved."),
                                              MessageBar::Kind::Positive);
                emit settingsChanged();
            });
    dialog->open();
}

void MainWindow::remindOfComplaints()
{
    if (!m_journal || !roleMay(m_operator.role, Permission::ManageComplaints))
        return;
    // At sign-in the supervisor is told how many complaints need attention.
    m_journal->store()->run(
        this,
        complaintsJob([today = QDate::currentDate()](ComplaintRegister& complaints, StoreContext&) {
            return countComplaintReminders(complaints, today);
        }),
        [this](Result<ComplaintReminder> reminder) {
            const QString text = reminder ? complaintReminderText(*reminder) : QString();
            if (!text.isEmpty() && m_ui->messageBar->text().isEmpty())
                m_ui->messageBar->showMessage(text, reminder->overdue
                                                        ? MessageBar::Kind::Warning
                                                        : MessageBar::Kind::Information);
        });
}

ComplaintsWindow* MainWindow::showComplaints()
{
    if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::ManageComplaints))
        return nullptr;
    if (!m_complaintsWindow) {
        m_complaintsWindow = new ComplaintsWindow(m_journal->store(), m_operator, this);
        m_complaintsWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_complaintsWindow->setTrainingMode(m_training);
    }
    m_complaintsWindow->show();
    m_complaintsWindow->raise();
    m_complaintsWindow->activateWindow();
    return m_complaintsWindow;
}

CalendarDialog* MainWindow::showCalendar()
{
    if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::EditCalendar))
        return nullptr;
    if (!m_calendarDialog) {
        m_calendarDialog = new CalendarDialog(m_journal->store(), m_operator, this);
        m_calendarDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Open complaint windows show the new due dates at once.
        connect(m_calendarDialog, &CalendarDialog::saved, this, [this] {
            if (m_complaintsWindow)
                m_complaintsWindow->refresh();
        });
    }
    m_calendarDialog->show();
    m_calendarDialog->raise();
    m_calendarDialog->activateWindow();
    return m_calendarDialog;
}

void MainWindow::showShortcuts()
{
    // The keys stay as printed on the keyboard; only what they do is translated. Each operator
    // sees the shortcuts of what the role may do.
    const Role r = m_operator.role;
    const bool takes = roleMay(r, Permission::TakeApplication);
    const bool views = m_journalPage != nullptr;
    const QList<std::tuple<bool, const char*, QString>> keys{
        {takes, "Ctrl+N", tr("new application (Annex 1)")},
        {roleMay(r, Permission::TakeAnnex2), "Ctrl+Shift+N",
         tr("new Annex 2 application (migration police)")},
        {takes, "Ctrl+Shift+O", tr("unfinished applications")},
        {takes, "Enter", tr("next field")},
        {true, "Tab / Shift+Tab", tr("next / previous field")},
        {true, "Alt + …", tr("the field or button with the underlined letter")},
        {takes, "Ctrl+Enter", tr("register the application")},
        {takes, "Ctrl+S", tr("save the draft now")},
        {takes || views, "Ctrl+W", tr("close the application (a draft is kept)")},
        {views, "Ctrl+J / F3", tr("journal of applications (search box)")},
        {views, "Enter", tr("open the application chosen in the journal")},
        {views, "F5", tr("read the open application again")},
        {views, "Esc", tr("close the application view")},
        {roleMay(r, Permission::PrintCertificate), "Ctrl+P",
         tr("print a certificate (preview first)")},
        {roleMay(r, Permission::RecordHandover), "Ctrl+Shift+H",
         tr("record the handover of a certificate")},
        {roleMay(r, Permission::ManageComplaints), "Ctrl+Shift+K", tr("complaints")},
        {true, "Ctrl+L", tr("lock the desk")},
        {true, "F11", tr("full screen")},
        {true, "Ctrl+Q", tr("quit")},
    };
    QStringList lines;
    for (const auto& [shown, key, what] : keys) {
        if (shown)
            lines << QString::fromLatin1(key) + u'\t' + what;
    }
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"), lines.join(u'\n'),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsMessageBox"));
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

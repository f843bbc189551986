#include "ui/shell/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/application/RegistrationNumber.h"
#include "core/backup/BackupSchedule.h"
#include "core/base/Clock.h"
#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/services/ComplaintJobs.h"
#include "core/services/StoreThread.h"
#include "core/usecases/ChangeLanguage.h"
#include "core/usecases/DailyBackup.h"
#include "core/usecases/ListNeedsAttention.h"
#include "core/usecases/LockDesk.h"
#include "core/usecases/RecordSettingsChanged.h"
#include "ui/complaints/ApplicationComplaintsWidget.h"
#include "ui/complaints/CalendarDialog.h"
#include "ui/complaints/ComplaintsWindow.h"
#include "ui/intake/DraftsDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/ApplicationView.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/office/AttentionWindow.h"
#include "ui/office/DashboardWindow.h"
#include "ui/office/ShiftReportDialog.h"
#include "ui/operators/OperatorsDialog.h"
#include "ui/printing/BlanksDialog.h"
#include "ui/printing/DeskPrinter.h"
#include "ui/shell/DeskHelp.h"
#include "ui/shell/DiagnosticsExport.h"
#include "ui/shell/EndOfDayBackup.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QColor>
#include <QDialog>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QTabBar>

namespace iin::ui {

template <class Tab>
QList<Tab*> MainWindow::tabsOf() const
{
    QList<Tab*> list;
    for (int i = 0; i < m_ui->intakeTabWidget->count(); ++i) {
        if (auto* tab = qobject_cast<Tab*>(m_ui->intakeTabWidget->widget(i)))
            list.append(tab);
    }
    return list;
}

MainWindow::MainWindow(StoreThread* operators, DraftStore* drafts, const Operator& op,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_operators(operators),
      m_drafts(drafts), m_operator(op), m_syncLabel(new QLabel(this)),
      m_operatorLabel(new QLabel(this)), m_printer(nullptr), m_endOfDay(new EndOfDayBackup(this))
{
    m_ui->setupUi(this);
    connect(m_endOfDay, &EndOfDayBackup::started, this, [this] {
        m_ui->messageBar->showMessage(tr("Making the end-of-day backup…"),
                                      MessageBar::Kind::Information);
    });
    connect(m_endOfDay, &EndOfDayBackup::finished, this,
            [this](const Result<DailyBackupOutcome>& outcome) {
                if (!outcome)
                    m_ui->messageBar->showMessage(
                        tr("The end-of-day backup failed: %1").arg(outcome.errorMessage()),
                        MessageBar::Kind::Warning);
                else if (outcome->made)
                    m_ui->messageBar->showMessage(
                        tr("The end-of-day backup is written to %1, encrypted to recovery key "
                           "%2.")
                            .arg(outcome->file, outcome->keyId),
                        MessageBar::Kind::Positive);
                else
                    m_ui->messageBar->clearMessage();
            });
    connect(this, &MainWindow::settingsChanged, m_endOfDay, &EndOfDayBackup::reloadSettings);
    m_printer = new DeskPrinter(this, m_ui->messageBar, m_operator);
    m_registration = new RegistrationFlow(this, m_ui->messageBar, m_operator, m_drafts,
                                          [this] { return refuseJournalWrites(); });
    connect(m_registration, &RegistrationFlow::registered, this,
            &MainWindow::applicationRegistered);
    connect(m_registration, &RegistrationFlow::refusedAtIntake, this,
            &MainWindow::applicationRefusedAtIntake);
    connect(m_registration, &RegistrationFlow::intakeFinished, this, [this](IntakeForm* form) {
        const int index = m_ui->intakeTabWidget->indexOf(form);
        if (index >= 0)
            m_ui->intakeTabWidget->removeTab(index);
        updateWelcome();
    });
    m_handover = new HandoverFlow(
        this, m_ui->messageBar, m_operator, [this] { return isLocked(); },
        [this] { return refuseJournalWrites(); });
    connect(m_handover, &HandoverFlow::recorded, this, [this](qint64 applicationId) {
        showChanged(applicationId);
        emit handoverRecorded(applicationId);
    });
    // A print may change the status and issue the certificate number: show it where it is open.
    connect(m_printer, &DeskPrinter::documentPrinted, this,
            [this](const PrintRecord& record) { showChanged(record.applicationId); });
    m_syncLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);

    // Black on amber: a contrast ratio above 12:1, visible from across the room. Set with a
    // palette and a plain frame rather than a style sheet, whose style object costs the window's
    // first frame half a millisecond (docs/performance.md).
    QLabel* banner = m_ui->trainingBannerLabel;
    QPalette amber = banner->palette();
    amber.setColor(QPalette::Window, QColor(0xff, 0xc2, 0x0e));
    amber.setColor(QPalette::WindowText, Qt::black);
    banner->setPalette(amber);
    banner->setAutoFillBackground(true);
    QFont bold = banner->font();
    bold.setBold(true);
    banner->setFont(bold);
    banner->setFrameStyle(QFrame::Box | QFrame::Plain);
    banner->setLineWidth(2);
    banner->setMargin(QFontMetrics(bold).height() * 2 / 5);
    banner->hide();

    auto* languages = new QActionGroup(this);
    for (const auto& [action, code] : {std::pair{m_ui->kazakhAction, u"kk"},
                                       {m_ui->russianAction, u"ru"},
                                       {m_ui->englishAction, u"en"}}) {
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code] { chooseLanguage(QString::fromUtf16(code)); });
    }

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
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
    connect(m_ui->recordHandoverAction, &QAction::triggered, m_handover, &HandoverFlow::askNumber);
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
    connect(m_ui->attentionAction, &QAction::triggered, this, &MainWindow::showAttention);
    connect(m_ui->dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_ui->calendarAction, &QAction::triggered, this, &MainWindow::showCalendar);
    // The supervisor's blanks (docs/office.md): one dialog at a time, found by its type.
    connect(m_ui->blanksAction, &QAction::triggered, this, [this] {
        if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::ManageBlanks))
            return;
        auto* dialog = findChild<BlanksDialog*>();
        if (!dialog) {
            dialog = new BlanksDialog(m_journal.data(), m_operator, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    // The end-of-shift report (docs/office.md): one window at a time, found by its type.
    connect(m_ui->shiftReportAction, &QAction::triggered, this, [this] {
        if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::ReportOwnShift))
            return;
        auto* dialog = findChild<ShiftReportDialog*>();
        if (!dialog) {
            dialog = new ShiftReportDialog(m_journal.data(), m_operator, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    connect(m_ui->fullScreenAction, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_ui->statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->diagnosticsAction, &QAction::triggered, this, [this] {
        if (m_journal && !isLocked() && roleMay(m_operator.role, Permission::ViewAuditTrail))
            DiagnosticsExport::start(this, m_journal.data(), m_ui->messageBar, m_operator.login);
    });
    connect(m_ui->lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_ui->lockScreen, &LockScreen::switchOperatorRequested, this, &MainWindow::signOut);

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
    m_ui->blanksAction->setEnabled(roleMay(r, Permission::ManageBlanks));
    m_ui->attentionAction->setEnabled(roleMay(r, Permission::SuperviseOffice));
    m_ui->dashboardAction->setEnabled(roleMay(r, Permission::SuperviseOffice));
    m_ui->shiftReportAction->setEnabled(roleMay(r, Permission::ReportOwnShift));
    m_ui->supervisionMenu->menuAction()->setVisible(
        roleMay(r, Permission::ManageComplaints) || roleMay(r, Permission::SuperviseOffice) ||
        roleMay(r, Permission::EditCalendar) || roleMay(r, Permission::ManageBlanks) ||
        roleMay(r, Permission::ReportOwnShift));
    m_ui->newIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication));
    m_ui->unfinishedAction->setEnabled(roleMay(r, Permission::TakeApplication));
    m_ui->closeIntakeAction->setEnabled(roleMay(r, Permission::TakeApplication));
    // Annex 2 applications are taken by migration police officers only.
    m_ui->newAnnex2IntakeAction->setEnabled(roleMay(r, Permission::TakeAnnex2));
    m_ui->newAnnex2IntakeAction->setVisible(roleMay(r, Permission::TakeAnnex2));
    m_ui->operatorsAction->setEnabled(roleMay(r, Permission::ManageOperators));
    m_ui->settingsAction->setEnabled(roleMay(r, Permission::EditSettings));
    m_ui->diagnosticsAction->setVisible(roleMay(r, Permission::ViewAuditTrail));
    m_ui->diagnosticsAction->setEnabled(roleMay(r, Permission::ViewAuditTrail));
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
    if (journalChanged)
        refreshJournal();
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

void MainWindow::refreshTexts()
{
    m_ui->trainingBannerLabel->setText(DeskHelp::trainingBanner());
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
    for (IntakeForm* form : intakes())
        setTabTitle(form, form->title());
    for (ApplicationView* view : applicationViews())
        setTabTitle(view, view->title());
    if (m_journalPage)
        setTabTitle(m_journalPage, tr("Journal"));
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool empty = m_ui->intakeTabWidget->count() == 0;
    m_ui->intakeTabWidget->setVisible(!empty);
    // The journal's tab stays: the hint shows while no application is being taken.
    m_ui->welcomeLabel->setVisible(empty || intakes().isEmpty());
    m_ui->welcomeLabel->setText(DeskHelp::welcome(m_operator.role));
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (!Language::install(code))
        return;
    // Remembered for the operator's next sign-in, on the operators' thread.
    if (m_operators) {
        m_operators->post([login = m_operator.login, code](StoreContext& c) {
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
    connect(form, &IntakeForm::titleChanged, this,
            [this, form](const QString& title) { setTabTitle(form, title); });
    connect(form, &IntakeForm::messageRequested, this, [this](const QString& text, bool error) {
        m_ui->messageBar->showMessage(text,
                                      error ? MessageBar::Kind::Error : MessageBar::Kind::Positive);
    });
    connect(form, &IntakeForm::draftSaved, this,
            [this] { statusBar()->showMessage(tr("Draft saved"), 3000); });
    m_registration->take(form);
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
        setTabTitle(form, form->title());
    }
    return form;
}

IntakeForm* MainWindow::currentIntake() const
{
    return qobject_cast<IntakeForm*>(m_ui->intakeTabWidget->currentWidget());
}

QList<IntakeForm*> MainWindow::intakes() const
{
    return tabsOf<IntakeForm>();
}

void MainWindow::setTabTitle(QWidget* tab, const QString& title)
{
    if (const int i = m_ui->intakeTabWidget->indexOf(tab); i >= 0)
        m_ui->intakeTabWidget->setTabText(i, title);
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

void MainWindow::setJournal(StoreThread* journal, const QString& office, const QString& desk)
{
    m_journal = journal;
    if (m_journalPage)
        m_journalPage->setJournal(journal);
    remindSupervisor();
    m_endOfDay->setJournal(journal, m_operator, office, desk);
    m_printer->setJournal(journal, office);
    m_registration->setJournal(journal, office, desk);
    m_handover->setJournal(journal);
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
    if (m_dashboardWindow)
        m_dashboardWindow->refresh();
}

void MainWindow::showChanged(qint64 applicationId)
{
    if (ApplicationView* view = applicationView(applicationId))
        view->reload();
    refreshJournal();
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
    return tabsOf<ApplicationView>();
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
    connect(view, &ApplicationView::titleChanged, this,
            [this, view](const QString& title) { setTabTitle(view, title); });
    connect(view, &ApplicationView::closeRequested, this,
            [this, view] { closeIntake(m_ui->intakeTabWidget->indexOf(view)); });
    connect(view, &ApplicationView::printRequested, this, &MainWindow::printRequested);
    connect(view, &ApplicationView::printRequested, this,
            [this](qint64 id, PrintedDocument document) { printDocument(id, document); });
    connect(view, &ApplicationView::handoverRequested, this, &MainWindow::handoverRequested);
    connect(view, &ApplicationView::handoverRequested, this, &MainWindow::recordHandover);
    connect(view, &ApplicationView::cancelled, this, &MainWindow::refreshJournal);
    // The application's complaints, with their terms (no personal data: not audited).
    auto* complaints = new ApplicationComplaintsWidget(m_journal.data(), view);
    complaints->setObjectName(QStringLiteral("applicationComplaints"));
    complaints->setApplication(applicationId);
    view->addSection(complaints);
    connect(view, &ApplicationView::loaded, complaints, &ApplicationComplaintsWidget::refresh);
    m_ui->intakeTabWidget->setCurrentIndex(index);
    updateWelcome();
    view->setFocus();
    return view;
}

void MainWindow::signOut()
{
    saveAllDrafts();
    // The end of the day's backup first, when it is due; then the sign-out, made or failed.
    if (!m_endOfDayAsked && m_endOfDay->runThen([this] { signOut(); })) {
        m_endOfDayAsked = true;
        return;
    }
    m_endOfDayAsked = false;
    emit signOutRequested();
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
    return {m_ui->lockAction,           m_ui->signOutAction,         m_ui->operatorsAction,
            m_ui->settingsAction,       m_ui->newIntakeAction,       m_ui->newAnnex2IntakeAction,
            m_ui->unfinishedAction,     m_ui->closeIntakeAction,     m_ui->shortcutsAction,
            m_ui->aboutAction,          m_ui->diagnosticsAction,     m_ui->journalAction,
            m_ui->recordHandoverAction, m_ui->printCertificateAction};
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
    m_ui->blanksAction->setEnabled(false);
    m_ui->shiftReportAction->setEnabled(false);
    m_ui->messageBar->clearMessage();
    // Nothing stays open over the lock screen (drafts list, operators, settings, help).
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_ui->lockScreen->setFocus();
    m_ui->lockScreen->lockFor(m_operators, m_operator);
    if (m_operators) {
        m_operators->post(
            [login = m_operator.login](StoreContext& c) { LockDesk::run(c.database(), login); });
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
    if (m_journal)
        m_journal->run(
            dialog, [](StoreContext& c) { return DailyBackup::lastGoodBackup(c.database()); },
            [dialog](Result<QDateTime> last) {
                if (last)
                    dialog->setLastBackup(*last);
            });
    connect(dialog, &SettingsDialog::settingsSaved, this,
            [this](const DeskSettings& s, const QJsonObject& changes) {
                // Who pointed the desk where is part of the story the audit tells.
                if (m_journal && !changes.isEmpty())
                    m_journal->post([changes, login = m_operator.login](StoreContext& c) {
                        RecordSettingsChanged::run(c.database(), changes, login);
                    });
                setTrainingMode(s.trainingMode());
                m_ui->messageBar->showMessage(tr("The desk settings are saved."),
                                              MessageBar::Kind::Positive);
                emit settingsChanged();
            });
    dialog->open();
}

QString MainWindow::backupReminderText(const QDateTime& lastGood)
{
    if (!lastGood.isValid())
        return tr("No backup of the journal has been made yet: set the recovery key and the "
                  "backup folder in the desk settings.");
    return tr("The last good backup of the journal is more than a day old (%1): check the "
              "backup folder or the USB stick.")
        .arg(QLocale().toString(lastGood.toLocalTime(), QLocale::ShortFormat));
}

void MainWindow::remindSupervisor()
{
    if (!m_journal)
        return;
    const bool complaints = roleMay(m_operator.role, Permission::ManageComplaints);
    const bool office = roleMay(m_operator.role, Permission::SuperviseOffice);
    if (!complaints && !office)
        return;
    struct Reminder
    {
        std::optional<ComplaintReminder> complaints;
        std::optional<NeedsAttention> attention;
        std::optional<QDateTime> lastBackup; // invalid inside: none ever
    };
    // One job for both, so that the two reminders share the message bar in a fixed order.
    m_journal.data()->run(
        this,
        [complaints, office, login = m_operator.login, today = QDate::currentDate(),
         thresholds = OfficeThresholds::load(QSettings())](StoreContext& c) -> Result<Reminder> {
            Reminder r;
            if (complaints) {
                Result<ComplaintRegister*> reg = c.keep<ComplaintsInForce>().get();
                if (!reg)
                    return reg.error();
                Result<ComplaintReminder> counted = countComplaintReminders(**reg, today);
                if (!counted)
                    return counted.error();
                r.complaints = *counted;
            }
            if (office) {
                Result<NeedsAttention> list = ListNeedsAttention::run(
                    c.database(), login, thresholds, Clock::currentDateTimeUtc());
                if (!list)
                    return list.error();
                r.attention = *list;
                Result<QDateTime> last = DailyBackup::lastGoodBackup(c.database());
                if (!last)
                    return last.error();
                r.lastBackup = *last;
            }
            return r;
        },
        [this](Result<Reminder> reminder) {
            if (!reminder || !m_ui->messageBar->text().isEmpty())
                return;
            QStringList texts;
            bool warn = false;
            if (reminder->complaints) {
                texts << complaintReminderText(*reminder->complaints);
                warn = reminder->complaints->overdue > 0;
            }
            if (reminder->attention) {
                texts << ListNeedsAttention::summary(*reminder->attention);
                warn = warn || !reminder->attention->items.isEmpty();
            }
            if (reminder->lastBackup &&
                BackupSchedule::isStale(Clock::currentDateTimeUtc(), *reminder->lastBackup)) {
                texts << backupReminderText(*reminder->lastBackup);
                warn = true;
            }
            texts.removeAll(QString());
            if (!texts.isEmpty())
                m_ui->messageBar->showMessage(texts.join(u' '),
                                              warn ? MessageBar::Kind::Warning
                                                   : MessageBar::Kind::Information);
        });
}

AttentionWindow* MainWindow::showAttention()
{
    if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::SuperviseOffice))
        return nullptr;
    if (!m_attentionWindow) {
        m_attentionWindow = new AttentionWindow(m_journal.data(), m_operator,
                                                OfficeThresholds::load(QSettings()), this);
        m_attentionWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_attentionWindow, &AttentionWindow::openRequested, this,
                &MainWindow::openApplication);
        // New thresholds count at once in an open list.
        connect(this, &MainWindow::settingsChanged, m_attentionWindow,
                [this] { m_attentionWindow->setThresholds(OfficeThresholds::load(QSettings())); });
    }
    m_attentionWindow->show();
    m_attentionWindow->raise();
    m_attentionWindow->activateWindow();
    return m_attentionWindow;
}

DashboardWindow* MainWindow::showDashboard()
{
    if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::SuperviseOffice))
        return nullptr;
    if (!m_dashboardWindow) {
        m_dashboardWindow = new DashboardWindow(m_journal.data(), m_operator, this);
        m_dashboardWindow->setAttribute(Qt::WA_DeleteOnClose);
        // What this desk registers or refuses, and every change the journal page hears of.
        connect(this, &MainWindow::applicationRegistered, m_dashboardWindow,
                &DashboardWindow::refresh);
        connect(this, &MainWindow::applicationRefusedAtIntake, m_dashboardWindow,
                &DashboardWindow::refresh);
        // A bar opens what it counts: the journal page filtered, or the complaints register.
        connect(m_dashboardWindow, &DashboardWindow::journalRequested, this,
                [this](const JournalQuery& query, const QString& description) {
                    if (!m_journalPage || isLocked())
                        return;
                    m_journalPage->showFiltered(query, description);
                    m_ui->intakeTabWidget->setCurrentWidget(m_journalPage);
                    raise();
                    activateWindow();
                });
        connect(m_dashboardWindow, &DashboardWindow::complaintsRequested, this,
                [this](ComplaintDeadline deadline) {
                    if (ComplaintsWindow* complaints = showComplaints())
                        complaints->setDeadline(deadline);
                });
    }
    m_dashboardWindow->show();
    m_dashboardWindow->raise();
    m_dashboardWindow->activateWindow();
    return m_dashboardWindow;
}

ComplaintsWindow* MainWindow::showComplaints()
{
    if (!m_journal || isLocked() || !roleMay(m_operator.role, Permission::ManageComplaints))
        return nullptr;
    if (!m_complaintsWindow) {
        m_complaintsWindow = new ComplaintsWindow(m_journal.data(), m_operator, this);
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
        m_calendarDialog = new CalendarDialog(m_journal.data(), m_operator, this);
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
    DeskHelp::showShortcuts(this, m_operator.role, m_journalPage != nullptr);
}

void MainWindow::showAbout()
{
    DeskHelp::showAbout(this);
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
    // Quitting after the hour makes the day's backup first; the window closes once it answered.
    if (!m_endOfDayAsked && m_endOfDay->runThen([this] { close(); })) {
        m_endOfDayAsked = true;
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace iin::ui

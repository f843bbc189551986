#include "ui/shell/DeskSession.h"

#include "core/base/Language.h"
#include "core/desk/DraftStore.h"
#include "core/documents/DocumentFonts.h"
#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "core/store/IntegrityCheck.h"
#include "core/sync/SyncWorker.h"
#include "core/usecases/FirstRun.h"
#include "core/usecases/SignOut.h"
#include "ui/operators/OperatorEditDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FontWarmUp.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFontMetrics>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace iin::ui {

DeskSession::DeskSession(QString dataFolder, QString journalPath, TrainingStarter startTraining,
                         QObject* parent)
    : QObject(parent), m_dataFolder(std::move(dataFolder)), m_journalPath(std::move(journalPath)),
      m_startTraining(std::move(startTraining))
{
}

DeskSession::~DeskSession()
{
    delete m_window;
    // The sync worker stops after its current step (what is in flight is asked about at the next
    // start), then the training registry it talks to.
    m_sync.reset();
    m_link.reset();
    // Then the journal: its thread finishes the request in hand, closes its connection, quits.
    m_journal.reset();
}

MainWindow* DeskSession::mainWindow() const
{
    return m_window;
}

QString DeskSession::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DeskSession::start()
{
    if (!prepare())
        return false;
    if (m_needsAdministrator) {
        OperatorEditDialog first(OperatorEditDialog::Mode::FirstAdministrator, *m_operators,
                                 QString());
        if (first.exec() != QDialog::Accepted)
            return false;
    }
    return signIn();
}

bool DeskSession::startSignedIn(const Operator& op, Database::OpenCheck check)
{
    // As asked: checked whole on opening, or (the start-up benchmark) not at all.
    m_check = check;
    m_checkInBackground = false;
    if (!prepare())
        return false;
    Language::install(op.language);
    openWindow(op);
    return true;
}

bool DeskSession::prepare()
{
    const QSettings stored;
    m_settings = DeskSettings::load(stored);
    QDir().mkpath(m_dataFolder);
    // The accounts live in the journal; where an earlier version kept them, they are imported.
    // Deferred check: the sign-in must not wait for PRAGMA quick_check over a large journal
    // (seconds for a million applications). The whole file is still checked before a migration
    // writes to it, and the journal's own thread checks it at start.
    m_operators = std::make_unique<StoreThread>(journalPath(), Database::OpenCheck::Deferred,
                                                QStringLiteral("operators"));
    const Result<bool> firstRun = needsAdministrator();
    if (!firstRun) {
        // A damaged database is reported, never silently replaced.
        QMessageBox::critical(nullptr, tr("IIN Desk"), firstRun.errorMessage());
        return false;
    }
    m_needsAdministrator = *firstRun;
    m_drafts = std::make_unique<DraftStore>(m_dataFolder + QStringLiteral("/drafts"));
    // Opened on its own thread; a journal that cannot be opened is reported when registering.
    m_journal = std::make_unique<StoreThread>(journalPath(), m_check, QStringLiteral("journal"));
    // Opened at once on that thread, so that the first search does not wait for it; a failure
    // is tried again by the next job and told to the one who asked.
    m_journal->open();
    // The sync worker and the training registry start once the window has shown itself (see
    // openWindow): started now, their threads' set-up (the HTTP server, the network manager,
    // plugins and libraries loaded under Qt's and the loader's locks) doubled the time to the
    // first painted window.
    m_idle = new IdleWatcher(this);
    m_idle->setActive(false);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        if (m_window)
            m_window->lock();
    });
    return true;
}

bool DeskSession::signIn()
{
    LoginDialog login(*m_operators);
    if (login.exec() != QDialog::Accepted)
        return false;
    const Operator op = login.signedIn();
    Language::install(op.language);
    openWindow(op);
    return true;
}

void DeskSession::openWindow(const Operator& op)
{
    m_window = new MainWindow(m_operators.get(), m_drafts.get(), op);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, [this] {
        m_operators->post([login = m_window->currentOperator().login](StoreContext& c) {
            SignOut::run(c.database(), login);
        });
        m_idle->setActive(false);
        m_window->hide();
        m_window->deleteLater();
        // Next event loop turn: the old window is gone before the login dialog shows.
        QTimer::singleShot(0, this, [this] {
            if (!signIn())
                QApplication::quit();
        });
    });
    connect(m_window, &MainWindow::settingsChanged, this, [this] {
        const QSettings stored;
        m_settings = DeskSettings::load(stored);
        m_syncStarted = true;
        // A journal being checked, or found damaged, gets no writes from the sync worker.
        if (journalMayBeWritten())
            startSync();
        applySettings();
    });
    // A new registration is queued: send it now rather than at the next poll.
    connect(m_window, &MainWindow::applicationRegistered, this, [this] {
        if (m_sync)
            m_sync->wake();
    });
    applySettings();
    if (!m_journalDamage.isEmpty())
        m_window->setJournalDamaged(m_journalDamage);
    m_window->show();
    m_window->offerDrafts();
    if (!m_upgradeNotice.isEmpty()) {
        m_window->messageBar()->showMessage(m_upgradeNotice, MessageBar::Kind::Information);
        m_upgradeNotice.clear();
    }
    m_idle->setActive(true);
    if (!m_syncStarted) {
        // At the window's first paint, or after half a second should it not paint (hidden).
        m_window->installEventFilter(this);
        QTimer::singleShot(500, this, &DeskSession::startSyncOnce);
    }
}

bool DeskSession::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_syncStarted) {
        m_window->removeEventFilter(this);
        // After this frame is done.
        QTimer::singleShot(0, this, &DeskSession::startSyncOnce);
    }
    return QObject::eventFilter(watched, event);
}

void DeskSession::startSyncOnce()
{
    if (m_syncStarted)
        return;
    m_syncStarted = true;
    // The printed documents' fonts too: registering them is most of what the first certificate
    // of a session would otherwise wait for (docs/performance.md, "Certificate PDF").
    DocumentFonts::ensureRegistered();
    if (!m_checkInBackground) {
        startSyncAndShow();
        return;
    }
    // The journal was opened without reading it whole: that is done now, beside the work, and
    // the sync worker starts writing to it once the file is known to be sound.
    m_integrity = std::make_unique<IntegrityCheck>(journalPath());
    connect(m_integrity.get(), &IntegrityCheck::finished, this,
            [this](bool sound, const QString& message) {
                if (sound) {
                    startSyncAndShow();
                    return;
                }
                m_journalDamage = message;
                if (m_window)
                    m_window->setJournalDamaged(message);
            });
    m_integrity->start();
}

bool DeskSession::journalMayBeWritten() const
{
    return m_journalDamage.isEmpty() && !(m_integrity && m_integrity->isRunning());
}

void DeskSession::startSyncAndShow()
{
    startSync();
    if (m_window) {
        m_window->setTrainingMode(m_link ? m_link->connection.isTraining()
                                         : m_settings.trainingMode());
        if (m_sync)
            m_window->setSyncState(m_sync->state());
    }
}

// The journal may take a moment to open (a migration, the first import, a check of the whole
// file): that happens on the operators' thread while this loop keeps the program responsive.
// The accounts an earlier version kept in a file of their own come into the journal first.
Result<bool> DeskSession::needsAdministrator()
{
    std::optional<Result<bool>> answer;
    QEventLoop loop;
    // The first connection opens the journal: if that upgraded it, it says so (Database::Upgrade),
    // written on the store's thread before the answer is delivered here.
    auto upgrade = std::make_shared<std::optional<Database::Upgrade>>();
    m_operators->run(
        &loop,
        [legacy = m_dataFolder + QStringLiteral("/operators.sqlite"), upgrade](StoreContext& c) {
            *upgrade = c.database().upgrade();
            return FirstRun::needsAdministrator(c.database(), legacy);
        },
        [&](Result<bool> needed) {
            answer = std::move(needed);
            loop.quit();
        });
    // Meanwhile this thread reads the font database (fontconfig's configuration and caches,
    // several milliseconds, begun by FontWarmUp at the start of main()), which the sign-in
    // dialog or the main window needs first thing: the two no longer wait for each other.
    FontWarmUp::wait();
    QFontMetrics(QApplication::font()).height();
    loop.exec();
    if (!answer) // the program is quitting
        return Error{QStringLiteral("desk.quit"), tr("The desk is closing.")};
    if (*upgrade)
        m_upgradeNotice =
            tr("The journal was upgraded from schema %1 to %2. A copy of it as it was "
               "before is kept in %3.")
                .arg((*upgrade)->fromVersion)
                .arg((*upgrade)->toVersion)
                .arg(QDir::toNativeSeparators((*upgrade)->backupFile));
    return *answer;
}

QString DeskSession::journalPath() const
{
    return m_journalPath.isEmpty() ? Database::defaultPath() : m_journalPath;
}

void DeskSession::startSync()
{
    m_sync.reset();
    m_link.reset();
    Result<RegistryLink> link =
        RegistryLink::open(RegistrySettings::load(QSettings()), journalPath(), m_startTraining);
    m_syncError.clear();
    if (!link) {
        // The desk keeps taking applications; the queue waits for a working registry link. The
        // session may start before any window exists: the message is shown when one does.
        m_syncError = link.errorMessage();
        if (m_window)
            m_window->messageBar()->showMessage(m_syncError);
        return;
    }
    m_link = std::make_unique<RegistryLink>(std::move(link).value());
    SyncWorker::Options options;
    options.databasePath = journalPath();
    options.check = m_check;
    options.endpoint = m_link->connection.endpoint();
    options.training = m_link->connection.isTraining();
    options.deskKeyFile = m_settings.deskKeyFile;
    m_sync = std::make_unique<SyncWorker>(options);
    connect(m_sync.get(), &SyncWorker::stateChanged, this, [this](const SyncState& state) {
        if (m_window)
            m_window->setSyncState(state);
    });
    m_sync->start();
}

void DeskSession::applySettings()
{
    if (m_window) {
        m_window->setTrainingMode(m_link ? m_link->connection.isTraining()
                                         : m_settings.trainingMode());
        if (m_sync)
            m_window->setSyncState(m_sync->state());
        else if (!m_syncError.isEmpty())
            m_window->messageBar()->showMessage(m_syncError);
        // Unset codes fall back to those of the command-line tool's submit.
        m_window->setJournal(m_journal.get(), m_settings.officeCodeInUse(),
                             m_settings.deskCodeInUse());
    }
    m_idle->setTimeout(m_settings.idleLockMinutes * 60 * 1000);
}

} // namespace iin::ui

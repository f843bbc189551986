#pragma once

#include "core/base/Result.h"
#include "core/desk/DeskSettings.h"
#include "core/operators/Operator.h"
#include "core/registry/RegistryLink.h"
#include "core/store/Database.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace iin {
class DraftStore;
class IntegrityCheck;
class StoreThread;
class SyncWorker;
} // namespace iin

namespace iin::ui {

class IdleWatcher;
class MainWindow;

// One run of the desk: opens the drafts in the user's data folder and the operator accounts in
// the journal (on a StoreThread of their own, "operators"; an earlier version's operators file in
// the data folder is imported there once, FirstRun), creates the administrator on the first run,
// signs an operator in (their language applied), shows the main window, locks it when idle, and
// signs in again after "sign out". The local journal runs on its own thread (a StoreThread,
// "journal") for the whole run, whoever is signed in; it closes with the session.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    // `journalPath` empty: the shared journal of the desk and the command-line tool
    // (Database::defaultPath()). `startTraining` starts the embedded training registry when no
    // registry is configured (main() passes server::TrainingRegistry::start: the ui library
    // does not link the server); it is called when sync starts, after the first paint.
    DeskSession(QString dataFolder, QString journalPath, TrainingStarter startTraining,
                QObject* parent = nullptr);
    ~DeskSession() override;

    // False when the desk cannot start or the person cancelled the sign-in.
    bool start();
    // For the desk's start-up benchmark only (iin-desk --bench-first-paint): starts with `op`
    // signed in, no sign-in dialog, the journal opened with `check` by the journal thread and
    // the sync worker alike. False when the desk cannot start.
    bool startSignedIn(const Operator& op, Database::OpenCheck check);
    MainWindow* mainWindow() const;

    // "<user data folder>" of the desk.
    static QString defaultDataFolder();

private:
    bool prepare(); // the operators, drafts, journal thread and sync worker
    bool signIn();
    // Asks the operators' thread whether the journal holds no account yet, waiting in a local
    // event loop (no window exists yet); an error message when the journal cannot be opened.
    Result<bool> needsAdministrator();
    void openWindow(const Operator& op);
    void applySettings();
    void startSync();
    void startSyncOnce(); // the first start (and the document fonts), once the window is up
    void startSyncAndShow();
    bool journalMayBeWritten() const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    QString journalPath() const;

    QString m_dataFolder;
    QString m_journalPath;
    DeskSettings m_settings;
    // The journal opens at once (its header and schema read) and is read whole in the
    // background once the window is up (IntegrityCheck); startSignedIn() may ask otherwise.
    Database::OpenCheck m_check = Database::OpenCheck::Deferred;
    bool m_checkInBackground = true;
    std::unique_ptr<IntegrityCheck> m_integrity;
    QString m_journalDamage; // what the check found wrong: nothing more is written
    QString m_upgradeNotice; // this start upgraded the journal: told once, in the first window
    bool m_needsAdministrator = false; // no account yet: the first run creates the administrator
    // The operator accounts: a second connection to the journal on a thread of its own, so that
    // hashing a password (argon2id) never holds up the journal's jobs.
    std::unique_ptr<StoreThread> m_operators;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<StoreThread> m_journal;
    // The registry link (configured, or the embedded training registry) and the sync worker
    // draining the journal's outbox on its own thread; restarted when the settings change.
    TrainingStarter m_startTraining;
    std::unique_ptr<RegistryLink> m_link;
    std::unique_ptr<SyncWorker> m_sync;
    QString m_syncError; // why the registry link could not be opened, if it could not
    bool m_syncStarted = false;
    QPointer<MainWindow> m_window;
    IdleWatcher* m_idle = nullptr;
};

} // namespace iin::ui

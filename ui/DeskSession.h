#pragma once

#include "DeskSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace iin {
class DraftStore;
class OperatorDirectory;
} // namespace iin

namespace iin::ui {

class IdleWatcher;
class MainWindow;

// One run of the desk: opens the operators and drafts in the user's data folder, creates the
// administrator on the first run, signs an operator in (their language applied), shows the main
// window, locks it when idle, and signs in again after "sign out".
class DeskSession : public QObject
{
    Q_OBJECT

public:
    explicit DeskSession(QString dataFolder, QObject* parent = nullptr);
    ~DeskSession() override;

    // False when the desk cannot start or the person cancelled the sign-in.
    bool start();
    MainWindow* mainWindow() const;

    // "<user data folder>" of the desk.
    static QString defaultDataFolder();

private:
    bool signIn();
    void applySettings();

    QString m_dataFolder;
    DeskSettings m_settings;
    std::unique_ptr<OperatorDirectory> m_operators;
    std::unique_ptr<DraftStore> m_drafts;
    QPointer<MainWindow> m_window;
    IdleWatcher* m_idle = nullptr;
};

} // namespace iin::ui

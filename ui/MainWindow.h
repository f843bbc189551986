#pragma once

#include "Application.h"
#include "Operator.h"
#include "SyncState.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace iin {
class DraftStore;
class OperatorDirectory;
struct Draft;
} // namespace iin

namespace iin::ui {

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

public slots:
    void lock();
    void unlock();

signals:
    // A complete application the clerk asked to register (Ctrl+Enter); the store connects here.
    void registerRequested(const iin::Application& application, const QString& draftId);
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

    std::unique_ptr<Ui::MainWindow> m_ui;
    OperatorDirectory* m_operators;
    DraftStore* m_drafts;
    Operator m_operator;
    bool m_training = false;
    SyncState m_sync;
    QLabel* m_syncLabel;
    QLabel* m_operatorLabel;
    QPointer<DraftsDialog> m_draftsDialog;
};

} // namespace iin::ui

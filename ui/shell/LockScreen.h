#pragma once

#include "core/operators/Operator.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

namespace iin {
class OperatorThread;
}

namespace iin::ui {

// Covers the main window after idle time or Ctrl+L. Only the same operator's password unlocks
// it (failures count towards the lockout); the work under it stays exactly as it was. The
// password is checked on the operators' thread; meanwhile the screen says so and a second Enter
// sends nothing more.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);
    ~LockScreen() override;

    void lockFor(OperatorThread* operators, const Operator& op);
    QString message() const;
    bool isBusy() const { return m_request != 0; }

signals:
    void unlocked();
    void switchOperatorRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void unlock();
    void refreshTexts();
    void setBusy(bool busy);
    void onSignedIn(quint64 requestId, const iin::Operator& op);
    void onFailed(quint64 requestId, const QString& code, const QString& message);

    std::unique_ptr<Ui::LockScreen> m_ui;
    OperatorThread* m_operators = nullptr;
    Operator m_operator;
    quint64 m_request = 0; // the check under way, 0 when none
};

} // namespace iin::ui

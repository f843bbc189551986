#pragma once

#include "core/operators/Operator.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

class PasswordCheck;

// Covers the main window after idle time or Ctrl+L. Only the same operator's password unlocks
// it (failures count towards the lockout); the work under it stays exactly as it was. The
// password is checked on the operators' thread (PasswordCheck); meanwhile the screen says so and a
// second Enter sends nothing more.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);
    ~LockScreen() override;

    void lockFor(StoreThread* operators, const Operator& op);
    QString message() const;
    bool isBusy() const;

signals:
    void unlocked();
    void switchOperatorRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void unlock();
    void refreshTexts();

    std::unique_ptr<Ui::LockScreen> m_ui;
    PasswordCheck* m_check;
    StoreThread* m_operators = nullptr;
    Operator m_operator;
};

} // namespace iin::ui

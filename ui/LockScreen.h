#pragma once

#include "Operator.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

namespace iin {
class OperatorDirectory;
}

namespace iin::ui {

// Covers the main window after idle time or Ctrl+L. Only the same operator's password unlocks
// it (failures count towards the lockout); the work under it stays exactly as it was.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);
    ~LockScreen() override;

    void lockFor(OperatorDirectory* operators, const Operator& op);
    QString message() const;

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
    OperatorDirectory* m_operators = nullptr;
    Operator m_operator;
};

} // namespace iin::ui

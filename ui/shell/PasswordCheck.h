#pragma once

#include "core/operators/Operator.h"
#include "core/operators/OperatorDirectory.h"
#include "core/services/NewestAnswer.h"

#include <QList>
#include <QObject>

#include <functional>

class QAbstractButton;
class QLineEdit;
class QWidget;

namespace iin {
class StoreThread;
}

namespace iin::ui {

class MessageBar;

// A password typed into a window (the sign-in dialog, the lock screen), checked on the operators'
// thread: argon2id takes a moment, so the password leaves its field at once, the inputs turn
// read-only, the button goes off and the message bar says what is happening while the window
// stays responsive; Enter pressed again sends nothing more. A refusal (a wrong password, a
// lockout with the minutes left) is shown in the message bar and the password field takes the
// focus again; the operator goes to the window's callback.
class PasswordCheck : public QObject
{
    Q_OBJECT

public:
    // All of them belong to `window`, which owns this check.
    PasswordCheck(QWidget* window, MessageBar* messageBar, QLineEdit* password,
                  QList<QLineEdit*> inputs, QAbstractButton* button);

    bool isBusy() const { return m_busy; }

    // Checks the password in its field for `login` on `operators` (the operators' StoreThread):
    // to sign in, or to lift the screen lock. `checking` is the window's own "Checking the
    // password…". Nothing is sent while a check is under way.
    void start(StoreThread& operators, const QString& login, OperatorDirectory::Purpose purpose,
               const QString& checking, std::function<void(const Operator&)> accepted);
    // Forgets the check under way (the lock screen locked again): its answer is dropped.
    void reset();

private:
    void setBusy(bool busy, const QString& checking = {});

    QWidget* m_window;
    MessageBar* m_messageBar;
    QLineEdit* m_password;
    QList<QLineEdit*> m_inputs;
    QAbstractButton* m_button;
    bool m_busy = false;
    // Counts the checks started: an answer for an earlier one than the last is not shown.
    NewestAnswer m_checks{this}; // the check under way
};

} // namespace iin::ui

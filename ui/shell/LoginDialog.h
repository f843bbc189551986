#pragma once

#include "core/operators/Operator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

class PasswordCheck;

// Sign-in at the start of a shift. The password is checked on the operators' thread (argon2id
// takes a moment, PasswordCheck): meanwhile the dialog says so and stays responsive, and pressing
// Enter again sends nothing more. Wrong passwords count towards the lockout (LoginGuard); the
// message says how many minutes are left. The dialog stays open until a login succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(StoreThread& operators, QWidget* parent = nullptr);
    ~LoginDialog() override;

    Operator signedIn() const { return m_operator; }
    QString message() const; // the message bar's text, for tests
    bool isBusy() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    StoreThread& m_operators;
    PasswordCheck* m_check;
    Operator m_operator;
};

} // namespace iin::ui

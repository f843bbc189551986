#pragma once

#include "Operator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace iin {
class OperatorDirectory;
}

namespace iin::ui {

// Sign-in at the start of a shift. Wrong passwords count towards the lockout (LoginGuard); the
// message says how many minutes are left. The dialog stays open until a login succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(OperatorDirectory& operators, QWidget* parent = nullptr);
    ~LoginDialog() override;

    Operator signedIn() const { return m_operator; }
    QString message() const; // the message bar's text, for tests

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    OperatorDirectory& m_operators;
    Operator m_operator;
};

} // namespace iin::ui

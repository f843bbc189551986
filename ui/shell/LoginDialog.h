#pragma once

#include "core/operators/Operator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace iin {
class OperatorThread;
}

namespace iin::ui {

// Sign-in at the start of a shift. The password is checked on the operators' thread (argon2id
// takes a moment): meanwhile the dialog says so and stays responsive, and pressing Enter again
// sends nothing more. Wrong passwords count towards the lockout (LoginGuard); the message says
// how many minutes are left. The dialog stays open until a login succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(OperatorThread& operators, QWidget* parent = nullptr);
    ~LoginDialog() override;

    Operator signedIn() const { return m_operator; }
    QString message() const; // the message bar's text, for tests
    bool isBusy() const { return m_request != 0; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setBusy(bool busy);
    void onSignedIn(quint64 requestId, const iin::Operator& op);
    void onFailed(quint64 requestId, const QString& code, const QString& message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    OperatorThread& m_operators;
    Operator m_operator;
    quint64 m_request = 0; // the check under way, 0 when none
};

} // namespace iin::ui

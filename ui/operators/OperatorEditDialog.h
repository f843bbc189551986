#pragma once

#include "core/operators/Operator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OperatorEditDialog;
}

namespace iin {
class OperatorThread;
}

namespace iin::ui {

// Creates an operator account or sets a new password. On the first run of a desk it creates the
// administrator. The account is written when OK is pressed, on the operators' thread (the
// password is hashed there); meanwhile the dialog says so and OK sends nothing more. Problems (a
// taken login, a weak password, passwords that differ) appear in the dialog, which stays open.
class OperatorEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        FirstAdministrator,
        NewOperator,
        ResetPassword,
    };

    OperatorEditDialog(Mode mode, OperatorThread& operators, QString actor,
                       QWidget* parent = nullptr, const Operator& target = {});
    ~OperatorEditDialog() override;

    Operator account() const { return m_result; }
    QString message() const;
    bool isBusy() const { return m_request != 0; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshTexts();
    void showStrength();
    void setBusy(bool busy);
    void onAccountChanged(quint64 requestId, const iin::Operator& op);
    void onFailed(quint64 requestId, const QString& code, const QString& message);

    std::unique_ptr<Ui::OperatorEditDialog> m_ui;
    Mode m_mode;
    OperatorThread& m_operators;
    QString m_actor;
    Operator m_target;
    Operator m_result;
    quint64 m_request = 0; // the change under way, 0 when none
};

} // namespace iin::ui

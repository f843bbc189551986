#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OperatorEditDialog;
}

namespace iin {
class StoreThread;
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

    OperatorEditDialog(Mode mode, StoreThread& operators, QString actor, QWidget* parent = nullptr,
                       const Operator& target = {});
    ~OperatorEditDialog() override;

    Operator account() const { return m_result; }
    QString message() const;
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshTexts();
    void showStrength();
    void setBusy(bool busy);
    void onSaved(const Result<Operator>& account);

    std::unique_ptr<Ui::OperatorEditDialog> m_ui;
    Mode m_mode;
    StoreThread& m_operators;
    QString m_actor;
    Operator m_target;
    Operator m_result;
    bool m_busy = false; // the account is being written
};

} // namespace iin::ui

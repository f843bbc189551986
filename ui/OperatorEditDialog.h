#pragma once

#include "Operator.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OperatorEditDialog;
}

namespace iin {
class OperatorDirectory;
}

namespace iin::ui {

// Creates an operator account or sets a new password. On the first run of a desk it creates the
// administrator. The account is written when OK is pressed; problems (a taken login, a weak
// password, passwords that differ) appear in the dialog, which stays open.
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

    OperatorEditDialog(Mode mode, OperatorDirectory& operators, QString actor,
                       QWidget* parent = nullptr, const Operator& target = {});
    ~OperatorEditDialog() override;

    Operator account() const { return m_result; }
    QString message() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshTexts();
    void showStrength();

    std::unique_ptr<Ui::OperatorEditDialog> m_ui;
    Mode m_mode;
    OperatorDirectory& m_operators;
    QString m_actor;
    Operator m_target;
    Operator m_result;
};

} // namespace iin::ui

#pragma once

#include "Operator.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class OperatorsDialog;
}

namespace iin {
class OperatorDirectory;
}

namespace iin::ui {

// The administrator's list of accounts: create, change role, reset password, deactivate.
// Sub-dialogs open window-modally without blocking (open(), not exec()).
class OperatorsDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorsDialog(OperatorDirectory& operators, QString actor, QWidget* parent = nullptr);
    ~OperatorsDialog() override;

    QString message() const;
    void selectOperator(const QString& login);
    std::optional<Operator> selectedOperator() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshTexts();
    void updateButtons();
    void createOperator();
    void resetPassword();
    void applyRole();
    void toggleActive();

    std::unique_ptr<Ui::OperatorsDialog> m_ui;
    OperatorDirectory& m_operators;
    QString m_actor;
    QList<Operator> m_list;
};

} // namespace iin::ui

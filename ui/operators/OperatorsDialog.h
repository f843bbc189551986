#pragma once

#include "core/operators/Operator.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class OperatorsDialog;
}

namespace iin {
class OperatorThread;
}

namespace iin::ui {

// The administrator's list of accounts: create, change role, reset password, deactivate.
// Sub-dialogs open window-modally without blocking (open(), not exec()). The list is read and
// every change written on the operators' thread; the answers refresh the list.
class OperatorsDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorsDialog(OperatorThread& operators, QString actor, QWidget* parent = nullptr);
    ~OperatorsDialog() override;

    QString message() const;
    void selectOperator(const QString& login);
    std::optional<Operator> selectedOperator() const;
    // A list or a change is under way.
    bool isBusy() const { return m_listRequest != 0 || m_changeRequest != 0; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showList(quint64 requestId, const QList<iin::Operator>& list);
    void onAccountChanged(quint64 requestId, const iin::Operator& op);
    void onFailed(quint64 requestId, const QString& code, const QString& message);
    void refreshTexts();
    void updateButtons();
    void createOperator();
    void resetPassword();
    void applyRole();
    void toggleActive();

    std::unique_ptr<Ui::OperatorsDialog> m_ui;
    OperatorThread& m_operators;
    QString m_actor;
    QList<Operator> m_list;
    QString m_select; // the login to select when the list comes
    quint64 m_listRequest = 0;
    quint64 m_changeRequest = 0;
    QString m_changeMessage; // shown when the change is done
};

} // namespace iin::ui

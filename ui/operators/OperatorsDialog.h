#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"
#include "core/services/NewestAnswer.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class OperatorsDialog;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

// The administrator's list of accounts: create, change role, reset password, deactivate.
// Sub-dialogs open window-modally without blocking (open(), not exec()). The list is read and
// every change written on the operators' thread; the answers refresh the list.
class OperatorsDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorsDialog(StoreThread& operators, QString actor, QWidget* parent = nullptr);
    ~OperatorsDialog() override;

    QString message() const;
    void selectOperator(const QString& login);
    std::optional<Operator> selectedOperator() const;
    // A list or a change is under way.
    bool isBusy() const { return m_listing || m_changing; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showList(const QList<Operator>& list);
    // Writes a change to an account (a job over the operators' store) and refreshes the list.
    template <class Job>
    void change(Job job, const QString& doneMessage);
    void onChanged(const Result<Operator>& account);
    void refreshTexts();
    void updateButtons();
    void createOperator();
    void resetPassword();
    void applyRole();
    void toggleActive();

    std::unique_ptr<Ui::OperatorsDialog> m_ui;
    StoreThread& m_operators;
    QString m_actor;
    QList<Operator> m_list;
    QString m_select; // the login to select when the list comes
    bool m_listing = false;
    // Counts the lists asked for: only the last one asked is shown.
    NewestAnswer m_lists{this}; // the list awaited
    bool m_changing = false;    // one change at a time
    QString m_changeMessage;    // shown when the change is done
};

} // namespace iin::ui

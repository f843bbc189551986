#include "ui/operators/OperatorsDialog.h"
#include "ui_OperatorsDialog.h"

#include "core/services/StoreThread.h"
#include "core/usecases/ManageOperators.h"
#include "ui/operators/OperatorEditDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QEvent>
#include <QSignalBlocker>

#include <utility>

namespace iin::ui {

OperatorsDialog::OperatorsDialog(StoreThread& operators, QString actor, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OperatorsDialog>()), m_operators(operators),
      m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_ui->operatorsTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    connect(m_ui->closeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->createOperatorButton, &QPushButton::clicked, this,
            &OperatorsDialog::createOperator);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this,
            &OperatorsDialog::resetPassword);
    connect(m_ui->applyRoleButton, &QPushButton::clicked, this, &OperatorsDialog::applyRole);
    connect(m_ui->toggleActiveButton, &QPushButton::clicked, this, &OperatorsDialog::toggleActive);
    connect(m_ui->operatorsTableWidget, &QTableWidget::itemSelectionChanged, this,
            &OperatorsDialog::updateButtons);
    refreshTexts();
    refresh();
}

OperatorsDialog::~OperatorsDialog() = default;

QString OperatorsDialog::message() const
{
    return m_ui->messageBar->text();
}

void OperatorsDialog::refreshTexts()
{
    const QVariant role = m_ui->roleComboBox->currentData();
    const QSignalBlocker block(m_ui->roleComboBox);
    m_ui->roleComboBox->clear();
    for (Role r : allRoles())
        m_ui->roleComboBox->addItem(roleDisplayName(r), int(r));
    if (role.isValid())
        m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(role));
}

void OperatorsDialog::refresh()
{
    if (const std::optional<Operator> selected = selectedOperator(); selected && m_select.isEmpty())
        m_select = selected->login;
    m_listing = true;
    m_operators.run(
        m_lists.next(), // a newer list is on its way: only it shows
        [](StoreContext& c) { return ManageOperators::list(c.database()); },
        [this](Result<QList<Operator>> list) {
            m_listing = false;
            if (!list) {
                m_ui->messageBar->showMessage(list.errorMessage());
                updateButtons();
                return;
            }
            showList(*list);
        });
    updateButtons();
}

void OperatorsDialog::showList(const QList<Operator>& list)
{
    m_list = list;
    QTableWidget* table = m_ui->operatorsTableWidget;
    {
        const QSignalBlocker block(table);
        table->setRowCount(int(m_list.size()));
        for (int row = 0; row < m_list.size(); ++row) {
            const Operator& o = m_list.at(row);
            const QStringList cells{o.login, o.fullName, roleDisplayName(o.role),
                                    o.active ? tr("Active") : tr("Deactivated")};
            for (int column = 0; column < cells.size(); ++column)
                table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    const QString select = std::exchange(m_select, QString());
    table->clearSelection();
    if (!select.isEmpty())
        selectOperator(select);
    if (!selectedOperator() && !m_list.isEmpty())
        table->selectRow(0);
    updateButtons();
}

template <class Job>
void OperatorsDialog::change(Job job, const QString& doneMessage)
{
    m_changeMessage = doneMessage;
    m_changing = true;
    m_operators.run(this, std::move(job), [this](Result<Operator> account) { onChanged(account); });
    updateButtons();
}

void OperatorsDialog::onChanged(const Result<Operator>& account)
{
    m_changing = false;
    if (!account) {
        m_ui->messageBar->showMessage(account.errorMessage());
        updateButtons();
        return;
    }
    m_select = account->login;
    refresh();
    if (!m_changeMessage.isEmpty())
        m_ui->messageBar->showMessage(m_changeMessage, MessageBar::Kind::Positive);
}

void OperatorsDialog::selectOperator(const QString& login)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).login == login) {
            m_ui->operatorsTableWidget->selectRow(row);
            return;
        }
    }
}

std::optional<Operator> OperatorsDialog::selectedOperator() const
{
    const int row = m_ui->operatorsTableWidget->currentRow();
    if (row < 0 || row >= m_list.size() || m_ui->operatorsTableWidget->selectedItems().isEmpty())
        return std::nullopt;
    return m_list.at(row);
}

void OperatorsDialog::updateButtons()
{
    const std::optional<Operator> o = selectedOperator();
    // One change at a time: a second click while the first is written sends nothing.
    const bool ready = o.has_value() && !m_changing;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->resetPasswordButton, m_ui->applyRoleButton,
                                         m_ui->toggleActiveButton, m_ui->roleComboBox})
        w->setEnabled(ready);
    m_ui->toggleActiveButton->setText(o && !o->active ? tr("&Activate") : tr("&Deactivate"));
    if (o)
        m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(int(o->role)));
}

void OperatorsDialog::createOperator()
{
    auto* dialog =
        new OperatorEditDialog(OperatorEditDialog::Mode::NewOperator, m_operators, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_select = dialog->account().login;
        refresh();
        m_ui->messageBar->showMessage(
            tr("The operator %1 is created.").arg(dialog->account().login),
            MessageBar::Kind::Positive);
    });
    dialog->open();
}

void OperatorsDialog::resetPassword()
{
    const std::optional<Operator> o = selectedOperator();
    if (!o)
        return;
    auto* dialog = new OperatorEditDialog(OperatorEditDialog::Mode::ResetPassword, m_operators,
                                          m_actor, this, *o);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, login = o->login] {
        m_select = login;
        refresh();
        m_ui->messageBar->showMessage(tr("The password of %1 is reset.").arg(login),
                                      MessageBar::Kind::Positive);
    });
    dialog->open();
}

void OperatorsDialog::applyRole()
{
    const std::optional<Operator> o = selectedOperator();
    if (!o || m_changing)
        return;
    const Role role = Role(m_ui->roleComboBox->currentData().toInt());
    change(
        [login = o->login, role, actor = m_actor](StoreContext& c) {
            return ManageOperators::changeRole(c.database(), login, role, actor,
                                               QDateTime::currentDateTimeUtc());
        },
        tr("%1 is now: %2.").arg(o->login, roleDisplayName(role)));
}

void OperatorsDialog::toggleActive()
{
    const std::optional<Operator> o = selectedOperator();
    if (!o || m_changing)
        return;
    if (o->active && MessageBox::question(
                         this, tr("Deactivate"),
                         tr("Deactivate the account of %1? The operator will no longer "
                            "be able to sign in; the records made under it stay.")
                             .arg(o->fullName),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    change(
        [login = o->login, active = !o->active, actor = m_actor](StoreContext& c) {
            return ManageOperators::setActive(c.database(), login, active, actor,
                                              QDateTime::currentDateTimeUtc());
        },
        o->active ? tr("The account of %1 is deactivated.").arg(o->login)
                  : tr("The account of %1 is active again.").arg(o->login));
}

void OperatorsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

#include "OperatorsDialog.h"
#include "ui_OperatorsDialog.h"

#include "MessageBar.h"
#include "MessageBox.h"
#include "OperatorDirectory.h"
#include "OperatorEditDialog.h"

#include <QEvent>
#include <QSignalBlocker>

namespace iin::ui {

OperatorsDialog::OperatorsDialog(OperatorDirectory& operators, QString actor, QWidget* parent)
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
    const std::optional<Operator> selected = selectedOperator();
    m_list = m_operators.operators();
    QTableWidget* table = m_ui->operatorsTableWidget;
    table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const Operator& o = m_list.at(row);
        const QStringList cells{o.login, o.fullName, roleDisplayName(o.role),
                                o.active ? tr("Active") : tr("Deactivated")};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (selected)
        selectOperator(selected->login);
    else if (!m_list.isEmpty())
        table->selectRow(0);
    updateButtons();
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
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->resetPasswordButton, m_ui->applyRoleButton,
                                         m_ui->toggleActiveButton, m_ui->roleComboBox})
        w->setEnabled(o.has_value());
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
        refresh();
        selectOperator(dialog->account().login);
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
        refresh();
        m_ui->messageBar->showMessage(tr("The password of %1 is reset.").arg(login),
                                      MessageBar::Kind::Positive);
    });
    dialog->open();
}

void OperatorsDialog::applyRole()
{
    const std::optional<Operator> o = selectedOperator();
    if (!o)
        return;
    const Role role = Role(m_ui->roleComboBox->currentData().toInt());
    if (Status s = m_operators.setRole(o->login, role, m_actor, QDateTime::currentDateTimeUtc());
        !s) {
        m_ui->messageBar->showMessage(s.errorMessage());
        return;
    }
    refresh();
    m_ui->messageBar->showMessage(tr("%1 is now: %2.").arg(o->login, roleDisplayName(role)),
                                  MessageBar::Kind::Positive);
}

void OperatorsDialog::toggleActive()
{
    const std::optional<Operator> o = selectedOperator();
    if (!o)
        return;
    if (o->active && MessageBox::question(
                         this, tr("Deactivate"),
                         tr("Deactivate the account of %1? The operator will no longer "
                            "be able to sign in; the records made under it stay.")
                             .arg(o->fullName),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status s =
            m_operators.setActive(o->login, !o->active, m_actor, QDateTime::currentDateTimeUtc());
        !s) {
        m_ui->messageBar->showMessage(s.errorMessage());
        return;
    }
    refresh();
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

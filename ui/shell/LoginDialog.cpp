#include "ui/shell/LoginDialog.h"
#include "ui_LoginDialog.h"

#include "ui/shell/PasswordCheck.h"

#include <QEvent>
#include <QPushButton>

namespace iin::ui {

LoginDialog::LoginDialog(StoreThread& operators, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_operators(operators)
{
    m_ui->setupUi(this);
    m_check = new PasswordCheck(this, m_ui->messageBar, m_ui->passwordLineEdit,
                                {m_ui->loginLineEdit, m_ui->passwordLineEdit},
                                m_ui->loginButtonBox->button(QDialogButtonBox::Ok));
    connect(m_ui->loginButtonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::isBusy() const
{
    return m_check->isBusy();
}

QString LoginDialog::message() const
{
    return m_ui->messageBar->text();
}

void LoginDialog::accept()
{
    if (isBusy())
        return; // Enter pressed again while the password is being checked
    if (m_ui->loginLineEdit->text().trimmed().isEmpty()) {
        m_ui->messageBar->showMessage(tr("Login: enter your login."));
        m_ui->loginLineEdit->setFocus();
        return;
    }
    m_check->start(m_operators, m_ui->loginLineEdit->text(), OperatorDirectory::Purpose::SignIn,
                   tr("Checking the password…"), [this](const Operator& op) {
                       m_operator = op;
                       QDialog::accept();
                   });
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace iin::ui

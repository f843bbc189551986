#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include "OperatorDirectory.h"

#include <QEvent>
#include <QPushButton>

namespace iin::ui {

LoginDialog::LoginDialog(OperatorDirectory& operators, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_operators(operators)
{
    m_ui->setupUi(this);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::message() const
{
    return m_ui->messageBar->text();
}

void LoginDialog::accept()
{
    if (m_ui->loginLineEdit->text().trimmed().isEmpty()) {
        m_ui->messageBar->showMessage(tr("Login: enter your login."));
        m_ui->loginLineEdit->setFocus();
        return;
    }
    const Result<Operator> result =
        m_operators.authenticate(m_ui->loginLineEdit->text(), m_ui->passwordLineEdit->text(),
                                 QDateTime::currentDateTimeUtc());
    m_ui->passwordLineEdit->clear();
    if (!result) {
        m_ui->messageBar->showMessage(result.errorMessage());
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_operator = *result;
    m_ui->messageBar->clearMessage();
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace iin::ui

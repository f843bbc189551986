#include "ui/shell/LoginDialog.h"
#include "ui_LoginDialog.h"

#include "core/services/OperatorThread.h"

#include <QEvent>
#include <QPushButton>

namespace iin::ui {

LoginDialog::LoginDialog(OperatorThread& operators, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_operators(operators)
{
    m_ui->setupUi(this);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_operators.worker(), &OperatorWorker::signedIn, this, &LoginDialog::onSignedIn);
    connect(m_operators.worker(), &OperatorWorker::failed, this, &LoginDialog::onFailed);
    m_ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

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
    const QString password = m_ui->passwordLineEdit->text();
    m_ui->passwordLineEdit->clear(); // never left in the field
    m_request = m_operators.authenticate(m_ui->loginLineEdit->text(), password);
    setBusy(true);
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->loginLineEdit->setReadOnly(busy);
    m_ui->passwordLineEdit->setReadOnly(busy);
    m_ui->loginButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_ui->messageBar->showMessage(tr("Checking the password…"), MessageBar::Kind::Information);
    } else {
        unsetCursor();
    }
}

void LoginDialog::onSignedIn(quint64 requestId, const Operator& op)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    setBusy(false);
    m_operator = op;
    m_ui->messageBar->clearMessage();
    QDialog::accept();
}

void LoginDialog::onFailed(quint64 requestId, const QString&, const QString& message)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    setBusy(false);
    m_ui->messageBar->showMessage(message);
    m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace iin::ui

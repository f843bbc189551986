#include "ui/operators/OperatorEditDialog.h"
#include "ui_OperatorEditDialog.h"

#include "core/base/Language.h"
#include "core/operators/PasswordHash.h"
#include "core/services/StoreThread.h"
#include "core/usecases/ManageOperators.h"

#include <QEvent>
#include <QPushButton>
#include <QSignalBlocker>

namespace iin::ui {

OperatorEditDialog::OperatorEditDialog(Mode mode, StoreThread& operators, QString actor,
                                       QWidget* parent, const Operator& target)
    : QDialog(parent), m_ui(std::make_unique<Ui::OperatorEditDialog>()), m_mode(mode),
      m_operators(operators), m_actor(std::move(actor)), m_target(target)
{
    m_ui->setupUi(this);
    connect(m_ui->operatorButtonBox, &QDialogButtonBox::accepted, this,
            &OperatorEditDialog::accept);
    connect(m_ui->operatorButtonBox, &QDialogButtonBox::rejected, this,
            &OperatorEditDialog::reject);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this,
            &OperatorEditDialog::showStrength);
    connect(m_ui->repeatPasswordLineEdit, &QLineEdit::textChanged, this,
            &OperatorEditDialog::showStrength);

    const bool reset = m_mode == Mode::ResetPassword;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->loginLineEdit, m_ui->fullNameLineEdit})
        w->setEnabled(!reset);
    const bool chooseRole = m_mode == Mode::NewOperator;
    m_ui->roleComboBox->setVisible(chooseRole);
    m_ui->roleLabel->setVisible(chooseRole);
    m_ui->languageComboBox->setVisible(!reset);
    m_ui->languageLabel->setVisible(!reset);
    if (reset) {
        m_ui->loginLineEdit->setText(m_target.login);
        m_ui->fullNameLineEdit->setText(m_target.fullName);
        m_ui->passwordLineEdit->setFocus();
    }
    refreshTexts();
    showStrength();
}

OperatorEditDialog::~OperatorEditDialog() = default;

QString OperatorEditDialog::message() const
{
    return m_ui->messageBar->text();
}

void OperatorEditDialog::refreshTexts()
{
    switch (m_mode) {
    case Mode::FirstAdministrator:
        setWindowTitle(tr("First start: create the administrator"));
        m_ui->explanationLabel->setText(
            tr("This desk has no operators yet. Create the administrator's account: the "
               "administrator then creates the accounts of clerks, officers and supervisors."));
        break;
    case Mode::NewOperator:
        setWindowTitle(tr("New operator"));
        m_ui->explanationLabel->setText(
            tr("Each person at the desk has their own account: every action is recorded under "
               "it."));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        m_ui->explanationLabel->setText(
            tr("Set a new password for %1. Tell it to the operator in person; a lockout is "
               "lifted as well.")
                .arg(m_target.fullName));
        break;
    }
    setAccessibleName(windowTitle());
    {
        const QVariant role = m_ui->roleComboBox->currentData();
        const QSignalBlocker block(m_ui->roleComboBox);
        m_ui->roleComboBox->clear();
        for (Role r : allRoles())
            m_ui->roleComboBox->addItem(roleDisplayName(r), int(r));
        if (role.isValid())
            m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(role));
    }
    {
        const QVariant language = m_ui->languageComboBox->currentData();
        const QSignalBlocker block(m_ui->languageComboBox);
        m_ui->languageComboBox->clear();
        m_ui->languageComboBox->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
        m_ui->languageComboBox->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
        m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
        const int i =
            m_ui->languageComboBox->findData(language.isValid() ? language : Language::current());
        m_ui->languageComboBox->setCurrentIndex(std::max(0, i));
    }
    showStrength();
}

void OperatorEditDialog::showStrength()
{
    const QString password = m_ui->passwordLineEdit->text();
    QStringList lines;
    for (const Problem& p : PasswordHash::checkStrength(password))
        lines << p.message;
    if (!m_ui->repeatPasswordLineEdit->text().isEmpty() &&
        m_ui->repeatPasswordLineEdit->text() != password)
        lines << tr("The two passwords differ.");
    if (lines.isEmpty())
        lines << tr("The password is strong enough.");
    m_ui->strengthLabel->setText(lines.join(u'\n'));
    m_ui->strengthLabel->setAccessibleDescription(m_ui->strengthLabel->text());
}

void OperatorEditDialog::accept()
{
    if (isBusy())
        return;
    const QString password = m_ui->passwordLineEdit->text();
    if (password != m_ui->repeatPasswordLineEdit->text()) {
        m_ui->messageBar->showMessage(
            tr("Repeat the password: the two passwords differ; type the same password twice."));
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    const auto saved = [this](Result<Operator> account) { onSaved(account); };
    if (m_mode == Mode::ResetPassword) {
        m_operators.run(
            this,
            [login = m_target.login, password, actor = m_actor](StoreContext& c) {
                return ManageOperators::resetPassword(c.database(), login, password, actor,
                                                      QDateTime::currentDateTimeUtc());
            },
            saved);
    } else {
        NewOperator account;
        account.login = m_ui->loginLineEdit->text();
        account.fullName = m_ui->fullNameLineEdit->text();
        account.role = m_mode == Mode::FirstAdministrator
                           ? Role::Administrator
                           : Role(m_ui->roleComboBox->currentData().toInt());
        account.password = password;
        account.language = m_ui->languageComboBox->currentData().toString();
        m_operators.run(
            this,
            [account, actor = m_actor](StoreContext& c) {
                return ManageOperators::add(c.database(), account, actor,
                                            QDateTime::currentDateTimeUtc());
            },
            saved);
    }
    setBusy(true);
}

void OperatorEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->operatorButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QLineEdit* edit : {m_ui->loginLineEdit, m_ui->fullNameLineEdit, m_ui->passwordLineEdit,
                            m_ui->repeatPasswordLineEdit})
        edit->setReadOnly(busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_ui->messageBar->showMessage(tr("Saving the account…"), MessageBar::Kind::Information);
    } else {
        unsetCursor();
    }
}

void OperatorEditDialog::onSaved(const Result<Operator>& account)
{
    setBusy(false);
    if (!account) {
        const QString& code = account.error().code;
        m_ui->messageBar->showMessage(account.errorMessage());
        (code.startsWith(u"password")    ? static_cast<QWidget*>(m_ui->passwordLineEdit)
         : code == u"operator.full_name" ? m_ui->fullNameLineEdit
         : m_mode == Mode::ResetPassword ? m_ui->passwordLineEdit
                                         : m_ui->loginLineEdit)
            ->setFocus();
        return;
    }
    m_ui->messageBar->clearMessage();
    m_result = *account;
    QDialog::accept();
}

void OperatorEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

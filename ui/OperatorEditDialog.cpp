#include "OperatorEditDialog.h"
#include "ui_OperatorEditDialog.h"

#include "Language.h"
#include "OperatorDirectory.h"
#include "PasswordHash.h"

#include <QEvent>
#include <QSignalBlocker>

namespace iin::ui {

OperatorEditDialog::OperatorEditDialog(Mode mode, OperatorDirectory& operators, QString actor,
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
    const QString password = m_ui->passwordLineEdit->text();
    if (password != m_ui->repeatPasswordLineEdit->text()) {
        m_ui->messageBar->showMessage(
            tr("Repeat the password: the two passwords differ; type the same password twice."));
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_mode == Mode::ResetPassword) {
        if (Status s = m_operators.resetPassword(m_target.login, password, m_actor, now); !s) {
            m_ui->messageBar->showMessage(s.errorMessage());
            m_ui->passwordLineEdit->setFocus();
            return;
        }
        m_result = m_target;
    } else {
        const Role role = m_mode == Mode::FirstAdministrator
                              ? Role::Administrator
                              : Role(m_ui->roleComboBox->currentData().toInt());
        const Result<Operator> created = m_operators.create(
            m_ui->loginLineEdit->text(), m_ui->fullNameLineEdit->text(), role, password,
            m_ui->languageComboBox->currentData().toString(), m_actor, now);
        if (!created) {
            m_ui->messageBar->showMessage(created.errorMessage());
            const QString code = created.error().code;
            (code.startsWith(u"password")    ? static_cast<QWidget*>(m_ui->passwordLineEdit)
             : code == u"operator.full_name" ? m_ui->fullNameLineEdit
                                             : m_ui->loginLineEdit)
                ->setFocus();
            return;
        }
        m_result = *created;
    }
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

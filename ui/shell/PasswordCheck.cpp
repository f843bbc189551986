#include "ui/shell/PasswordCheck.h"

#include "core/services/StoreThread.h"
#include "core/usecases/SignIn.h"
#include "core/usecases/Unlock.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractButton>
#include <QLineEdit>

namespace iin::ui {

PasswordCheck::PasswordCheck(QWidget* window, MessageBar* messageBar, QLineEdit* password,
                             QList<QLineEdit*> inputs, QAbstractButton* button)
    : QObject(window), m_window(window), m_messageBar(messageBar), m_password(password),
      m_inputs(std::move(inputs)), m_button(button)
{
}

void PasswordCheck::start(StoreThread& operators, const QString& login,
                          OperatorDirectory::Purpose purpose, const QString& checking,
                          std::function<void(const Operator&)> accepted)
{
    if (m_busy)
        return;
    const QString password = m_password->text();
    m_password->clear(); // never left in the field
    operators.run(
        m_checks.next(), // reset() or a newer check drops this answer
        [login, password, purpose](StoreContext& c) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return purpose == OperatorDirectory::Purpose::Unlock
                       ? Unlock::run(c.database(), login, password, now)
                       : SignIn::run(c.database(), login, password, now);
        },
        [this, accepted = std::move(accepted)](Result<Operator> op) {
            setBusy(false);
            if (!op) {
                m_messageBar->showMessage(op.errorMessage());
                m_password->setFocus();
                return;
            }
            m_messageBar->clearMessage();
            accepted(*op);
        });
    setBusy(true, checking);
}

void PasswordCheck::reset()
{
    m_checks.drop();
    setBusy(false);
}

void PasswordCheck::setBusy(bool busy, const QString& checking)
{
    m_busy = busy;
    for (QLineEdit* input : std::as_const(m_inputs))
        input->setReadOnly(busy);
    m_button->setEnabled(!busy);
    if (busy) {
        m_window->setCursor(Qt::BusyCursor);
        m_messageBar->showMessage(checking, MessageBar::Kind::Information);
    } else {
        m_window->unsetCursor();
    }
}

} // namespace iin::ui

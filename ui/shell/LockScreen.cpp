#include "ui/shell/LockScreen.h"
#include "ui_LockScreen.h"

#include "core/services/OperatorThread.h"

#include <QEvent>
#include <QLayout>

#include <algorithm>

namespace iin::ui {

LockScreen::LockScreen(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_ui->switchOperatorButton, &QPushButton::clicked, this,
            &LockScreen::switchOperatorRequested);
    m_ui->lockedLabel->setAlignment(Qt::AlignCenter);
    QFont big = m_ui->lockedLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_ui->lockedLabel->setFont(big);
}

LockScreen::~LockScreen() = default;

void LockScreen::lockFor(OperatorThread* operators, const Operator& op)
{
    if (operators != m_operators) {
        if (m_operators)
            m_operators->worker()->disconnect(this);
        m_operators = operators;
        if (m_operators) {
            connect(m_operators->worker(), &OperatorWorker::signedIn, this,
                    &LockScreen::onSignedIn);
            connect(m_operators->worker(), &OperatorWorker::failed, this, &LockScreen::onFailed);
        }
    }
    m_operator = op;
    m_request = 0;
    setBusy(false);
    m_ui->passwordLineEdit->clear();
    m_ui->messageBar->clearMessage();
    refreshTexts();
    m_ui->passwordLineEdit->setFocus();
}

QString LockScreen::message() const
{
    return m_ui->messageBar->text();
}

void LockScreen::refreshTexts()
{
    m_ui->lockedLabel->setText(
        tr("The desk is locked. %1, enter your password to continue.").arg(m_operator.fullName));
}

void LockScreen::unlock()
{
    if (!m_operators || isBusy())
        return;
    const QString password = m_ui->passwordLineEdit->text();
    m_ui->passwordLineEdit->clear();
    m_request =
        m_operators->authenticate(m_operator.login, password, OperatorDirectory::Purpose::Unlock);
    setBusy(true);
}

void LockScreen::setBusy(bool busy)
{
    m_ui->passwordLineEdit->setReadOnly(busy);
    m_ui->unlockButton->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_ui->messageBar->showMessage(tr("Checking the password…"), MessageBar::Kind::Information);
    } else {
        unsetCursor();
    }
}

void LockScreen::onSignedIn(quint64 requestId, const Operator&)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    setBusy(false);
    m_ui->messageBar->clearMessage();
    emit unlocked();
}

void LockScreen::onFailed(quint64 requestId, const QString&, const QString& message)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    setBusy(false);
    m_ui->messageBar->showMessage(message);
    m_ui->passwordLineEdit->setFocus();
}

void LockScreen::resizeEvent(QResizeEvent* event)
{
    // A panel about 70 characters wide in the middle, whatever the screen and its scaling.
    const int panel = fontMetrics().averageCharWidth() * 70;
    const int side = std::max(fontMetrics().height(), (width() - panel) / 2);
    layout()->setContentsMargins(side, fontMetrics().height(), side, fontMetrics().height());
    QWidget::resizeEvent(event);
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace iin::ui

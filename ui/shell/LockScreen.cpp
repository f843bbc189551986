#include "ui/shell/LockScreen.h"
#include "ui_LockScreen.h"

#include "ui/shell/PasswordCheck.h"

#include <QEvent>
#include <QLayout>

#include <algorithm>

namespace iin::ui {

LockScreen::LockScreen(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    m_check = new PasswordCheck(this, m_ui->messageBar, m_ui->passwordLineEdit,
                                {m_ui->passwordLineEdit}, m_ui->unlockButton);
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

void LockScreen::lockFor(StoreThread* operators, const Operator& op)
{
    m_operators = operators;
    m_operator = op;
    m_check->reset();
    m_ui->passwordLineEdit->clear();
    m_ui->messageBar->clearMessage();
    refreshTexts();
    m_ui->passwordLineEdit->setFocus();
}

bool LockScreen::isBusy() const
{
    return m_check->isBusy();
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
    m_check->start(*m_operators, m_operator.login, OperatorDirectory::Purpose::Unlock,
                   tr("Checking the password…"), [this](const Operator&) { emit unlocked(); });
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

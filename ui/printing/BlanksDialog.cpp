#include "ui/printing/BlanksDialog.h"
#include "ui_BlanksDialog.h"

#include "core/services/StoreThread.h"
#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace iin::ui {

BlanksDialog::BlanksDialog(StoreThread* journal, const Operator& op, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BlanksDialog>()), m_journal(journal),
      m_operator(op)
{
    m_ui->setupUi(this);
    fillReasons();
    // The spin boxes' own line edits take the focus: they carry the names for the screen reader.
    for (QSpinBox* box : {m_ui->firstSpinBox, m_ui->lastSpinBox, m_ui->serialSpinBox}) {
        if (auto* edit = box->findChild<QLineEdit*>())
            edit->setAccessibleName(box->accessibleName());
    }
    connect(m_ui->receiveButton, &QPushButton::clicked, this, &BlanksDialog::receive);
    connect(m_ui->spoilButton, &QPushButton::clicked, this, &BlanksDialog::spoil);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

BlanksDialog::~BlanksDialog() = default;

QString BlanksDialog::balanceText() const
{
    return m_ui->balanceLabel->text();
}

QString BlanksDialog::message() const
{
    return m_ui->messageBar->text();
}

void BlanksDialog::fillReasons()
{
    const int current = std::max(0, m_ui->reasonComboBox->currentIndex());
    m_ui->reasonComboBox->clear();
    m_ui->reasonComboBox->addItem(tr("Misprint"), QStringLiteral("misprint"));
    m_ui->reasonComboBox->addItem(tr("Paper jam"), QStringLiteral("jam"));
    m_ui->reasonComboBox->addItem(tr("Damaged"), QStringLiteral("damaged"));
    m_ui->reasonComboBox->addItem(tr("Other"), QStringLiteral("other"));
    m_ui->reasonComboBox->setCurrentIndex(current);
}

void BlanksDialog::refresh()
{
    if (!m_journal)
        return;
    m_journal->run(
        this, [](StoreContext& c) { return BlankLedger::balance(c.database().sql()); },
        [this](Result<BlankBalance> balance) { showBalance(balance, {}); });
}

void BlanksDialog::receive()
{
    if (!m_journal)
        return;
    const QString login = m_operator.login;
    const QString series = m_ui->seriesLineEdit->text().trimmed();
    const qint64 first = m_ui->firstSpinBox->value();
    const qint64 last = m_ui->lastSpinBox->value();
    m_journal->run(
        this,
        [=](StoreContext& c) -> Result<BlankBalance> {
            const Result<BlankRange> r =
                BlankLedger::receive(c.database().sql(), login, series, first, last);
            if (!r)
                return r.error();
            return BlankLedger::balance(c.database().sql());
        },
        [this, first, last](Result<BlankBalance> balance) {
            showBalance(balance,
                        tr("Blanks %1–%2 were recorded as received.").arg(first).arg(last));
        });
}

void BlanksDialog::spoil()
{
    if (!m_journal)
        return;
    const QString login = m_operator.login;
    const qint64 serial = m_ui->serialSpinBox->value();
    const auto reason = spoilReasonFrom(m_ui->reasonComboBox->currentData().toString());
    if (!reason)
        return;
    m_journal->run(
        this,
        [=](StoreContext& c) -> Result<BlankBalance> {
            if (Status s = BlankLedger::spoil(c.database().sql(), login, serial, *reason); !s)
                return s.error();
            return BlankLedger::balance(c.database().sql());
        },
        [this, serial](Result<BlankBalance> balance) {
            showBalance(balance, tr("Blank %1 was recorded as spoiled.").arg(serial));
        });
}

void BlanksDialog::showBalance(const Result<BlankBalance>& balance, const QString& done)
{
    if (!balance) {
        m_ui->messageBar->showMessage(balance.errorMessage());
        return;
    }
    m_balance = *balance;
    if (!done.isEmpty())
        m_ui->messageBar->showMessage(done, MessageBar::Kind::Positive);
    QString text = tr("Received %1, printed on %2, spoiled %3: %4 on hand.")
                       .arg(balance->received)
                       .arg(balance->issued)
                       .arg(balance->spoiled)
                       .arg(balance->onHand);
    if (balance->next)
        text += u' ' + tr("Next blank: %1.").arg(*balance->next);
    m_ui->balanceLabel->setText(text);
    m_ui->balanceLabel->setAccessibleDescription(text);
    if (balance->next)
        m_ui->serialSpinBox->setValue(int(*balance->next));
    emit balanceShown(*balance);
}

void BlanksDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (QSpinBox* box : {m_ui->firstSpinBox, m_ui->lastSpinBox, m_ui->serialSpinBox}) {
            if (auto* edit = box->findChild<QLineEdit*>())
                edit->setAccessibleName(box->accessibleName());
        }
        fillReasons();
        if (m_balance)
            showBalance(*m_balance, {});
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

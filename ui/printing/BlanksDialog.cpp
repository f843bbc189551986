#include "ui/printing/BlanksDialog.h"
#include "ui_BlanksDialog.h"

#include "core/services/StoreThread.h"
#include "core/store/Database.h"
#include "ui/widgets/MessageBar.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidgetItem>

namespace iin::ui {

namespace {

// The overview read after a change, with the change's answer for the message.
struct Changed
{
    qint64 answer = 0;
    BlanksOverview overview;
};

} // namespace

BlanksDialog::BlanksDialog(StoreThread* journal, const Operator& op, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BlanksDialog>()), m_journal(journal),
      m_operator(op)
{
    m_ui->setupUi(this);
    fillReasons();
    fillHolders();
    m_ui->holdersTable->verticalHeader()->setVisible(false);
    m_ui->holdersTable->horizontalHeader()->setStretchLastSection(true);
    // The spin boxes' own line edits take the focus: they carry the names for the screen reader.
    for (QSpinBox* box : {m_ui->firstSpinBox, m_ui->lastSpinBox, m_ui->serialSpinBox,
                          m_ui->handFirstSpinBox, m_ui->handLastSpinBox}) {
        if (auto* edit = box->findChild<QLineEdit*>())
            edit->setAccessibleName(box->accessibleName());
    }
    connect(m_ui->receiveButton, &QPushButton::clicked, this, &BlanksDialog::receive);
    connect(m_ui->spoilButton, &QPushButton::clicked, this, &BlanksDialog::spoil);
    connect(m_ui->handButton, &QPushButton::clicked, this, &BlanksDialog::handOut);
    connect(m_ui->takeBackButton, &QPushButton::clicked, this, &BlanksDialog::takeBack);
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

// The operators who may print, then anyone else who still appears in the ledger (a journal
// without accounts, an account since deactivated).
void BlanksDialog::fillClerks()
{
    QComboBox* combo = m_ui->clerkComboBox;
    const QVariant chosen = combo->currentData();
    combo->clear();
    if (!m_overview)
        return;
    for (const Operator& op : m_overview->printers)
        combo->addItem(op.fullName.isEmpty() ? op.login
                                             : QStringLiteral("%1 (%2)").arg(op.fullName, op.login),
                       op.login);
    for (const OperatorBlanks& h : m_overview->holders)
        if (combo->findData(h.login) < 0)
            combo->addItem(h.login, h.login);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void BlanksDialog::fillHolders()
{
    QTableWidget* table = m_ui->holdersTable;
    table->setHorizontalHeaderLabels(
        {tr("Clerk"), tr("Held"), tr("Printed on today"), tr("Spoiled today")});
    const QList<OperatorBlanks> rows = m_overview ? m_overview->holders : QList<OperatorBlanks>{};
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const OperatorBlanks& h = rows.at(r);
        const QStringList cells{h.login, QString::number(h.held), QString::number(h.issuedToday),
                                QString::number(h.spoiledToday)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
}

void BlanksDialog::refresh()
{
    if (!m_journal)
        return;
    const QDate today = QDate::currentDate();
    m_journal->run(
        this, [today](StoreContext& c) { return loadBlanksOverview(c.database(), today); },
        [this](Result<BlanksOverview> overview) { showOverview(overview, {}); });
}

void BlanksDialog::changeAndShow(std::function<Result<qint64>(Database&)> change,
                                 std::function<QString(qint64)> done)
{
    if (!m_journal)
        return;
    const QDate today = QDate::currentDate();
    m_journal->run(
        this,
        [change = std::move(change), today](StoreContext& c) -> Result<Changed> {
            const Result<qint64> answer = change(c.database());
            if (!answer)
                return answer.error();
            Result<BlanksOverview> overview = loadBlanksOverview(c.database(), today);
            if (!overview)
                return overview.error();
            return Changed{*answer, *overview};
        },
        [this, done = std::move(done)](Result<Changed> changed) {
            if (!changed) {
                m_ui->messageBar->showMessage(changed.errorMessage());
                return;
            }
            showOverview(changed->overview, done(changed->answer));
        });
}

void BlanksDialog::receive()
{
    const QString login = m_operator.login;
    const QString series = m_ui->seriesLineEdit->text().trimmed();
    const qint64 first = m_ui->firstSpinBox->value();
    const qint64 last = m_ui->lastSpinBox->value();
    changeAndShow(
        [=](Database& db) -> Result<qint64> {
            const Result<BlankRange> r = BlankLedger::receive(db.sql(), login, series, first, last);
            if (!r)
                return r.error();
            return r->count();
        },
        [this, first, last](qint64) {
            return tr("Blanks %1–%2 were recorded as received.").arg(first).arg(last);
        });
}

void BlanksDialog::spoil()
{
    const QString login = m_operator.login;
    const qint64 serial = m_ui->serialSpinBox->value();
    const auto reason = spoilReasonFrom(m_ui->reasonComboBox->currentData().toString());
    if (!reason)
        return;
    changeAndShow(
        [=](Database& db) -> Result<qint64> {
            if (Status s = BlankLedger::spoil(db.sql(), login, serial, *reason); !s)
                return s.error();
            return serial;
        },
        [this](qint64 serial) { return tr("Blank %1 was recorded as spoiled.").arg(serial); });
}

void BlanksDialog::handOut()
{
    const QString login = m_operator.login;
    const QString clerk = m_ui->clerkComboBox->currentData().toString();
    if (clerk.isEmpty()) {
        m_ui->messageBar->showMessage(
            tr("Choose the clerk: an active operator who may print certificates."),
            MessageBar::Kind::Warning);
        return;
    }
    const qint64 first = m_ui->handFirstSpinBox->value();
    const qint64 last = m_ui->handLastSpinBox->value();
    changeAndShow(
        [=](Database& db) -> Result<qint64> {
            const Result<BlankHandout> h =
                BlankLedger::handOut(db.sql(), login, first, last, clerk);
            if (!h)
                return h.error();
            return h->count();
        },
        [this, first, last, clerk](qint64 count) {
            return tr("Blanks %1–%2 (%n blank(s)) were handed to %3.", nullptr, int(count))
                .arg(first)
                .arg(last)
                .arg(clerk);
        });
}

void BlanksDialog::takeBack()
{
    const QString login = m_operator.login;
    const QString clerk = m_ui->clerkComboBox->currentData().toString();
    if (clerk.isEmpty())
        return;
    changeAndShow([=](Database& db) { return BlankLedger::takeBack(db.sql(), login, clerk); },
                  [this, clerk](qint64 count) {
                      return tr("%n unused blank(s) were taken back from %1.", nullptr, int(count))
                          .arg(clerk);
                  });
}

void BlanksDialog::showOverview(const Result<BlanksOverview>& overview, const QString& done)
{
    if (!overview) {
        m_ui->messageBar->showMessage(overview.errorMessage());
        return;
    }
    m_overview = *overview;
    const BlankBalance& balance = overview->office;
    m_balance = balance;
    if (!done.isEmpty())
        m_ui->messageBar->showMessage(done, MessageBar::Kind::Positive);
    QString text = tr("Received %1, printed on %2, spoiled %3: %4 on hand.")
                       .arg(balance.received)
                       .arg(balance.issued)
                       .arg(balance.spoiled)
                       .arg(balance.onHand);
    if (balance.next)
        text += u' ' + tr("Next blank: %1.").arg(*balance.next);
    m_ui->balanceLabel->setText(text);
    m_ui->balanceLabel->setAccessibleDescription(text);
    if (balance.next) {
        m_ui->serialSpinBox->setValue(int(*balance.next));
        if (m_ui->handFirstSpinBox->value() == 1)
            m_ui->handFirstSpinBox->setValue(int(*balance.next));
    }
    fillClerks();
    fillHolders();
    emit balanceShown(balance);
}

void BlanksDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (QSpinBox* box : {m_ui->firstSpinBox, m_ui->lastSpinBox, m_ui->serialSpinBox,
                              m_ui->handFirstSpinBox, m_ui->handLastSpinBox}) {
            if (auto* edit = box->findChild<QLineEdit*>())
                edit->setAccessibleName(box->accessibleName());
        }
        fillReasons();
        if (m_overview)
            showOverview(*m_overview, {});
        else
            fillHolders();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

#include "ui/complaints/CalendarDialog.h"
#include "ui_CalendarDialog.h"

#include "core/operators/Role.h"
#include "core/services/ComplaintClient.h"
#include "core/services/StoreThread.h"
#include "ui/complaints/ComplaintTexts.h"
#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>

namespace iin::ui {

namespace {
const QString KurbanAit = QStringLiteral("kurban_ait");
}

CalendarDialog::CalendarDialog(StoreThread* journal, const Operator& op, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CalendarDialog>()),
      m_client(std::make_unique<ComplaintClient>(journal)), m_operator(op)
{
    m_ui->setupUi(this);
    fillStatuses();
    m_ui->transfersTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->transfersTableWidget->horizontalHeader()->setStretchLastSection(true);
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
    m_ui->yearSpinBox->setValue(QDate::currentDate().year());
    // Return in the transfer fields adds the transfer; saving is always a deliberate choice.
    m_ui->addTransferButton->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &CalendarDialog::save);

    const ComplaintWorker* w = m_client->worker();
    connect(w, &ComplaintWorker::calendarLoaded, this,
            [this](quint64 id, const CalendarData& inForce, const CalendarData& edits) {
                if (id != m_loadRequest)
                    return;
                m_loadRequest = 0;
                m_inForce = inForce;
                m_edits = edits;
                m_loaded = true;
                setBusy(false);
                showYear();
                emit loaded();
            });
    connect(w, &ComplaintWorker::calendarSaved, this, [this](quint64 id, int year, int changed) {
        if (id != m_saveRequest)
            return;
        m_saveRequest = 0;
        m_ui->messageBar->showMessage(
            tr("The calendar for %1 is saved in the journal. %n unfinished complaint(s) got new "
               "due dates.",
               nullptr, changed)
                .arg(year),
            MessageBar::Kind::Positive);
        m_loadRequest = m_client->loadCalendar();
        emit saved(year, changed);
    });
    connect(w, &ComplaintWorker::failed, this, [this](quint64 id, const QString& message) {
        if (id != m_saveRequest && id != m_loadRequest)
            return;
        m_saveRequest = m_loadRequest = 0;
        setBusy(false);
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Error);
    });

    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &CalendarDialog::showYear);
    connect(m_ui->addTransferButton, &QPushButton::clicked, this, &CalendarDialog::addTransfer);
    connect(m_ui->removeTransferButton, &QPushButton::clicked, this,
            &CalendarDialog::removeTransfer);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &CalendarDialog::revert);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &CalendarDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setBusy(true);
    m_loadRequest = m_client->loadCalendar();
    m_ui->yearSpinBox->setFocus();
}

CalendarDialog::~CalendarDialog() = default;

void CalendarDialog::fillStatuses()
{
    const int current = qMax(0, m_ui->statusComboBox->currentIndex());
    m_ui->statusComboBox->clear();
    m_ui->statusComboBox->addItem(tr("Unconfirmed (one source, an announcement or an estimate)"),
                                  QStringLiteral("unconfirmed"));
    m_ui->statusComboBox->addItem(tr("Verified (checked against the published acts)"),
                                  QStringLiteral("verified"));
    m_ui->statusComboBox->setCurrentIndex(current);
}

void CalendarDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The year as typed survives the change; only the texts are replaced.
        const CalendarYear typed = editedYear();
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
        fillStatuses();
        m_ui->statusComboBox->setCurrentIndex(
            qMax(0, m_ui->statusComboBox->findData(typed.status)));
        showTransfers();
    }
    QDialog::changeEvent(event);
}

MessageBar* CalendarDialog::messageBar() const
{
    return m_ui->messageBar;
}

void CalendarDialog::setYear(int year)
{
    m_ui->yearSpinBox->setValue(year);
}

int CalendarDialog::year() const
{
    return m_ui->yearSpinBox->value();
}

void CalendarDialog::setBusy(bool busy)
{
    const bool allowed = roleMay(m_operator.role, Permission::EditCalendar);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy && allowed);
    m_ui->revertButton->setEnabled(!busy && allowed && m_edits.years.contains(year()));
}

void CalendarDialog::showYear()
{
    const int y = year();
    const auto found = m_inForce.years.constFind(y);
    const CalendarYear data = found != m_inForce.years.cend() ? *found : CalendarYear{y};
    if (m_edits.years.contains(y))
        m_ui->sourceLabel->setText(tr("%1: edited at this desk and kept in the journal.").arg(y));
    else if (found != m_inForce.years.cend())
        m_ui->sourceLabel->setText(tr("%1: the data shipped with the program.").arg(y));
    else
        m_ui->sourceLabel->setText(tr("%1: no data yet; only the law's fixed holidays are counted. "
                                      "Enter the year's transfers and Kurban Ait.")
                                       .arg(y));
    const int status = m_ui->statusComboBox->findData(data.status);
    m_ui->statusComboBox->setCurrentIndex(status < 0 ? 0 : status);
    m_ui->kurbanDateEdit->setDate(data.movable.value(KurbanAit));
    m_ui->noteLineEdit->setText(data.note);
    m_transfers = data.transfers;
    showTransfers();
    setBusy(m_loadRequest || m_saveRequest);
}

void CalendarDialog::showTransfers()
{
    QTableWidget* table = m_ui->transfersTableWidget;
    table->setRowCount(int(m_transfers.size()));
    for (int row = 0; row < m_transfers.size(); ++row) {
        const DayTransfer& t = m_transfers.at(row);
        const auto day = [](const QDate& d) {
            return d.isValid() ? QLocale().toString(d, QStringLiteral("ddd dd.MM.yyyy"))
                               : QStringLiteral("—");
        };
        table->setItem(row, 0, new QTableWidgetItem(day(t.workingDay)));
        table->setItem(row, 1, new QTableWidgetItem(day(t.dayOff)));
        table->setItem(row, 2, new QTableWidgetItem(t.decree));
    }
}

void CalendarDialog::addTransfer()
{
    DayTransfer t;
    t.workingDay = m_ui->workingDayEdit->date();
    t.dayOff = m_ui->dayOffEdit->date();
    t.decree = m_ui->decreeLineEdit->text().trimmed();
    const auto fail = [this](QWidget* field, const QString& message) {
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Error);
        field->setFocus();
    };
    if (!m_ui->workingDayEdit->isBlank() && !t.workingDay.isValid())
        return fail(m_ui->workingDayEdit, tr("Working day: a date as dd.mm.yyyy."));
    if (!m_ui->dayOffEdit->isBlank() && !t.dayOff.isValid())
        return fail(m_ui->dayOffEdit, tr("Day off: a date as dd.mm.yyyy."));
    if (!t.workingDay.isValid() && !t.dayOff.isValid())
        return fail(m_ui->workingDayEdit,
                    tr("Working day: give the weekend day that becomes a working day, and the day "
                       "off it moves to."));
    if (t.decree.isEmpty())
        return fail(m_ui->decreeLineEdit, tr("Decree: give the act and its number."));
    m_transfers.append(t);
    showTransfers();
    m_ui->workingDayEdit->clear();
    m_ui->dayOffEdit->clear();
    m_ui->decreeLineEdit->clear();
    m_ui->messageBar->showMessage(tr("The transfer is added; save to put it in force."),
                                  MessageBar::Kind::Information);
    m_ui->workingDayEdit->setFocus();
}

void CalendarDialog::removeTransfer()
{
    const int row = m_ui->transfersTableWidget->currentRow();
    if (row < 0 || row >= m_transfers.size())
        return;
    m_transfers.removeAt(row);
    showTransfers();
}

CalendarYear CalendarDialog::editedYear() const
{
    CalendarYear y;
    y.year = year();
    y.status = m_ui->statusComboBox->currentData().toString();
    y.note = m_ui->noteLineEdit->text().trimmed();
    if (const QDate kurban = m_ui->kurbanDateEdit->date(); kurban.isValid())
        y.movable.insert(KurbanAit, kurban);
    y.transfers = m_transfers;
    return y;
}

void CalendarDialog::save()
{
    if (!m_loaded || m_saveRequest || !roleMay(m_operator.role, Permission::EditCalendar))
        return;
    if (!m_ui->kurbanDateEdit->isBlank() && !m_ui->kurbanDateEdit->date().isValid()) {
        m_ui->messageBar->showMessage(tr("First day of Kurban ait: a date as dd.mm.yyyy."),
                                      MessageBar::Kind::Error);
        m_ui->kurbanDateEdit->setFocus();
        return;
    }
    m_saveRequest = m_client->saveCalendarYear(editedYear(), m_operator.login);
    setBusy(true);
}

void CalendarDialog::revert()
{
    if (!m_loaded || m_saveRequest || !roleMay(m_operator.role, Permission::EditCalendar) ||
        !m_edits.years.contains(year()))
        return;
    m_saveRequest = m_client->revertCalendarYear(year(), m_operator.login);
    setBusy(true);
}

} // namespace iin::ui

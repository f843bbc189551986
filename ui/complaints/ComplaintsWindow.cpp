#include "ui/complaints/ComplaintsWindow.h"
#include "ui_ComplaintsWindow.h"

#include "core/journal/Journal.h"
#include "core/operators/Role.h"
#include "core/services/ComplaintJobs.h"
#include "core/services/StoreThread.h"
#include "core/usecases/PrintComplaintSummary.h"
#include "core/usecases/RecordComplaintOutcome.h"
#include "core/usecases/RegisterComplaint.h"
#include "ui/complaints/ComplaintDialog.h"
#include "ui/complaints/ComplaintOutcomeDialog.h"
#include "ui/complaints/ComplaintTexts.h"
#include "ui/office/ComplaintDeadlinesModel.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>

namespace iin::ui {

namespace {
constexpr int AddresseeColumn = 3; // No., registered, about, addressed to, ...
}

QString complaintReminderText(const ComplaintReminder& r)
{
    QStringList parts;
    if (r.overdue > 0)
        parts << ComplaintsWindow::tr("%n complaint(s) overdue", nullptr, r.overdue);
    if (r.dueSoon > 0)
        parts << ComplaintsWindow::tr("%n complaint(s) due soon", nullptr, r.dueSoon);
    if (parts.isEmpty())
        return {};
    return ComplaintsWindow::tr("Complaints: %1. See Supervision > Complaints (Ctrl+Shift+K).")
        .arg(parts.join(QStringLiteral(", ")));
}

ComplaintsWindow::ComplaintsWindow(StoreThread* store, const Operator& op, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ComplaintsWindow>()), m_store(store),
      m_operator(op), m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    fillFilters();
    m_ui->complaintsTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->complaintsTableWidget->horizontalHeader()->setStretchLastSection(true);
    // The addressee's long name would push the terms out of sight: it is cut to a fixed width
    // and said whole in the cell's tooltip.
    m_ui->complaintsTableWidget->horizontalHeader()->setSectionResizeMode(AddresseeColumn,
                                                                          QHeaderView::Interactive);
    m_ui->complaintsTableWidget->setColumnWidth(AddresseeColumn, 280);
    // Return opens the selected complaint; it must never close the window.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    connect(m_ui->filterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_deadline.reset();
        refresh();
    });
    connect(m_ui->complaintsTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        // Personal data stays on screen only for the complaint it belongs to.
        const ComplaintEntry* e = selected();
        if (m_openedId && (!e || e->complaint.id != m_openedId)) {
            m_openedId = 0;
            m_ui->detailsTextBrowser->clear();
        }
        updateButtons();
    });
    connect(m_ui->complaintsTableWidget, &QTableWidget::activated, this,
            &ComplaintsWindow::openSelected);
    connect(m_ui->newComplaintButton, &QPushButton::clicked, this,
            &ComplaintsWindow::registerComplaint);
    connect(m_ui->openComplaintButton, &QPushButton::clicked, this,
            &ComplaintsWindow::openSelected);
    connect(m_ui->outcomeButton, &QPushButton::clicked, this, &ComplaintsWindow::recordOutcome);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ComplaintsWindow::exportSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ComplaintsWindow::refresh);
    connect(m_ui->closeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this,
            &ComplaintsWindow::registerComplaint);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &ComplaintsWindow::refresh);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &ComplaintsWindow::exportSelected);

    updateButtons();
    refresh();
    remind();
    m_ui->complaintsTableWidget->setFocus();
}

ComplaintsWindow::~ComplaintsWindow() = default;

MessageBar* ComplaintsWindow::messageBar() const
{
    return m_ui->messageBar;
}

void ComplaintsWindow::fillFilters()
{
    const int current = qMax(0, m_ui->filterComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->filterComboBox);
    m_ui->filterComboBox->clear();
    m_ui->filterComboBox->addItem(tr("Open complaints"), int(Filter::Open));
    m_ui->filterComboBox->addItem(tr("Overdue"), int(Filter::Overdue));
    m_ui->filterComboBox->addItem(tr("Due soon"), int(Filter::DueSoon));
    m_ui->filterComboBox->addItem(tr("Overdue or due soon"), int(Filter::NeedsAttention));
    m_ui->filterComboBox->addItem(tr("All complaints"), int(Filter::All));
    m_ui->filterComboBox->setCurrentIndex(current);
}

void ComplaintsWindow::setToday(const QDate& today)
{
    m_today = today;
    refresh();
    remind();
}

void ComplaintsWindow::setFilter(Filter filter)
{
    m_ui->filterComboBox->setCurrentIndex(m_ui->filterComboBox->findData(int(filter)));
}

ComplaintsWindow::Filter ComplaintsWindow::filter() const
{
    return Filter(m_ui->filterComboBox->currentData().toInt());
}

void ComplaintsWindow::refresh()
{
    ComplaintQuery q;
    q.today = m_today;
    q.limit = 1000;
    switch (filter()) {
    case Filter::Open:
        q.openOnly = true;
        break;
    case Filter::Overdue:
        q.overdue = true;
        break;
    case Filter::DueSoon:
        q.dueSoon = true;
        break;
    case Filter::NeedsAttention:
        q.overdue = q.dueSoon = true;
        break;
    case Filter::All:
        break;
    }
    if (const ComplaintEntry* e = selected(); e && !m_selectAfterRefresh)
        m_selectAfterRefresh = e->complaint.id;
    if (!m_store)
        return;
    m_store->run(m_listing.next(), complaintsJob([q](ComplaintRegister& complaints, StoreContext&) {
                     return complaints.list(q);
                 }),
                 [this](Result<QList<ComplaintEntry>> entries) {
                     if (!entries)
                         return m_ui->messageBar->showMessage(entries.errorMessage(),
                                                              MessageBar::Kind::Error);
                     showList(*entries);
                 });
}

void ComplaintsWindow::setDeadline(std::optional<ComplaintDeadline> deadline)
{
    {
        const QSignalBlocker blocker(m_ui->filterComboBox);
        m_ui->filterComboBox->setCurrentIndex(
            m_ui->filterComboBox->findData(int(deadline ? Filter::Open : filter())));
    }
    m_deadline = deadline;
    if (deadline)
        m_ui->messageBar->showMessage(tr("From the dashboard: complaints whose first term runs "
                                         "out: %1.")
                                          .arg(ComplaintDeadlinesModel::name(*deadline)),
                                      MessageBar::Kind::Information);
    refresh();
}

void ComplaintsWindow::showList(const QList<ComplaintEntry>& entries)
{
    m_entries = entries;
    if (m_deadline) {
        m_entries.removeIf([this](const ComplaintEntry& e) {
            return ComplaintDeadlines::of(e.terms, m_today) != m_deadline;
        });
    }
    showEntries();
    if (!m_afterRefreshMessage.isEmpty()) {
        m_ui->messageBar->showMessage(m_afterRefreshMessage, MessageBar::Kind::Positive);
        m_afterRefreshMessage.clear();
    }
    emit refreshed();
}

void ComplaintsWindow::remind()
{
    if (!m_store)
        return;
    m_store->run(m_reminding.next(),
                 complaintsJob([today = m_today](ComplaintRegister& complaints, StoreContext&) {
                     return countComplaintReminders(complaints, today);
                 }),
                 [this](Result<ComplaintReminder> reminder) {
                     if (!reminder)
                         return m_ui->messageBar->showMessage(reminder.errorMessage(),
                                                              MessageBar::Kind::Error);
                     const QString text = complaintReminderText(*reminder);
                     // A message the supervisor is acting on is not replaced by the reminder.
                     if (!text.isEmpty() && m_ui->messageBar->text().isEmpty())
                         m_ui->messageBar->showMessage(text, reminder->overdue
                                                                 ? MessageBar::Kind::Warning
                                                                 : MessageBar::Kind::Information);
                 });
}

void ComplaintsWindow::showEntries()
{
    QTableWidget* table = m_ui->complaintsTableWidget;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(int(m_entries.size()));
    QFont bold = table->font();
    bold.setBold(true);
    for (int row = 0; row < m_entries.size(); ++row) {
        const ComplaintEntry& e = m_entries.at(row);
        const Complaint& c = e.complaint;
        const ComplaintTerm* urgent = ComplaintTexts::mostUrgent(e.terms);
        const QStringList cells{
            QString::number(c.id),
            ComplaintTexts::date(c.received),
            ComplaintTexts::about(c),
            ComplaintTexts::addressee(c.addressee),
            ComplaintTexts::state(c),
            urgent ? ComplaintTexts::date(urgent->due) : QStringLiteral("—"),
            ComplaintTexts::summary(e.terms),
        };
        QStringList allTerms;
        for (const ComplaintTerm& t : e.terms.terms)
            allTerms << ComplaintTexts::term(t);
        const bool overdue = e.terms.anyOverdue();
        const bool soon = !overdue && e.terms.anyDueSoon();
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            if (col == AddresseeColumn)
                item->setToolTip(cells.at(col));
            // The words say it ("OVERDUE", "Due soon"); bold and colour only repeat it.
            if (overdue || soon) {
                item->setFont(bold);
                item->setForeground(overdue ? QColor(0x9c, 0x00, 0x06) : QColor(0x6b, 0x4a, 0x00));
            }
            if (col == cells.size() - 1)
                item->setToolTip(allTerms.join(u'\n')); // the summary names only one term
            table->setItem(row, col, item);
        }
    }
    m_ui->countLabel->setText(tr("%n complaint(s)", nullptr, int(m_entries.size())));
    const qint64 keep = m_selectAfterRefresh;
    m_selectAfterRefresh = 0;
    selectComplaint(keep);
    if (!selected() && !m_entries.isEmpty())
        table->setCurrentCell(0, 0);
    if (m_openedId && (!selected() || selected()->complaint.id != m_openedId)) {
        m_openedId = 0;
        m_ui->detailsTextBrowser->clear();
    }
    updateButtons();
}

void ComplaintsWindow::selectComplaint(qint64 id)
{
    for (int row = 0; id && row < m_entries.size(); ++row) {
        if (m_entries.at(row).complaint.id == id) {
            m_ui->complaintsTableWidget->setCurrentCell(row, 0);
            return;
        }
    }
}

const ComplaintEntry* ComplaintsWindow::selected() const
{
    const int row = m_ui->complaintsTableWidget->currentRow();
    if (row < 0 || row >= m_entries.size() ||
        !m_ui->complaintsTableWidget->selectionModel()->isRowSelected(
            row, m_ui->complaintsTableWidget->rootIndex()))
        return nullptr;
    return &m_entries.at(row);
}

void ComplaintsWindow::updateButtons()
{
    const ComplaintEntry* e = selected();
    const bool finished = e && (e->complaint.state == ComplaintState::Decided ||
                                e->complaint.state == ComplaintState::SatisfiedFavourably);
    m_ui->openComplaintButton->setEnabled(e);
    m_ui->outcomeButton->setEnabled(e && !finished);
    m_ui->exportPdfButton->setEnabled(e && !m_exporting);
}

ComplaintDialog* ComplaintsWindow::registerComplaint()
{
    if (!roleMay(m_operator.role, Permission::ManageComplaints))
        return nullptr;
    auto* dialog = new ComplaintDialog(m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintDialog::submitted, this,
            [this, dialog](const Complaint& c, const QString& applicationRef) {
                if (m_store)
                    m_store->run(
                        dialog, // a dialog closed meanwhile takes the answer with it
                        complaintsJob([c, applicationRef, op = m_operator.login, today = m_today](
                                          ComplaintRegister& complaints, StoreContext& store) {
                            return iin::registerComplaint(complaints, store.keep<Journal>(), c,
                                                          applicationRef, op, today);
                        }),
                        [this, dialog](Result<ComplaintEntry> e) { onAdded(dialog, e); });
            });
    dialog->open();
    return dialog;
}

ComplaintOutcomeDialog* ComplaintsWindow::recordOutcome()
{
    const ComplaintEntry* e = selected();
    if (!e || !roleMay(m_operator.role, Permission::ManageComplaints))
        return nullptr;
    auto* dialog = new ComplaintOutcomeDialog(*e, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintOutcomeDialog::submitted, this,
            [this, dialog](qint64 id, const ComplaintOutcome& outcome) {
                if (m_store)
                    m_store->run(
                        dialog,
                        complaintsJob([id, outcome, op = m_operator.login, today = m_today](
                                          ComplaintRegister& complaints, StoreContext&) {
                            return recordComplaintOutcome(complaints, id, outcome, op, today);
                        }),
                        [this, dialog](Result<ComplaintEntry> e) { onOutcomeRecorded(dialog, e); });
            });
    dialog->open();
    return dialog;
}

void ComplaintsWindow::onAdded(ComplaintDialog* dialog, const Result<ComplaintEntry>& e)
{
    if (!e) {
        dialog->setBusy(false);
        dialog->messageBar()->showMessage(
            tr("The complaint was not registered: %1").arg(e.errorMessage()),
            MessageBar::Kind::Error);
        return;
    }
    dialog->finish();
    QStringList text{tr("Complaint %1 is registered.").arg(e->complaint.id)};
    for (const ComplaintTerm& t : e->terms.terms)
        text << ComplaintTexts::term(t);
    text << e->terms.warnings;
    m_afterRefreshMessage = text.join(QStringLiteral("\n"));
    m_selectAfterRefresh = e->complaint.id;
    refresh();
}

void ComplaintsWindow::onOutcomeRecorded(ComplaintOutcomeDialog* dialog,
                                         const Result<ComplaintEntry>& e)
{
    if (!e) {
        dialog->setBusy(false);
        dialog->messageBar()->showMessage(
            tr("The outcome was not recorded: %1").arg(e.errorMessage()), MessageBar::Kind::Error);
        return;
    }
    dialog->finish();
    m_afterRefreshMessage = tr("The outcome of complaint %1 is recorded: %2.")
                                .arg(e->complaint.id)
                                .arg(ComplaintTexts::state(e->complaint));
    m_selectAfterRefresh = e->complaint.id;
    if (m_openedId == e->complaint.id) {
        m_openedId = 0;
        m_ui->detailsTextBrowser->clear();
    }
    refresh();
}

void ComplaintsWindow::openSelected()
{
    const ComplaintEntry* e = selected();
    if (!e || !m_store)
        return;
    const qint64 id = e->complaint.id;
    m_store->run(m_opening.next(),
                 complaintsJob([id, op = m_operator.login,
                                today = m_today](ComplaintRegister& complaints, StoreContext&) {
                     return complaints.open(id, op, today); // audited as a view
                 }),
                 [this, id](Result<std::optional<ComplaintRecord>> record) {
                     if (!record || !*record)
                         return m_ui->messageBar->showMessage(
                             record ? tr("There is no complaint %1.").arg(id)
                                    : record.errorMessage(),
                             MessageBar::Kind::Error);
                     m_openedId = (*record)->entry.complaint.id;
                     m_ui->detailsTextBrowser->setHtml(ComplaintTexts::detailsHtml(**record));
                     emit complaintOpened(m_openedId);
                 });
}

void ComplaintsWindow::exportSelected()
{
    const ComplaintEntry* e = selected();
    if (!e || m_exporting || !m_store)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the complaint's summary"),
        QStringLiteral("complaint-%1.pdf").arg(e->complaint.id), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    ComplaintLayout::Options options;
    options.office = m_office;
    options.printedOn = m_today;
    options.training = m_training;
    const qint64 id = e->complaint.id;
    // Painted on the journal's thread: a long summary never freezes the window.
    m_store->run(
        this,
        complaintsJob([id, path, options, op = m_operator.login](ComplaintRegister& complaints,
                                                                 StoreContext& store) {
            return printComplaintSummary(store.database(), complaints, id, path, options, op);
        }),
        [this, id, path](Result<std::optional<ComplaintRecord>> printed) {
            m_exporting = false;
            updateButtons();
            if (!printed || !*printed)
                return m_ui->messageBar->showMessage(
                    printed ? tr("There is no complaint %1.").arg(id) : printed.errorMessage(),
                    MessageBar::Kind::Error);
            m_ui->messageBar->showMessage(
                tr("The summary of complaint %1 is saved to %2; the print is recorded.")
                    .arg(id)
                    .arg(path),
                MessageBar::Kind::Positive);
            emit exported(path);
        });
    m_exporting = true;
    m_ui->messageBar->showMessage(tr("Exporting the summary…"), MessageBar::Kind::Information);
    updateButtons();
}

void ComplaintsWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilters();
        showEntries();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

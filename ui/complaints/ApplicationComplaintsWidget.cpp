#include "ui/complaints/ApplicationComplaintsWidget.h"

#include "core/services/ComplaintJobs.h"
#include "core/services/StoreThread.h"
#include "ui/complaints/ComplaintTexts.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iin::ui {

ApplicationComplaintsWidget::ApplicationComplaintsWidget(StoreThread* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 5, this)), m_today(QDate::currentDate())
{
    m_summary->setObjectName(QStringLiteral("complaintsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("applicationComplaintsTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);

    refreshTexts();
    showEntries({});
}

ApplicationComplaintsWidget::~ApplicationComplaintsWidget() = default;

void ApplicationComplaintsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshTexts();
        showRows();
    }
    QWidget::changeEvent(event);
}

// The window title names the section where the widget is shown (ApplicationView::addSection).
void ApplicationComplaintsWidget::refreshTexts()
{
    setWindowTitle(tr("Complaints"));
    setAccessibleName(tr("Complaints about this application"));
    m_table->setAccessibleName(tr("Complaints about this application"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Registered"), tr("Addressed to"), tr("State"), tr("Terms")});
}

void ApplicationComplaintsWidget::setApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    refresh();
}

void ApplicationComplaintsWidget::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void ApplicationComplaintsWidget::refresh()
{
    if (m_applicationId <= 0 || !m_store) {
        m_reading.drop();
        showEntries({});
        return;
    }
    m_store->run(m_reading.next(),
                 complaintsJob([id = m_applicationId,
                                today = m_today](ComplaintRegister& complaints, StoreContext&) {
                     return complaints.ofApplication(id, today);
                 }),
                 [this](Result<QList<ComplaintEntry>> entries) {
                     if (!entries)
                         return m_summary->setText(
                             tr("The complaints cannot be read: %1").arg(entries.errorMessage()));
                     showEntries(*entries);
                 });
}

void ApplicationComplaintsWidget::showEntries(const QList<ComplaintEntry>& entries)
{
    m_entries = entries;
    showRows();
    emit loaded(int(entries.size()));
}

void ApplicationComplaintsWidget::showRows()
{
    const QList<ComplaintEntry>& entries = m_entries;
    m_table->setRowCount(int(entries.size()));
    int overdue = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const ComplaintEntry& e = entries.at(row);
        const Complaint& c = e.complaint;
        if (e.terms.anyOverdue())
            ++overdue;
        const QStringList cells{QString::number(c.id), ComplaintTexts::date(c.received),
                                ComplaintTexts::addressee(c.addressee), ComplaintTexts::state(c),
                                ComplaintTexts::summary(e.terms)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->setVisible(!entries.isEmpty());
    QString text = entries.isEmpty()
                       ? tr("No complaints about this application.")
                       : tr("%n complaint(s) about this application", nullptr, int(entries.size()));
    if (overdue)
        text += QStringLiteral(" · ") + tr("%n OVERDUE", nullptr, overdue);
    m_summary->setText(text);
}

} // namespace iin::ui

#include "ui/office/AttentionWindow.h"
#include "ui_AttentionWindow.h"

#include "core/base/Clock.h"
#include "core/services/StoreThread.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace iin::ui {

namespace {

using Kind = OfficeException::Kind;

constexpr int NoFilter = -1;

const QList<Kind>& kinds()
{
    static const QList<Kind> list{Kind::OutboxStuck,   Kind::IinNotAssigned, Kind::NotPrinted,
                                  Kind::NotHandedOver, Kind::BlanksLow,      Kind::ClockWarning};
    return list;
}

QString waitingText(const OfficeException& e, const QDateTime& asOf)
{
    if (!e.since.isValid())
        return {};
    const qint64 hours = qMax<qint64>(0, e.since.secsTo(asOf) / 3600);
    if (hours < 48)
        return AttentionWindow::tr("%n hour(s)", nullptr, int(hours));
    return AttentionWindow::tr("%n day(s)", nullptr, int(hours / 24));
}

} // namespace

AttentionWindow::AttentionWindow(StoreThread* store, const Operator& op,
                                 const OfficeThresholds& thresholds, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AttentionWindow>()), m_store(store),
      m_operator(op), m_thresholds(thresholds)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    fillFilters();
    showThresholds();
    QHeaderView* header = m_ui->itemsTableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Return opens the selected application; it must never close the window.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    connect(m_ui->filterComboBox, &QComboBox::currentIndexChanged, this,
            &AttentionWindow::showItems);
    connect(m_ui->itemsTableWidget, &QTableWidget::itemSelectionChanged, this,
            &AttentionWindow::updateButtons);
    connect(m_ui->itemsTableWidget, &QTableWidget::activated, this, &AttentionWindow::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &AttentionWindow::openSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AttentionWindow::exportList);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AttentionWindow::refresh);
    connect(m_ui->closeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &AttentionWindow::refresh);

    updateButtons();
    refresh();
    m_ui->itemsTableWidget->setFocus();
}

AttentionWindow::~AttentionWindow() = default;

MessageBar* AttentionWindow::messageBar() const
{
    return m_ui->messageBar;
}

void AttentionWindow::fillFilters()
{
    const int current = qMax(0, m_ui->filterComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->filterComboBox);
    m_ui->filterComboBox->clear();
    m_ui->filterComboBox->addItem(tr("Everything that needs attention"), NoFilter);
    for (Kind kind : kinds())
        m_ui->filterComboBox->addItem(OfficeException::title(kind), int(kind));
    m_ui->filterComboBox->setCurrentIndex(current);
}

void AttentionWindow::showThresholds()
{
    const OfficeThresholds& t = m_thresholds;
    m_ui->thresholdsLabel->setText(
        tr("Thresholds: outbox %1 h, IIN %2 h, printing %3 h, handover %4 days, blanks %5 "
           "(Settings, administrator).")
            .arg(t.outboxStuckHours)
            .arg(t.iinWithinHours)
            .arg(t.printWithinHours)
            .arg(t.handoverWithinDays)
            .arg(t.blanksBelow));
}

void AttentionWindow::setThresholds(const OfficeThresholds& thresholds)
{
    m_thresholds = thresholds;
    showThresholds();
    refresh();
}

void AttentionWindow::setKindFilter(std::optional<OfficeException::Kind> kind)
{
    m_ui->filterComboBox->setCurrentIndex(
        m_ui->filterComboBox->findData(kind ? int(*kind) : NoFilter));
}

std::optional<OfficeException::Kind> AttentionWindow::kindFilter() const
{
    const int data = m_ui->filterComboBox->currentData().toInt();
    if (data == NoFilter)
        return std::nullopt;
    return Kind(data);
}

QList<OfficeException> AttentionWindow::shownItems() const
{
    return m_shown;
}

void AttentionWindow::refresh()
{
    if (!m_store)
        return;
    m_store->run(
        m_listing.next(),
        [login = m_operator.login, t = m_thresholds](StoreContext& c) {
            return ListNeedsAttention::run(c.database(), login, t, Clock::currentDateTimeUtc());
        },
        [this](Result<NeedsAttention> list) {
            if (!list)
                return m_ui->messageBar->showMessage(list.errorMessage(), MessageBar::Kind::Error);
            m_list = *list;
            showItems();
            const QString summary = ListNeedsAttention::summary(m_list);
            if (m_ui->messageBar->text().isEmpty() ||
                m_ui->messageBar->kind() != MessageBar::Kind::Positive)
                m_ui->messageBar->showMessage(
                    summary.isEmpty() ? tr("Nothing has passed its threshold.") : summary,
                    summary.isEmpty() ? MessageBar::Kind::Positive : MessageBar::Kind::Warning);
            emit refreshed();
        });
}

void AttentionWindow::showItems()
{
    const qint64 selectedId = selected() ? selected()->applicationId : 0;
    const std::optional<Kind> only = kindFilter();
    m_shown.clear();
    for (const OfficeException& e : m_list.items) {
        if (!only || e.kind == *only)
            m_shown << e;
    }
    QTableWidget* table = m_ui->itemsTableWidget;
    table->setRowCount(int(m_shown.size()));
    const QLocale locale;
    for (int row = 0; row < m_shown.size(); ++row) {
        const OfficeException& e = m_shown.at(row);
        const QStringList cells{
            OfficeException::title(e.kind),
            e.registrationNumber,
            e.operatorId,
            e.since.isValid() ? locale.toString(e.since.toLocalTime(), QLocale::ShortFormat)
                              : QString(),
            waitingText(e, m_list.asOf),
            e.detail,
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == cells.size() - 1)
                item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
        if (selectedId && e.applicationId == selectedId)
            table->selectRow(row);
    }
    m_ui->countLabel->setText(tr("%n item(s)", nullptr, int(m_shown.size())));
    updateButtons();
}

const OfficeException* AttentionWindow::selected() const
{
    const int row = m_ui->itemsTableWidget->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_ui->itemsTableWidget->selectionModel() ||
        !m_ui->itemsTableWidget->selectionModel()->isRowSelected(row))
        return nullptr;
    return &m_shown.at(row);
}

void AttentionWindow::updateButtons()
{
    const OfficeException* e = selected();
    m_ui->openButton->setEnabled(e && e->applicationId > 0);
    m_ui->exportButton->setEnabled(!m_list.items.isEmpty() && !m_exporting);
}

void AttentionWindow::openSelected()
{
    if (const OfficeException* e = selected(); e && e->applicationId > 0)
        emit openRequested(e->applicationId);
}

void AttentionWindow::exportList()
{
    if (m_exporting || !m_store || m_list.items.isEmpty())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the list for the registry's help desk"),
        QStringLiteral("needs-attention-%1.csv")
            .arg(m_list.asOf.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))),
        tr("Spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    m_exporting = true;
    updateButtons();
    // The list as shown is what goes out, every kind: the help desk gets the whole picture.
    m_store->run(
        this,
        [login = m_operator.login, list = m_list, path](StoreContext& c) {
            return ListNeedsAttention::exportCsv(c.database(), login, list, path);
        },
        [this, path](Status written) {
            m_exporting = false;
            updateButtons();
            if (!written)
                return m_ui->messageBar->showMessage(written.errorMessage(),
                                                     MessageBar::Kind::Error);
            m_ui->messageBar->showMessage(
                tr("The list is saved as %1 (recorded in the audit trail).").arg(path),
                MessageBar::Kind::Positive);
            emit exported(path);
        });
}

void AttentionWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilters();
        showThresholds();
        showItems();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

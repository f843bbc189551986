#include "ui/journal/JournalPage.h"
#include "ui_JournalPage.h"

#include "core/services/StoreThread.h"
#include "ui/journal/JournalModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace iin::ui {

namespace {

// The status filter's entry for requests waiting for the registry's officer: "sent", and held.
constexpr int AwaitingDecisionFilter = -2;

} // namespace

JournalPage::JournalPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::JournalPage>()), m_model(new JournalModel(this))
{
    m_ui->setupUi(this);
    m_ui->journalTableView->setModel(m_model);
    m_ui->journalTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->journalTableView->horizontalHeader()->setSectionResizeMode(JournalModel::NameColumn,
                                                                     QHeaderView::Stretch);
    m_ui->journalTableView->verticalHeader()->hide();
    m_ui->filterLayout->setStretchFactor(m_ui->searchLineEdit, 3);
    const int dateWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + fontMetrics().height();
    m_ui->fromDateLineEdit->setMaximumWidth(dateWidth * 3 / 2);
    m_ui->toDateLineEdit->setMaximumWidth(dateWidth * 3 / 2);
    // Row height from the font: the table scales with it, and no row is measured one by one.
    m_ui->journalTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->journalTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &JournalPage::applySearch);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_keepId = currentId();
        m_model->refresh();
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    for (QLineEdit* date : {static_cast<QLineEdit*>(m_ui->fromDateLineEdit),
                            static_cast<QLineEdit*>(m_ui->toDateLineEdit)})
        connect(date, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &JournalPage::applySearch);
    connect(m_ui->orderComboBox, &QComboBox::currentIndexChanged, this, &JournalPage::applySearch);
    connect(m_ui->journalTableView, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(m_ui->openButton, &QPushButton::clicked, this, &JournalPage::openCurrent);
    connect(m_model, &JournalModel::stateChanged, this, &JournalPage::updateNote);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Results that arrive after Enter in the search box: the first one is chosen.
        QTableView* table = m_ui->journalTableView;
        if (table->hasFocus() && !table->currentIndex().isValid())
            table->setCurrentIndex(m_model->index(0, 0));
        updateNote();
    });
    connect(m_model, &JournalModel::refreshed, this, [this] {
        if (m_keepId != 0)
            selectId(m_keepId);
        updateNote();
    });
    connect(m_ui->journalTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_ui->openButton->setEnabled(currentId() != 0); });
    m_ui->searchLineEdit->installEventFilter(this);

    // The note of a filter from the dashboard, under the search fields while it is in force.
    m_dashboardBar = new QWidget(this);
    m_dashboardBar->setObjectName(QStringLiteral("dashboardFilterBar"));
    auto* barLayout = new QHBoxLayout(m_dashboardBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    auto* barLabel = new QLabel(m_dashboardBar);
    barLabel->setObjectName(QStringLiteral("dashboardFilterLabel"));
    barLabel->setWordWrap(true);
    auto* clearButton = new QPushButton(m_dashboardBar);
    clearButton->setObjectName(QStringLiteral("clearDashboardFilterButton"));
    barLayout->addWidget(barLabel, 1);
    barLayout->addWidget(clearButton);
    m_ui->journalLayout->insertWidget(1, m_dashboardBar);
    m_dashboardBar->hide();
    connect(clearButton, &QPushButton::clicked, this, &JournalPage::clearDashboardFilter);

    fillCombos();
    refreshTexts();
    m_ui->openButton->setEnabled(false);
}

JournalPage::~JournalPage() = default;

void JournalPage::setJournal(StoreThread* journal)
{
    if (!m_painted && journal) {
        // Before the first frame: the page and its window show first, the rows a moment later.
        if (!m_pendingJournal)
            m_ui->journalTableView->viewport()->installEventFilter(this);
        m_pendingJournal = journal;
        updateNote();
        return;
    }
    m_pendingJournal = nullptr;
    m_model->setJournal(journal);
    updateNote();
}

void JournalPage::setOperator(const QString& login)
{
    m_model->setOperator(login);
}

void JournalPage::fillCombos()
{
    const int status = m_ui->statusComboBox->currentIndex();
    const int order = m_ui->orderComboBox->currentIndex();
    const QSignalBlocker blockStatus(m_ui->statusComboBox);
    const QSignalBlocker blockOrder(m_ui->orderComboBox);
    m_ui->statusComboBox->clear();
    m_ui->statusComboBox->addItem(tr("All statuses"), -1);
    for (ApplicationStatus s : ApplicationStatuses::all()) {
        m_ui->statusComboBox->addItem(JournalModel::statusName(s), int(s));
        // Among the sent ones, those an officer of the registry has to decide about.
        if (s == ApplicationStatus::Sent)
            m_ui->statusComboBox->addItem(JournalModel::awaitingDecisionName(),
                                          AwaitingDecisionFilter);
    }
    m_ui->statusComboBox->setCurrentIndex(std::max(status, 0));
    m_ui->orderComboBox->clear();
    m_ui->orderComboBox->addItem(tr("Newest first"), false);
    m_ui->orderComboBox->addItem(tr("Oldest first"), true);
    m_ui->orderComboBox->setCurrentIndex(std::max(order, 0));
}

void JournalPage::applySearch()
{
    m_searchTimer.stop();
    JournalQuery q;
    q.text = m_ui->searchLineEdit->text().trimmed();
    const int status = m_ui->statusComboBox->currentData().toInt();
    if (status >= 0)
        q.status = ApplicationStatus(status);
    if (status == AwaitingDecisionFilter) {
        q.status = ApplicationStatus::Sent;
        q.awaitingDecision = true;
    }
    // A date half typed is no filter yet.
    q.from = m_ui->fromDateLineEdit->date();
    q.to = m_ui->toDateLineEdit->date();
    q.ascending = m_ui->orderComboBox->currentData().toBool();
    q.unanswered = m_dashboardQuery.unanswered;
    q.queuedSince = m_dashboardQuery.queuedSince;
    q.queuedBefore = m_dashboardQuery.queuedBefore;
    q.changedSince = m_dashboardQuery.changedSince;
    q.changedBefore = m_dashboardQuery.changedBefore;
    const JournalQuery& was = m_model->query();
    if (q.text == was.text && q.status == was.status &&
        q.awaitingDecision == was.awaitingDecision && q.from == was.from && q.to == was.to &&
        q.ascending == was.ascending && q.unanswered == was.unanswered &&
        q.queuedSince == was.queuedSince && q.queuedBefore == was.queuedBefore &&
        q.changedSince == was.changedSince && q.changedBefore == was.changedBefore &&
        m_model->lastError().isEmpty())
        return;
    m_model->setQuery(q);
}

void JournalPage::showFiltered(const JournalQuery& query, const QString& description)
{
    {
        const QSignalBlocker blockText(m_ui->searchLineEdit);
        const QSignalBlocker blockStatus(m_ui->statusComboBox);
        const QSignalBlocker blockOrder(m_ui->orderComboBox);
        const QSignalBlocker blockFrom(m_ui->fromDateLineEdit);
        const QSignalBlocker blockTo(m_ui->toDateLineEdit);
        m_ui->searchLineEdit->clear();
        const int status = query.status ? int(*query.status) : -1;
        m_ui->statusComboBox->setCurrentIndex(std::max(0, m_ui->statusComboBox->findData(status)));
        m_ui->fromDateLineEdit->setDate(query.from);
        m_ui->toDateLineEdit->setDate(query.to);
        m_ui->orderComboBox->setCurrentIndex(
            std::max(0, m_ui->orderComboBox->findData(query.ascending)));
    }
    m_dashboardQuery = query;
    m_dashboardNote = description;
    refreshTexts();
    applySearch();
}

void JournalPage::clearDashboardFilter()
{
    {
        const QSignalBlocker blockStatus(m_ui->statusComboBox);
        const QSignalBlocker blockFrom(m_ui->fromDateLineEdit);
        const QSignalBlocker blockTo(m_ui->toDateLineEdit);
        m_ui->statusComboBox->setCurrentIndex(0);
        m_ui->fromDateLineEdit->clear();
        m_ui->toDateLineEdit->clear();
    }
    m_dashboardQuery = JournalQuery();
    m_dashboardNote.clear();
    refreshTexts();
    applySearch();
}

void JournalPage::refresh()
{
    m_refreshTimer.start();
}

void JournalPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

qint64 JournalPage::currentId() const
{
    const QModelIndex current = m_ui->journalTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool JournalPage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->journalTableView->setCurrentIndex(index);
    m_ui->journalTableView->scrollTo(index);
    return true;
}

void JournalPage::openCurrent()
{
    if (const qint64 id = currentId())
        emit openRequested(id);
}

void JournalPage::updateNote()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    QString note;
    if (m_pendingJournal)
        note = tr("Searching the journal…");
    else if (!m_model->hasJournal())
        note = tr("The journal is not available on this desk.");
    else if (!m_model->lastError().isEmpty())
        note = tr("The journal cannot be read: %1").arg(m_model->lastError());
    else if (rows == 0 && m_model->isLoading())
        note = tr("Searching the journal…");
    else if (rows == 0 && m_model->isAtEnd())
        note = m_model->query().text.isEmpty() && !m_model->query().status &&
                       !m_model->query().from.isValid() && !m_model->query().to.isValid()
                   ? tr("The journal has no applications yet.")
                   : tr("No application matches the search.");
    else if (m_model->isCapped())
        note = tr("Showing the first %1 applications — refine the search to see the others.")
                   .arg(locale.toString(rows));
    else if (m_model->isAtEnd())
        note = tr("%n application(s).", nullptr, rows);
    else if (rows > 0)
        note = tr("%1 applications shown; scroll down for more.").arg(locale.toString(rows));
    m_ui->noteLabel->setText(note);
    m_ui->noteLabel->setAccessibleName(note);
    m_ui->journalTableView->setAccessibleDescription(note);
    m_ui->openButton->setEnabled(currentId() != 0);
}

void JournalPage::sizeColumns()
{
    // Widths from the font, the header and the longest value of each column, not measured row
    // by row (the rows come page by page).
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    const QList<std::pair<int, QString>> widest{
        {JournalModel::RegistrationNumberColumn, QStringLiteral("ALM01-02-000017-R")},
        {JournalModel::StatusColumn, JournalModel::statusName(ApplicationStatus::Rejected)},
        {JournalModel::BirthDateColumn, QStringLiteral("00.00.0000")},
        {JournalModel::CitizenshipColumn, QStringLiteral("Uzbekistan Republic")},
        {JournalModel::DocumentColumn, QStringLiteral("AA00000000")},
        {JournalModel::IinColumn, QStringLiteral("000000000000")},
        {JournalModel::RegisteredAtColumn, QStringLiteral("00.00.0000 00:00")}};
    for (const auto& [column, text] : widest) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_ui->journalTableView->horizontalHeader()->resizeSection(
            column,
            std::max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(header)) + padding);
    }
}

void JournalPage::refreshTexts()
{
    fillCombos();
    m_dashboardBar->setVisible(!m_dashboardNote.isEmpty());
    m_dashboardBar->findChild<QLabel*>()->setText(
        tr("From the dashboard: %1").arg(m_dashboardNote));
    m_dashboardBar->findChild<QPushButton*>()->setText(tr("Show &all"));
    sizeColumns();
    m_model->retranslate();
    updateNote();
}

bool JournalPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->journalTableView->viewport() && event->type() == QEvent::Paint &&
        !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // After this frame is done.
        QTimer::singleShot(0, this, [this] {
            if (m_pendingJournal)
                setJournal(m_pendingJournal);
        });
    }
    // From the search box: Enter searches now and goes to the results, Down goes to them.
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            applySearch();
            QTableView* table = m_ui->journalTableView;
            table->setFocus(Qt::TabFocusReason);
            if (!table->currentIndex().isValid() && m_model->rowCount() > 0)
                table->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JournalPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace iin::ui

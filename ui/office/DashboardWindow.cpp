#include "ui/office/DashboardWindow.h"

#include "core/base/Clock.h"
#include "core/services/ComplaintJobs.h"
#include "core/services/StoreThread.h"
#include "ui/office/AgeBandsModel.h"
#include "ui/office/BlanksOnHandModel.h"
#include "ui/office/ComplaintDeadlinesModel.h"
#include "ui/office/OutcomesPerDayModel.h"
#include "ui/widgets/MessageBar.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace iin::ui {

namespace {

// One colour per outcome, the same wherever the desk shows statuses in colour: waiting in blue
// shades, done in greens, refused and rejected in reds, cancelled grey.
QColor outcomeColour(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::RefusedAtIntake:
        return QColor(0xE0, 0x8E, 0x45);
    case ApplicationStatus::Registered:
        return QColor(0x9E, 0xC5, 0xE8);
    case ApplicationStatus::Sent:
        return QColor(0x3A, 0x7D, 0xC1);
    case ApplicationStatus::IinAssigned:
        return QColor(0x7F, 0xC9, 0x7F);
    case ApplicationStatus::Rejected:
        return QColor(0xC6, 0x28, 0x28);
    case ApplicationStatus::CertificatePrinted:
        return QColor(0x2E, 0x8B, 0x57);
    case ApplicationStatus::HandedOver:
        return QColor(0x1B, 0x5E, 0x20);
    default:
        return QColor(0x9E, 0x9E, 0x9E);
    }
}

const QColor plain(0x3A, 0x7D, 0xC1);
const QColor alarm(0xC6, 0x28, 0x28);

// A value axis of whole numbers from 0, with room above the highest bar.
QValueAxis* countAxis(qint64 highest)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMin(0);
    const qint64 top = std::max<qint64>(highest, 4);
    axis->setMax(double(top + (top + 3) / 4));
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    // Whole numbers only: never a tick at 2.5 applications.
    const int ticks = int(axis->max()) <= 10 ? int(axis->max()) + 1 : 6;
    if (ticks >= 2 && int(axis->max()) % (ticks - 1) == 0)
        axis->setTickCount(ticks);
    return axis;
}

} // namespace

DashboardWindow::DashboardWindow(StoreThread* store, const Operator& op, QWidget* parent)
    : QDialog(parent), m_store(store), m_operator(op),
      m_thresholds(OfficeThresholds::load(QSettings())), m_outcomes(new OutcomesPerDayModel(this)),
      m_outbox(new AgeBandsModel(AgeBandsModel::Kind::Outbox, this)),
      m_handover(new AgeBandsModel(AgeBandsModel::Kind::Handover, this)),
      m_blanks(new BlanksOnHandModel(this)), m_complaints(new ComplaintDeadlinesModel(this)),
      m_asOfLabel(new QLabel(this)), m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    auto* refreshButton = new QPushButton(this);
    refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    refreshButton->setAutoDefault(false);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardWindow::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(m_asOfLabel, 1);
    top->addWidget(refreshButton);
    auto* grid = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        auto* view = new QChartView(this);
        view->setObjectName(QStringLiteral("chartView%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 260);
        m_views << view;
    }
    // The days across the top, the ages and the complaints below, the blanks a narrow strip.
    grid->addWidget(m_views[int(Chart::Outcomes)], 0, 0, 1, 2);
    grid->addWidget(m_views[int(Chart::Complaints)], 0, 2);
    grid->addWidget(m_views[int(Chart::Outbox)], 1, 0);
    grid->addWidget(m_views[int(Chart::Handover)], 1, 1);
    grid->addWidget(m_views[int(Chart::Blanks)], 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardWindow::reload);

    retranslate();
    resize(1280, 820);
    reload();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::setThresholds(const OfficeThresholds& thresholds)
{
    m_thresholds = thresholds;
    reload();
}

void DashboardWindow::setDays(int days)
{
    m_days = qBound(1, days, DashboardFigures::MaxDays);
    reload();
}

QChartView* DashboardWindow::chartView(Chart chart) const
{
    return m_views.value(int(chart));
}

QList<QBarSet*> DashboardWindow::barSets(Chart chart) const
{
    QChartView* view = chartView(chart);
    if (!view || view->chart()->series().isEmpty())
        return {};
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().first());
    return series ? series->barSets() : QList<QBarSet*>();
}

void DashboardWindow::refresh()
{
    m_refreshTimer.start();
}

void DashboardWindow::reload()
{
    m_refreshTimer.stop();
    if (!m_store)
        return;
    const OfficeThresholds thresholds = m_thresholds;
    const QString login = m_operator.login;
    const int days = m_days;
    m_store->run(
        m_loading.next(),
        complaintsJob([thresholds, login, days](ComplaintRegister& complaints, StoreContext& c) {
            return DashboardFigures::read(c.database().sql(), complaints, thresholds, login,
                                          Clock::currentDateTimeUtc(), days);
        }),
        [this](Result<Dashboard> dashboard) {
            if (!dashboard) {
                m_messageBar->showMessage(dashboard.errorMessage(), MessageBar::Kind::Error);
                return;
            }
            m_messageBar->clearMessage();
            showFigures(*dashboard);
        });
}

void DashboardWindow::showFigures(const Dashboard& dashboard)
{
    m_asOf = dashboard.now;
    m_outcomes->setDays(dashboard.days);
    m_outbox->setBands(dashboard.outbox.bands, dashboard.outbox.stuckHours);
    m_handover->setBands(dashboard.handover.bands, dashboard.handover.withinDays);
    m_blanks->setBlanks(dashboard.blanks);
    m_complaints->setCounts(dashboard.complaints);
    ++m_loads;
    retranslate();
    emit loaded();
}

void DashboardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Dashboard"));
    findChild<QPushButton*>(QStringLiteral("refreshPushButton"))->setText(tr("&Refresh"));
    m_asOfLabel->setText(
        m_asOf.isValid()
            ? tr("As of %1").arg(QLocale().toString(m_asOf.toLocalTime(), QLocale::ShortFormat))
            : tr("Reading the journal…"));
    m_outcomes->retranslate();
    m_outbox->retranslate();
    m_handover->retranslate();
    m_blanks->retranslate();
    m_complaints->retranslate();
    rebuildCharts();
}

void DashboardWindow::styleChart(QChart* chart) const
{
    // The theme's own fonts may lack Kazakh letters: the window's font has them (DeskStyle).
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->legend()->setFont(font());
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(font());
        // A category cut to "Within …" says nothing: the labels are short enough to fit whole.
        axis->setTruncateLabels(false);
        QFont axisTitle = font();
        axisTitle.setItalic(true);
        axis->setTitleFont(axisTitle);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
}

void DashboardWindow::setView(Chart which, QChart* chart)
{
    styleChart(chart);
    QChartView* view = m_views[int(which)];
    // A screen reader names the chart by its title.
    view->setAccessibleName(chart->title());
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardWindow::rebuildCharts()
{
    buildOutcomes();
    buildAges(Chart::Outbox, m_outbox);
    buildAges(Chart::Handover, m_handover);
    buildBlanks();
    buildComplaints();
}

void DashboardWindow::buildOutcomes()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Applications per day, by where they stand now"));
    auto* series = new QStackedBarSeries;
    const QList<ApplicationStatus> outcomes = DashboardFigures::outcomes();
    const int rows = m_outcomes->rowCount();
    for (int column = 0; column < outcomes.size(); ++column) {
        auto* set = new QBarSet(OutcomesPerDayModel::outcomeName(outcomes[column]));
        set->setColor(outcomeColour(outcomes[column]));
        set->setBorderColor(set->color().darker(120));
        for (int row = 0; row < rows; ++row)
            set->append(double(m_outcomes->index(row, column).data(Qt::EditRole).toLongLong()));
        connect(set, &QBarSet::clicked, this, [this, column](int row) {
            emit journalRequested(m_outcomes->query(row, column),
                                  m_outcomes->describe(row, column));
        });
        connect(set, &QBarSet::hovered, this, [this, column](bool on, int row) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   m_outcomes->describe(row, column) + QStringLiteral(": ") +
                                       m_outcomes->index(row, column).data().toString());
        });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList days;
    qint64 highest = 0;
    for (int row = 0; row < rows; ++row) {
        days << m_outcomes->headerData(row, Qt::Vertical).toString();
        highest = std::max(highest, m_outcomes->days().at(row).total());
    }
    auto* x = new QBarCategoryAxis;
    x->append(days);
    x->setTitleText(tr("Registered on"));
    auto* y = countAxis(highest);
    y->setTitleText(tr("Applications"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Eight outcomes in a row would be cut short: a column at the side holds their names whole.
    chart->legend()->setAlignment(Qt::AlignRight);
    setView(Chart::Outcomes, chart);
}

void DashboardWindow::buildAges(Chart which, AgeBandsModel* model)
{
    const bool outbox = model->kind() == AgeBandsModel::Kind::Outbox;
    auto* chart = new QChart;
    auto* series = new QBarSeries;
    auto* set = new QBarSet(model->headerData(0, Qt::Horizontal).toString());
    set->setColor(plain);
    // Past the threshold in red: a selected bar takes the set's selected colour.
    set->setSelectedColor(alarm);
    QStringList bands;
    qint64 highest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 n = model->index(row, 0).data(Qt::EditRole).toLongLong();
        set->append(double(n));
        bands << model->bandLabel(row);
        highest = std::max(highest, n);
        if (model->pastThreshold(row))
            set->selectBar(row);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    connect(set, &QBarSet::clicked, this, [this, model](int row) {
        emit journalRequested(model->query(row), model->describe(row));
    });
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(bands);
    auto* y = countAxis(highest);
    if (outbox) {
        chart->setTitle(tr("Requests not answered by the registry"));
        x->setTitleText(
            tr("Waiting (red: stuck, over %1 h)").arg(QLocale().toString(model->threshold())));
        y->setTitleText(tr("Requests"));
    } else {
        chart->setTitle(tr("Certificates printed, not handed over"));
        x->setTitleText(
            tr("Since printing (red: over %1 days)").arg(QLocale().toString(model->threshold())));
        y->setTitleText(tr("Certificates"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    setView(which, chart);
}

void DashboardWindow::buildBlanks()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Security-paper blanks on hand"));
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(m_blanks->headerData(0, Qt::Horizontal).toString());
    set->setColor(plain);
    set->setSelectedColor(alarm);
    QStringList rows;
    for (int row = BlanksOnHandModel::RowCount - 1; row >= 0; --row) {
        set->append(double(m_blanks->index(row, 0).data(Qt::EditRole).toLongLong()));
        rows << m_blanks->headerData(row, Qt::Vertical).toString();
    }
    // The threshold bar in grey; the stock in red when it is below it.
    set->selectBar(rows.size() - 1 - BlanksOnHandModel::OnHandRow);
    if (!m_blanks->short_())
        set->setSelectedColor(QColor(0x2E, 0x8B, 0x57));
    set->setColor(QColor(0x9E, 0x9E, 0x9E));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(rows);
    auto* x = countAxis(std::max(m_blanks->blanks().onHand, qint64(m_blanks->blanks().below)));
    x->setTitleText(m_blanks->short_() ? tr("Below the minimum stock") : tr("Blanks"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    setView(Chart::Blanks, chart);
}

void DashboardWindow::buildComplaints()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Unfinished complaints, by the first term"));
    // Bars across, so that the terms' names have the room they need; the most urgent on top
    // (a horizontal chart lists its categories from the bottom up).
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(m_complaints->headerData(0, Qt::Horizontal).toString());
    set->setColor(plain);
    set->setSelectedColor(alarm);
    QStringList names;
    qint64 highest = 0;
    const int rows = m_complaints->rowCount();
    for (int row = rows - 1; row >= 0; --row) {
        const qint64 n = m_complaints->index(row, 0).data(Qt::EditRole).toLongLong();
        set->append(double(n));
        if (m_complaints->deadlineAt(row) == ComplaintDeadline::Overdue)
            set->selectBar(int(set->count()) - 1);
        names << m_complaints->headerData(row, Qt::Vertical).toString();
        highest = std::max(highest, n);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    connect(set, &QBarSet::clicked, this, [this, rows](int bar) {
        emit complaintsRequested(m_complaints->deadlineAt(rows - 1 - bar));
    });
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = countAxis(highest);
    x->setTitleText(tr("Complaints"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    setView(Chart::Complaints, chart);
}

} // namespace iin::ui

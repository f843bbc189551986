#pragma once

#include "core/journal/Journal.h"
#include "core/office/DashboardFigures.h"
#include "core/operators/Operator.h"
#include "core/services/NewestAnswer.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace iin {
class StoreThread;
}

namespace iin::ui {

class AgeBandsModel;
class BlanksOnHandModel;
class ComplaintDeadlinesModel;
class MessageBar;
class OutcomesPerDayModel;

// The supervisor's dashboard (Permission::SuperviseOffice; docs/office.md, "The supervisor's
// dashboard"): applications per day by outcome, the outbox's age, the handover backlog by age,
// blanks on hand and complaints by the term that runs out first, each a chart over a model of
// its own. The figures are read by one job on the journal's StoreThread
// (DashboardFigures::read) and read again, coalesced, whenever refresh() is called (the main
// window calls it as the journal changes). A click on a bar asks for the journal (or the
// complaints register) showing what the bar counts. A dialog, so that locking the desk closes it
// with the rest.
class DashboardWindow : public QDialog
{
    Q_OBJECT

public:
    enum class Chart
    {
        Outcomes,
        Outbox,
        Handover,
        Blanks,
        Complaints,
    };
    // Changes within this time (a burst of answers from the registry) are read once.
    static constexpr int RefreshDelayMs = 500;

    DashboardWindow(iin::StoreThread* store, const Operator& op, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    // The limits the charts mark (default: the desk's settings).
    void setThresholds(const OfficeThresholds& thresholds);
    void setDays(int days);

    OutcomesPerDayModel* outcomesModel() const { return m_outcomes; }
    AgeBandsModel* outboxModel() const { return m_outbox; }
    AgeBandsModel* handoverModel() const { return m_handover; }
    BlanksOnHandModel* blanksModel() const { return m_blanks; }
    ComplaintDeadlinesModel* complaintsModel() const { return m_complaints; }
    QChartView* chartView(Chart chart) const;
    // The bar set of a chart's series (for the per-day chart, one per outcome).
    QList<QBarSet*> barSets(Chart chart) const;
    MessageBar* messageBar() const { return m_messageBar; }
    // How many times the figures have been shown.
    int loads() const { return m_loads; }

public slots:
    // Reads the figures again shortly (coalesced).
    void refresh();
    // Reads them now.
    void reload();

signals:
    void loaded();
    // A bar was clicked: the journal filtered to what it counts.
    void journalRequested(const iin::JournalQuery& query, const QString& description);
    void complaintsRequested(iin::ComplaintDeadline deadline);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showFigures(const Dashboard& dashboard);
    void rebuildCharts();
    void buildOutcomes();
    void buildAges(Chart chart, AgeBandsModel* model);
    void buildBlanks();
    void buildComplaints();
    void styleChart(QChart* chart) const;
    // Puts a chart, styled, in its view in place of the one before.
    void setView(Chart which, QChart* chart);
    void retranslate();

    QPointer<StoreThread> m_store;
    Operator m_operator;
    OfficeThresholds m_thresholds;
    int m_days = DashboardFigures::DefaultDays;
    QDateTime m_asOf;
    int m_loads = 0;
    QTimer m_refreshTimer;
    NewestAnswer m_loading{this};

    OutcomesPerDayModel* m_outcomes;
    AgeBandsModel* m_outbox;
    AgeBandsModel* m_handover;
    BlanksOnHandModel* m_blanks;
    ComplaintDeadlinesModel* m_complaints;
    QLabel* m_asOfLabel;
    MessageBar* m_messageBar;
    QList<QChartView*> m_views; // in the order of Chart
};

} // namespace iin::ui

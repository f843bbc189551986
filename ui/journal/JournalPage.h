#pragma once

#include "core/journal/Journal.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class JournalPage;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

class JournalModel;

// The journal of applications in the main window: a search box (IIN, registration number,
// document number or words of a name; searched 250 ms after the last keystroke), a status
// filter, a range of registration days, newest or oldest first, and the table, read page by
// page as it scrolls (JournalModel). Enter or a double click on a row asks to open it.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;
    // Refreshes asked for within this time (a burst of answers from the registry) come as one.
    static constexpr int RefreshDelayMs = 300;

    explicit JournalPage(QWidget* parent = nullptr);
    ~JournalPage() override;

    // The first page is asked for once the table has painted (the window's first frame does not
    // wait for the journal's answer and the rows' text); a journal handed over later, or again,
    // is read at once.
    void setJournal(iin::StoreThread* journal);
    // The operator whose searches are recorded as views (JournalModel::setOperator).
    void setOperator(const QString& login);
    JournalModel* model() const { return m_model; }

    // The search box, focused with its text selected (Ctrl+J, F3).
    void focusSearch();
    // The selected application, 0 when none.
    qint64 currentId() const;
    // Selects the application's row if it is among those shown.
    bool selectId(qint64 id);

    // Shows what a chart of the supervisor's dashboard counts: the query's status and days in
    // the filter's own fields, its other conditions (an unanswered request's age, the time in
    // the status) kept aside and said in a note with a button that drops them.
    void showFiltered(const iin::JournalQuery& query, const QString& description);
    // The note of that filter, empty when none is in force.
    QString dashboardFilter() const { return m_dashboardNote; }
    void clearDashboardFilter();

public slots:
    // Reads the journal again shortly (coalesced), keeping the selected application selected.
    void refresh();

signals:
    void openRequested(qint64 applicationId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshTexts();
    void fillCombos();
    void sizeColumns();
    void applySearch();
    void updateNote();
    void openCurrent();

    std::unique_ptr<Ui::JournalPage> m_ui;
    JournalModel* m_model;
    QTimer m_searchTimer;
    QTimer m_refreshTimer;
    // The conditions of a dashboard filter the fields cannot show (JournalQuery::unanswered,
    // queued*, changed*), and what it is about.
    JournalQuery m_dashboardQuery;
    QString m_dashboardNote;
    QWidget* m_dashboardBar = nullptr;
    qint64 m_keepId = 0; // selected when a refresh began: selected again after it
    // The journal handed over before the table's first paint, read from after it.
    QPointer<iin::StoreThread> m_pendingJournal;
    bool m_painted = false;
};

} // namespace iin::ui

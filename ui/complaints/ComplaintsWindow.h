#pragma once

#include "core/complaints/ComplaintRegister.h"
#include "core/documents/CertificateData.h"
#include "core/office/ComplaintDeadline.h"
#include "core/operators/Operator.h"
#include "core/services/NewestAnswer.h"
#include "core/usecases/CountComplaintReminders.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ComplaintsWindow;
}

namespace iin {
class StoreThread;
} // namespace iin

namespace iin::ui {

class ComplaintDialog;
class ComplaintOutcomeDialog;
class MessageBar;

// The supervisor's complaints register (Permission::ManageComplaints): the complaints with their
// terms, filtered (open, overdue, due soon, all), an overdue term marked in words as well as in
// colour; registering a complaint, recording an outcome, opening one with its history (an
// audited view) and exporting its summary to PDF. Everything runs as jobs on the journal's
// StoreThread (core/usecases). A dialog, so that locking the desk closes it with the rest.
class ComplaintsWindow : public QDialog
{
    Q_OBJECT

public:
    enum class Filter
    {
        Open,
        Overdue,
        DueSoon,
        NeedsAttention, // overdue or due soon
        All,
    };

    ComplaintsWindow(iin::StoreThread* store, const Operator& op, QWidget* parent = nullptr);
    ~ComplaintsWindow() override;

    // The day the terms are judged on (default: today).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }
    // What the printed summary says of the desk.
    void setOffice(const BilingualText& office) { m_office = office; }
    void setTrainingMode(bool training) { m_training = training; }

    MessageBar* messageBar() const;
    void setFilter(Filter filter);
    Filter filter() const;
    // Only the unfinished complaints whose first term runs out so (the dashboard's bars); any
    // other filter chosen drops it.
    void setDeadline(std::optional<iin::ComplaintDeadline> deadline);
    std::optional<ComplaintDeadline> deadline() const { return m_deadline; }
    int complaintCount() const { return int(m_entries.size()); }
    const QList<ComplaintEntry>& complaints() const { return m_entries; }
    qint64 openedComplaintId() const { return m_openedId; }

public slots:
    void refresh();
    ComplaintDialog* registerComplaint();
    ComplaintOutcomeDialog* recordOutcome();
    void openSelected();
    void exportSelected();

signals:
    void refreshed();
    void complaintOpened(qint64 complaintId);
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFilters();
    void showEntries();
    const ComplaintEntry* selected() const;
    void selectComplaint(qint64 id);
    void updateButtons();
    void showList(const QList<ComplaintEntry>& entries);
    void onAdded(ComplaintDialog* dialog, const Result<ComplaintEntry>& entry);
    void onOutcomeRecorded(ComplaintOutcomeDialog* dialog, const Result<ComplaintEntry>& entry);
    void remind();

    std::unique_ptr<Ui::ComplaintsWindow> m_ui;
    QPointer<StoreThread> m_store;
    Operator m_operator;
    QDate m_today;
    BilingualText m_office;
    bool m_training = false;
    QList<ComplaintEntry> m_entries;
    std::optional<ComplaintDeadline> m_deadline;
    qint64 m_openedId = 0;
    qint64 m_selectAfterRefresh = 0;
    QString m_afterRefreshMessage;
    bool m_exporting = false;
    // Of a list, a view and a reminder, only the answer to the newest request is shown.
    NewestAnswer m_listing{this};
    NewestAnswer m_opening{this};
    NewestAnswer m_reminding{this};
};

// "2 complaints are overdue, 1 is due soon" for the message bar; empty when neither.
QString complaintReminderText(const ComplaintReminder& reminder);

} // namespace iin::ui

#pragma once

#include "core/complaints/ComplaintRegister.h"
#include "core/documents/CertificateData.h"
#include "core/operators/Operator.h"
#include "core/services/ComplaintWorker.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

namespace Ui {
class ComplaintsWindow;
}

namespace iin {
class ComplaintClient;
class StoreThread;
} // namespace iin

namespace iin::ui {

class ComplaintDialog;
class ComplaintOutcomeDialog;
class MessageBar;

// The supervisor's complaints register (Permission::ManageComplaints): the complaints with their
// terms, filtered (open, overdue, due soon, all), an overdue term marked in words as well as in
// colour; registering a complaint, recording an outcome, opening one with its history (an
// audited view) and exporting its summary to PDF. Everything goes through a ComplaintWorker on
// the journal's thread. A dialog, so that locking the desk closes it with the rest.
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

    ComplaintsWindow(iin::StoreThread* journal, const Operator& op, QWidget* parent = nullptr);
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
    void onFailed(quint64 requestId, const QString& message);
    void onReminders(quint64 requestId, const iin::ComplaintWorker::Reminder& reminder);

    std::unique_ptr<Ui::ComplaintsWindow> m_ui;
    std::unique_ptr<ComplaintClient> m_client;
    Operator m_operator;
    QDate m_today;
    BilingualText m_office;
    bool m_training = false;
    QList<ComplaintEntry> m_entries;
    qint64 m_openedId = 0;
    qint64 m_selectAfterRefresh = 0;
    QString m_afterRefreshMessage;
    // Requests in flight, by what they were for.
    quint64 m_listRequest = 0;
    quint64 m_openRequest = 0;
    quint64 m_exportRequest = 0;
    quint64 m_reminderRequest = 0;
    QHash<quint64, QPointer<ComplaintDialog>> m_adding;
    QHash<quint64, QPointer<ComplaintOutcomeDialog>> m_recording;
};

// "2 complaints are overdue, 1 is due soon" for the message bar; empty when neither.
QString complaintReminderText(const ComplaintWorker::Reminder& reminder);

} // namespace iin::ui

#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace iin {
class ComplaintClient;
} // namespace iin

namespace iin::ui {

// One application's complaints with their terms, for the application's view: number,
// registration date, addressee, state and the term that needs attention first (an overdue one
// said in words). Read through a ComplaintWorker on the journal's thread; no personal data is
// shown, so nothing here is audited.
class ApplicationComplaintsWidget : public QWidget
{
    Q_OBJECT

public:
    // Asks through `client` (shared: answers are told apart by request id), which should outlive
    // the widget; without it the widget stays empty.
    explicit ApplicationComplaintsWidget(iin::ComplaintClient* client, QWidget* parent = nullptr);
    ~ApplicationComplaintsWidget() override;

    // Shows the complaints of this application (0: none).
    void setApplication(qint64 applicationId);
    qint64 applicationId() const { return m_applicationId; }
    // The day the terms are judged on (default: today).
    void setToday(const QDate& today);
    const QList<ComplaintEntry>& complaints() const { return m_entries; }

public slots:
    void refresh();

signals:
    void loaded(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshTexts();
    void showEntries(const QList<ComplaintEntry>& entries);
    void showRows(); // m_entries, in the current language

    QPointer<ComplaintClient> m_client;
    QLabel* m_summary;
    QTableWidget* m_table;
    qint64 m_applicationId = 0;
    QDate m_today;
    QList<ComplaintEntry> m_entries;
    quint64 m_request = 0;
};

} // namespace iin::ui

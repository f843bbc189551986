#pragma once

#include "core/complaints/ComplaintRegister.h"
#include "core/services/NewestAnswer.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace iin {
class StoreThread;
} // namespace iin

namespace iin::ui {

// One application's complaints with their terms, for the application's view: number,
// registration date, addressee, state and the term that needs attention first (an overdue one
// said in words). Read by a job on the journal's StoreThread; no personal data is shown, so
// nothing here is audited.
class ApplicationComplaintsWidget : public QWidget
{
    Q_OBJECT

public:
    // Reads through `store` (the journal's); without it the widget stays empty.
    explicit ApplicationComplaintsWidget(iin::StoreThread* store, QWidget* parent = nullptr);
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

    QPointer<StoreThread> m_store;
    QLabel* m_summary;
    QTableWidget* m_table;
    qint64 m_applicationId = 0;
    QDate m_today;
    QList<ComplaintEntry> m_entries;
    NewestAnswer m_reading{this}; // only the newest application's answer is shown
};

} // namespace iin::ui

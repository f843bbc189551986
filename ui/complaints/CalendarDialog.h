#pragma once

#include "core/calendar/CalendarData.h"
#include "core/operators/Operator.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class CalendarDialog;
}

namespace iin {
class ComplaintClient;
class StoreThread;
} // namespace iin

namespace iin::ui {

class MessageBar;

// The supervisor's editor of the working-day calendar (Permission::EditCalendar), year by year:
// the government's day transfers (a working weekend day and the day off it moves to, with the
// decree) and the first day of Kurban Ait, and how sure the data are. Saving checks the year
// (CalendarData::checkEditedYear), keeps it in the journal (CalendarStore, audited) and writes
// the new due dates into the unfinished complaints; the desk and the command-line tool then
// count with it. docs/calendar.md.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarDialog(iin::StoreThread* journal, const Operator& op, QWidget* parent = nullptr);
    ~CalendarDialog() override;

    MessageBar* messageBar() const;
    void setYear(int year);
    int year() const;
    // The year as it stands in the editor.
    CalendarYear editedYear() const;
    bool isLoaded() const { return m_loaded; }

public slots:
    void save();
    void revert();

signals:
    void loaded();
    // The year was saved (or reverted) and `changed` complaints got new due dates.
    void saved(int year, int changed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillStatuses();
    void showYear();
    void showTransfers();
    void addTransfer();
    void removeTransfer();
    void setBusy(bool busy);

    std::unique_ptr<Ui::CalendarDialog> m_ui;
    std::unique_ptr<ComplaintClient> m_client;
    Operator m_operator;
    CalendarData m_inForce;
    CalendarData m_edits;
    QList<DayTransfer> m_transfers;
    bool m_loaded = false;
    quint64 m_loadRequest = 0;
    quint64 m_saveRequest = 0;
};

} // namespace iin::ui

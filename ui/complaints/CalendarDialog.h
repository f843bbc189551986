#pragma once

#include "core/base/Result.h"
#include "core/calendar/CalendarData.h"
#include "core/operators/Operator.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

namespace Ui {
class CalendarDialog;
}

namespace iin {
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
    // The journal's calendar is read and saved by jobs on `store` (core/usecases/EditCalendar).
    CalendarDialog(iin::StoreThread* store, const Operator& op, QWidget* parent = nullptr);
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
    void load();
    void onSaved(int year, const Result<int>& changed);
    void onFailed(const QString& message);

    std::unique_ptr<Ui::CalendarDialog> m_ui;
    QPointer<StoreThread> m_store;
    Operator m_operator;
    CalendarData m_inForce;
    CalendarData m_edits;
    QList<DayTransfer> m_transfers;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace iin::ui

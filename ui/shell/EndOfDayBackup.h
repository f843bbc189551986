#pragma once

#include "core/backup/BackupSettings.h"
#include "core/base/Result.h"
#include "core/operators/Operator.h"
#include "core/usecases/DailyBackup.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace iin {
class StoreThread;
} // namespace iin

namespace iin::ui {

// The desk's own encrypted backup at the end of the day (docs/backup.md), for the main window:
// asked when the operator signs out or quits, and at the configured hour while the desk keeps
// running. BackupSchedule decides on the journal's thread (DailyBackup::runIfDue) from the
// clock and the last good backup in the audit trail; the job runs there too.
class EndOfDayBackup : public QObject
{
    Q_OBJECT

public:
    explicit EndOfDayBackup(QObject* parent = nullptr);

    // The signed-in operator makes the backup (recorded under their login); an operator who
    // does not work with the journal (the administrator) does not.
    void setJournal(iin::StoreThread* journal, const Operator& op, const QString& office,
                    const QString& desk);
    // Reads the backup settings again (and sets the timer for the next end of the day).
    void reloadSettings();

    // When a backup may be due now, starts the job and calls `then` once it has answered
    // (made, not due, or failed): true. False when none can be due (not configured, before the
    // hour, already made today): `then` is not called, the caller goes on at once.
    bool runThen(std::function<void()> then);

    // The newest good backup as last read from the journal (invalid: none, or not read yet).
    QDateTime lastGood() const { return m_lastGood; }

signals:
    void started();
    // The job answered: a backup made (outcome.made), not due, or an error.
    void finished(const iin::Result<iin::DailyBackupOutcome>& outcome);

private:
    void scheduleNext();
    bool mayBeDue() const;

    QPointer<StoreThread> m_journal;
    Operator m_operator;
    QString m_office, m_desk;
    BackupSettings m_settings;
    QDateTime m_lastGood;
    bool m_lastGoodRead = false;
    bool m_running = false;
    bool m_lastFailed = false;
    QTimer m_timer;
};

} // namespace iin::ui

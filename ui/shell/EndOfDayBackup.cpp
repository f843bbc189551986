#include "ui/shell/EndOfDayBackup.h"

#include "core/backup/BackupFolder.h"
#include "core/backup/BackupSchedule.h"
#include "core/base/Clock.h"
#include "core/operators/Role.h"
#include "core/services/StoreThread.h"
#include "core/usecases/DailyBackup.h"

#include <QSettings>

namespace iin::ui {

EndOfDayBackup::EndOfDayBackup(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!runThen([this] { scheduleNext(); }))
            scheduleNext();
    });
    reloadSettings();
}

void EndOfDayBackup::setJournal(StoreThread* journal, const Operator& op, const QString& office,
                                const QString& desk)
{
    m_journal = journal;
    m_operator = op;
    m_office = office;
    m_desk = desk;
    scheduleNext();
}

void EndOfDayBackup::reloadSettings()
{
    m_settings = BackupSettings::load(QSettings());
    scheduleNext();
}

bool EndOfDayBackup::mayBeDue() const
{
    if (!m_journal || !m_settings.enabled() || m_running)
        return false;
    if (!roleMay(m_operator.role, Permission::ViewApplications) &&
        !roleMay(m_operator.role, Permission::ExportData))
        return false;
    // Before the hour nothing is asked of the journal; after it, the job reads the audit trail
    // once and decides (the last good backup known here may be older than the trail's).
    const QDateTime now = Clock::currentDateTimeUtc();
    const BackupSchedule schedule(m_settings.at);
    return now >= schedule.endOfDay(now) && (!m_lastGoodRead || schedule.isDue(now, m_lastGood));
}

bool EndOfDayBackup::runThen(std::function<void()> then)
{
    if (!mayBeDue())
        return false;
    m_running = true;
    emit started();
    DailyBackupPlan plan{m_settings, m_office, m_desk, BackupFolder::defaultMediaRoots()};
    m_journal->run(
        this,
        [plan, login = m_operator.login](StoreContext& c) {
            return DailyBackup::runIfDue(c.database(), login, plan, Clock::currentDateTimeUtc());
        },
        [this, then = std::move(then)](Result<DailyBackupOutcome> outcome) {
            m_running = false;
            m_lastFailed = !outcome.ok();
            if (outcome) {
                m_lastGood = outcome->lastGood;
                m_lastGoodRead = true;
            }
            emit finished(outcome);
            if (then)
                then();
        });
    return true;
}

void EndOfDayBackup::scheduleNext()
{
    m_timer.stop();
    if (!m_journal || !m_settings.enabled())
        return;
    const QDateTime now = Clock::currentDateTimeUtc();
    constexpr qint64 minute = 60 * 1000;
    // Within a minute when it may be due already (a desk started in the evening), half an hour
    // after a failure (no stick, no folder: not every minute), else at the next end of the day
    // and a minute (a clock a little behind is not asked too early).
    qint64 ms = now.msecsTo(BackupSchedule(m_settings.at).nextCheck(now)) + minute;
    if (mayBeDue())
        ms = m_lastFailed ? 30 * minute : minute;
    ms = qBound<qint64>(minute, ms, 24 * 60 * minute);
    m_timer.start(std::chrono::milliseconds(ms));
}

} // namespace iin::ui

#include "core/backup/BackupSchedule.h"

namespace iin {

QDateTime BackupSchedule::endOfDay(const QDateTime& now) const
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date(), m_at, Qt::LocalTime).toUTC();
}

bool BackupSchedule::isDue(const QDateTime& now, const QDateTime& lastGood) const
{
    const QDateTime end = endOfDay(now);
    return now >= end && (!lastGood.isValid() || lastGood < end);
}

QDateTime BackupSchedule::nextCheck(const QDateTime& now) const
{
    const QDateTime end = endOfDay(now);
    if (now < end)
        return end;
    const QDate tomorrow = now.toLocalTime().date().addDays(1);
    return QDateTime(tomorrow, m_at, Qt::LocalTime).toUTC();
}

bool BackupSchedule::isStale(const QDateTime& now, const QDateTime& lastGood)
{
    return !lastGood.isValid() || lastGood.secsTo(now) > 24 * 60 * 60;
}

} // namespace iin

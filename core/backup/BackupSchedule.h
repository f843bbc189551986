#pragma once

#include <QDateTime>
#include <QTime>

namespace iin {

// When the desk makes its own backup: once a day, at the end of the day. The end of the day is
// a local time (BackupSettings::at); the backup is due from then until a good backup is
// recorded after it. The desk asks when an operator signs out or quits, and when the hour comes
// while it keeps running (nextCheck). Decided from the clock and the time of the last good
// backup only, so that a test moves the clock and asks again.
class BackupSchedule
{
public:
    explicit BackupSchedule(QTime at) : m_at(at) {}

    // Today's end of the day, as a UTC time, for `now`.
    QDateTime endOfDay(const QDateTime& now) const;
    // At or after today's end of the day, with no good backup since it. `lastGood` is invalid
    // when there has never been one.
    bool isDue(const QDateTime& now, const QDateTime& lastGood) const;
    // When to ask again: today's end of the day if it is still to come, else tomorrow's (UTC).
    QDateTime nextCheck(const QDateTime& now) const;
    // The last good backup is more than a day old (or there is none): the supervisor is told.
    static bool isStale(const QDateTime& now, const QDateTime& lastGood);

private:
    QTime m_at;
};

} // namespace iin

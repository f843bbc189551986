#include "core/base/Clock.h"

#include <QMutex>

namespace iin {

namespace {

QMutex& guard()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<const Clock>& installed()
{
    static std::shared_ptr<const Clock> clock;
    return clock;
}

} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    std::shared_ptr<const Clock> clock;
    {
        QMutexLocker lock(&guard());
        clock = installed();
    }
    return clock ? clock->now().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::setInstance(std::shared_ptr<const Clock> clock)
{
    QMutexLocker lock(&guard());
    installed() = std::move(clock);
}

} // namespace iin

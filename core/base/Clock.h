#pragma once

#include <QDateTime>

#include <memory>

namespace iin {

// The wall clock the sync worker reads, replaceable so that tests can set it back or forward
// while a worker runs (the way an operator or a faulty time service does). Production code asks
// Clock::currentDateTimeUtc(); a test installs its own Clock with setInstance() and removes it
// with setInstance(nullptr). The instance is read from every thread: an implementation must be
// thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    // nullptr: the system clock again.
    static void setInstance(std::shared_ptr<const Clock> clock);

protected:
    virtual QDateTime now() const = 0;
};

} // namespace iin

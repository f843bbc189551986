#pragma once

#include "core/base/Clock.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace iin::test {

// The system clock moved by an offset that a test changes while workers read it: a clock set
// back or forward by an operator, as Clock::currentDateTimeUtc() sees it. install() puts it in
// place; the guard it returns removes it.
class ShiftedClock : public Clock
{
public:
    void shift(std::chrono::milliseconds offset) { m_offsetMs.store(offset.count()); }

    struct Installed
    {
        ~Installed() { Clock::setInstance(nullptr); }
    };
    [[nodiscard]] static std::pair<std::shared_ptr<ShiftedClock>, std::unique_ptr<Installed>>
    install()
    {
        auto clock = std::make_shared<ShiftedClock>();
        Clock::setInstance(clock);
        return {clock, std::make_unique<Installed>()};
    }

protected:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
    }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace iin::test

#pragma once

#include <QDateTime>

namespace iin {

// Lockout after repeated failed logins. Pure rules over an operator's stored counters, so the
// store keeps the state (it survives restarts) and tests pass their own clock.
class LoginGuard
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    struct State
    {
        int failures = 0;
        QDateTime lockedUntil; // null when not locked
    };

    static bool isLocked(const State& s, const QDateTime& now);
    static State afterFailure(State s, const QDateTime& now);
    static State afterSuccess();
};

} // namespace iin

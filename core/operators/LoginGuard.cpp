#include "core/operators/LoginGuard.h"

namespace iin {

bool LoginGuard::isLocked(const State& s, const QDateTime& now)
{
    return s.lockedUntil.isValid() && now < s.lockedUntil;
}

LoginGuard::State LoginGuard::afterFailure(State s, const QDateTime& now)
{
    if (s.lockedUntil.isValid() && now >= s.lockedUntil) {
        // The lock has run out: start counting again.
        s.failures = 0;
        s.lockedUntil = {};
    }
    ++s.failures;
    if (s.failures >= MaxFailures)
        s.lockedUntil = now.addSecs(LockMinutes * 60);
    return s;
}

LoginGuard::State LoginGuard::afterSuccess()
{
    return {};
}

} // namespace iin

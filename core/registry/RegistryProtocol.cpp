#include "core/registry/RegistryProtocol.h"

namespace iin::registry {

bool isRetryableError(QStringView code)
{
    // Only conditions that go away by themselves. Everything else needs a person: a fix in the
    // desk's data or configuration, or the registry's operators (serial exhaustion).
    return code == QStringView(ErrorUnavailable) || code == QStringView(ErrorInternal) ||
           code == QStringView(ErrorPendingReview) || code == QStringView(ErrorRequestTimeout);
}

} // namespace iin::registry

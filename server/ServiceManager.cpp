#include "server/ServiceManager.h"

#ifdef IIN_HAVE_LIBSYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace iin::server {

void ServiceManager::notifyReady()
{
#ifdef IIN_HAVE_LIBSYSTEMD
    // A failure to notify is no reason to stop serving: systemd then times the start out itself.
    sd_notify(0, "READY=1");
#endif
}

void ServiceManager::notifyStopping()
{
#ifdef IIN_HAVE_LIBSYSTEMD
    sd_notify(0, "STOPPING=1");
#endif
}

} // namespace iin::server

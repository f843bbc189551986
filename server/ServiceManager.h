#pragma once

namespace iin::server {

// Tells the service manager (systemd, Type=notify in packaging/iin-registryd.service) when the
// registry is ready and when it begins to stop. Without a manager (NOTIFY_SOCKET unset, e.g. in
// the tests or a shell) or in a build without libsystemd, both calls do nothing.
class ServiceManager
{
public:
    // Once the server listens: systemd then starts the units ordered after the registry.
    static void notifyReady();
    // On SIGTERM or SIGINT, before the requests in flight are finished.
    static void notifyStopping();
};

} // namespace iin::server

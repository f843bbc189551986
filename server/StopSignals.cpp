#include "server/StopSignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace iin::server {

using namespace Qt::StringLiterals;

namespace {

// [0]: written by the handler, [1]: read by the notifier. -1: not installed.
int g_pipe[2] = {-1, -1};

extern "C" void onStopSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    // Nothing else is safe here; a full pipe (signals faster than the loop reads) loses nothing
    // that matters: one byte already waits.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
    errno = saved;
}

Error signalError(const char* what)
{
    return Error{u"signals"_s,
                 u"Cannot catch SIGTERM (%1): %2"_s.arg(
                     QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)))};
}

} // namespace

Result<std::unique_ptr<StopSignals>> StopSignals::install()
{
    if (g_pipe[0] >= 0)
        return Error{u"signals"_s, u"Stop signals are already caught."_s};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return signalError("socketpair");
    std::unique_ptr<StopSignals> s(new StopSignals);
    s->m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, s.get());
    connect(s->m_notifier, &QSocketNotifier::activated, s.get(), &StopSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &action, nullptr) != 0 || ::sigaction(SIGINT, &action, nullptr) != 0)
        return signalError("sigaction");
    return s;
}

StopSignals::~StopSignals()
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void StopSignals::onReadable()
{
    char bytes[16];
    const ssize_t n = ::read(g_pipe[1], bytes, sizeof bytes);
    for (ssize_t i = 0; i < n; ++i)
        emit stopRequested(int(bytes[i]));
}

} // namespace iin::server

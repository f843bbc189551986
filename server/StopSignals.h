#pragma once

#include "core/base/Result.h"

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace iin::server {

// SIGTERM and SIGINT as a Qt signal on the thread that installed them, so that iin-registryd can
// stop gracefully (docs/registry.md, "Stopping"). A signal handler may do next to nothing: it
// writes the signal's number into a pipe of its own (write() is async-signal-safe), and a
// socket notifier in the event loop reads it there.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    // At most one at a time in a process: the handlers write to its pipe.
    static Result<std::unique_ptr<StopSignals>> install();
    ~StopSignals() override; // the default handlers again

signals:
    void stopRequested(int signal);

private:
    StopSignals() = default;
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace iin::server

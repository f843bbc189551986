#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace iin {

// What the desk shows about its link to the registry: the sync worker reports it (a snapshot
// and a signal, docs/sync.md), the status bar displays it.
struct SyncState
{
    bool online = false;
    int pending = 0;    // applications waiting to be sent or answered (in flight included)
    QDateTime lastSync; // the last successful exchange; null if none yet
    QString lastError;  // translated, empty when the last exchange succeeded

    int inFlight = 0;  // sent, answer awaited right now
    int overdue = 0;   // waiting longer than the time limit on "IIN requested": the supervisor's
    int attention = 0; // held back by a fault only a person can clear (answer mismatch, ...)
    bool paused = false;
    bool training = false; // the embedded training registry, not the national register
    // The registry's clock minus the desk's, in seconds, while they differ by more than the
    // tolerance (SyncWorker::Options::clockTolerance); 0 when they agree or nothing was heard.
    qint64 clockSkewSeconds = 0;

    // Since the worker started: requests sent, and the answers recorded.
    int sent = 0;
    int formed = 0;
    int existing = 0;
    int rejected = 0;

    friend bool operator==(const SyncState&, const SyncState&) = default;
};

} // namespace iin

Q_DECLARE_METATYPE(iin::SyncState)

#pragma once

#include <QDateTime>
#include <QString>

namespace iin {

// What the desk shows about its link to the registry: the sync worker reports it, the status bar
// displays it.
struct SyncState
{
    bool online = false;
    int pending = 0;    // applications waiting to be sent or answered
    QDateTime lastSync; // the last successful exchange; null if none yet
    QString lastError;  // translated, empty when the last exchange succeeded

    friend bool operator==(const SyncState&, const SyncState&) = default;
};

} // namespace iin

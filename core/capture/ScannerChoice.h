#pragma once

#include <QString>

class QSettings;

namespace iin {

// What the scan dialog remembers between scans in the desk's settings file: the device last
// scanned from (by its SANE name, shown again first when it is still there), the resolution and
// whether the feeder was used. Kept apart from DeskSettings: the clerk's last choice, not the
// administrator's configuration, and no audit entry.
struct ScannerChoice
{
    static constexpr int DefaultDpi = 300;

    QString device;
    int dpi = DefaultDpi;
    bool feeder = false;

    static ScannerChoice load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace iin

#include "core/capture/ScannerChoice.h"

#include <QSettings>

namespace iin {

namespace {
const QString DeviceKey = QStringLiteral("scanner/device");
const QString DpiKey = QStringLiteral("scanner/dpi");
const QString FeederKey = QStringLiteral("scanner/feeder");
} // namespace

ScannerChoice ScannerChoice::load(const QSettings& settings)
{
    ScannerChoice c;
    c.device = settings.value(DeviceKey).toString();
    c.dpi = settings.value(DpiKey, DefaultDpi).toInt();
    if (c.dpi < 50 || c.dpi > 1200)
        c.dpi = DefaultDpi;
    c.feeder = settings.value(FeederKey, false).toBool();
    return c;
}

void ScannerChoice::save(QSettings& settings) const
{
    settings.setValue(DeviceKey, device);
    settings.setValue(DpiKey, dpi);
    settings.setValue(FeederKey, feeder);
}

} // namespace iin

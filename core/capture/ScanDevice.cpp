#include "core/capture/ScanDevice.h"

namespace iin {

QString ScanDevice::displayName() const
{
    QString text = QStringList{vendor, model}.join(u' ').trimmed();
    if (text.isEmpty())
        return name;
    return text + QStringLiteral(" (") + name + u')';
}

} // namespace iin

#pragma once

#include <QList>
#include <QString>

namespace iin {

// A scanner as SANE lists it. `name` is what opens it ("test:0", "epson2:libusb:001:005"); the
// USB part changes when the cable moves, so the desk remembers the name but shows vendor and
// model. Virtual devices (SANE's `test` and `pnm`) are listed too: the tests and a training
// desk scan from them.
struct ScanDevice
{
    QString name;
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", "virtual device"...

    QString displayName() const;

    friend bool operator==(const ScanDevice&, const ScanDevice&) = default;
};

using ScanDevices = QList<ScanDevice>;

} // namespace iin

#pragma once

#include <QList>
#include <QString>

namespace iin {

// One backend option as scanimage takes it (`--name value`): SANE's option name and the value
// as text. Numbers are snapped to the option's range or word list, strings matched against its
// list ignoring case, "yes"/"no" for switches, "auto" where the backend can choose.
struct ScanOption
{
    QString name;
    QString value;

    // "resolution=300" → {"resolution", "300"}; nullopt-like empty name when there is no '='.
    static ScanOption parse(const QString& text);
};

enum class ScanMode
{
    Default, // whatever the device is set to
    Color,
    Gray,
    Lineart,
};

enum class ScanSource
{
    Default,         // the device's current source; NO_DOCS after a page ends a batch cleanly
    Flatbed,         // the glass, where the device has a choice
    Feeder,          // the automatic document feeder; an error when the device has none
    FeederIfOffered, // the feeder where there is one, else as Default
};

// What to scan: the device, resolution, mode and source, how many pages, and backend options
// applied last (so that an explicit `source=...` or `resolution=...` wins).
struct ScanRequest
{
    QString device;
    int dpi = 0; // 0: the device's current resolution
    ScanMode mode = ScanMode::Default;
    ScanSource source = ScanSource::Default;
    // At most this many pages; 0 with a feeder: until the feeder is empty (with no feeder, one).
    int pages = 1;
    QList<ScanOption> options;
};

} // namespace iin

#pragma once

#include "core/base/Result.h"

#include <QImage>
#include <QList>

namespace iin {

// One scanned page: the image (8-bit gray or RGB; SANE's 1- and 16-bit samples are brought to
// 8 bits) and the resolution it was scanned at, which the PDF needs for the page's size.
struct ScannedPage
{
    QImage image;
    int dpi = 0;

    // Turned by a multiple of 90° (clockwise for positive quarter turns); the resolution stays.
    ScannedPage rotated(int quarterTurns) const;
    // Width and height in PDF points (1/72 inch) at the page's resolution.
    QSizeF sizeInPoints() const;
};

using ScannedPages = QList<ScannedPage>;

// The end of a scan: every page read before anything went wrong, and the error if something did
// (a jam, an empty feeder, the device gone, a cancel: code "scanner.cancelled"). Pages are never
// dropped because a later one failed.
struct ScanOutcome
{
    ScannedPages pages;
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace iin

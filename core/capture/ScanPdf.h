#pragma once

#include "core/base/Result.h"
#include "core/capture/ScannedPage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iin {

// Scanned pages as one PDF: each page a JPEG image (DCTDecode, so a 300-dpi A4 page is some
// hundred kilobytes rather than the 25 MB of its raw pixels) on a page exactly the scanned size
// at the page's resolution. Written by hand, a few objects a page, because QPdfWriter decides
// itself how to compress an image and gives no hold on the page size in pixels and dpi.
class ScanPdf
{
    Q_DECLARE_TR_FUNCTIONS(ScanPdf)

public:
    static constexpr int DefaultQuality = 75;

    static Result<QByteArray> toPdf(const ScannedPages& pages, int jpegQuality = DefaultQuality);
    // Written atomically (QSaveFile): the file is there whole or not at all.
    static Status write(const ScannedPages& pages, const QString& path,
                        int jpegQuality = DefaultQuality);
};

} // namespace iin

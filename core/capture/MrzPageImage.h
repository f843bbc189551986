#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace iin {

// A scanned page as the MRZ reader sees it: one greyscale image and the resolution it was
// scanned at when the file says so. Loads PNG, JPEG, TIFF (Qt's image plugins; TIFF from
// qt6-image-formats-plugins) and the first page of a PDF (rendered by poppler at 300 dpi).
class MrzPageImage
{
    Q_DECLARE_TR_FUNCTIONS(MrzPageImage)

public:
    static constexpr int PdfDpi = 300;

    // The file's format is told by its content, not its name.
    static Result<MrzPageImage> load(const QString& path);
    static MrzPageImage fromImage(const QImage& image);

    const QImage& grey() const { return m_grey; }
    // Dots per inch recorded in the file, 0 when unknown (many scanners write 72 or nothing).
    int dpi() const { return m_dpi; }

private:
    QImage m_grey;
    int m_dpi = 0;
};

} // namespace iin

#include "core/capture/MrzPageImage.h"

#include <QFile>
#include <QImageReader>

#include <poppler-qt6.h>

#include <memory>

namespace iin {

namespace {

Error unreadable(const QString& path)
{
    return {
        QStringLiteral("mrz.image.unreadable"),
        MrzPageImage::tr("%1 is not a readable image: PNG, JPEG, TIFF or PDF expected.").arg(path)};
}

Result<QImage> firstPdfPage(const QString& path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked() || document->numPages() < 1)
        return unreadable(path);
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    const std::unique_ptr<Poppler::Page> page = document->page(0);
    if (!page)
        return unreadable(path);
    QImage image = page->renderToImage(MrzPageImage::PdfDpi, MrzPageImage::PdfDpi);
    if (image.isNull())
        return unreadable(path);
    const int dotsPerMeter = qRound(MrzPageImage::PdfDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

} // namespace

Result<MrzPageImage> MrzPageImage::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path);
    const QByteArray head = file.peek(5);
    file.close();
    if (head == "%PDF-") {
        Result<QImage> page = firstPdfPage(path);
        if (!page)
            return page.error();
        return fromImage(*page);
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QImage image = reader.read();
    if (image.isNull())
        return unreadable(path);
    return fromImage(image);
}

MrzPageImage MrzPageImage::fromImage(const QImage& image)
{
    MrzPageImage page;
    page.m_grey = image.format() == QImage::Format_Grayscale8
                      ? image
                      : image.convertToFormat(QImage::Format_Grayscale8);
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    // 72 and 96 are what writers put when they know nothing.
    page.m_dpi = (dpi >= 100 && dpi <= 2400) ? dpi : 0;
    return page;
}

} // namespace iin

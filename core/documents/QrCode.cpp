#include "core/documents/QrCode.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QTemporaryDir>

// We read raw bytes only; this opts in to ZXing's UTF-8 text API and silences its notice.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>
#include <qrencode.h>

#include <memory>

namespace iin {

Result<QrCode> QrCode::encode(const QByteArray& data)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()),
                          reinterpret_cast<const unsigned char*>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return Error{QStringLiteral("qr.encode"), tr("The data do not fit in a QR code.")};
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = char(code->data[i] & 1); // bit 0: dark module
    return qr;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    const int total = m_size + 2 * QuietZone;
    const double module = std::min(target.width(), target.height()) / total;
    painter.save();
    painter.fillRect(target, Qt::white);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        // One rectangle per run of dark modules keeps the PDF small and free of hairline gaps.
        for (int x = 0; x < m_size;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && dark(x, y))
                ++x;
            path.addRect(QRectF(target.left() + (QuietZone + start) * module,
                                target.top() + (QuietZone + y) * module, (x - start) * module,
                                module));
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    const int side = (m_size + 2 * QuietZone) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!dark(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar* line = image.scanLine((QuietZone + y) * pixelsPerModule + dy);
                std::fill_n(line + (QuietZone + x) * pixelsPerModule, pixelsPerModule, 0);
            }
        }
    }
    return image;
}

QList<QByteArray> QrReader::read(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    QList<QByteArray> found;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (r.isValid())
            found.append(QByteArray(reinterpret_cast<const char*>(r.bytes().data()),
                                    qsizetype(r.bytes().size())));
    }
    return found;
}

Result<QList<QByteArray>> QrReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("qr.read"),
                     tr("Cannot read %1: %2").arg(path, file.errorString())};
    const bool pdf = file.peek(5) == "%PDF-";
    file.close();
    if (!pdf) {
        const QImage image(path);
        if (image.isNull())
            return Error{QStringLiteral("qr.format"),
                         tr("%1 is neither a PDF nor an image this program can read.").arg(path)};
        return read(image);
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QStringLiteral("qr.temp"), tr("Cannot create a temporary folder.")};
    QProcess pdftoppm;
    // 200 dpi gives a 1 mm module about 8 pixels: plenty for the reader, quick to rasterize.
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                    QStringLiteral("-png"), path, dir.filePath(QStringLiteral("page"))});
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitStatus() != QProcess::NormalExit ||
        pdftoppm.exitCode() != 0)
        return Error{QStringLiteral("qr.pdf"),
                     tr("Cannot rasterize the PDF %1 (is pdftoppm from poppler-utils "
                        "installed?).")
                         .arg(path)};
    QList<QByteArray> found;
    const QStringList pages =
        QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString& page : pages)
        found += read(QImage(dir.filePath(page)));
    return found;
}

} // namespace iin

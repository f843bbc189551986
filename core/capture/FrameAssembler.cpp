#include "core/capture/FrameAssembler.h"

#include "core/capture/ScannerErrors.h"

#include <cstring>

namespace iin {

namespace {

// Sample `index` of a line as 0-255. Depth 1 gives 0 or 255 (the caller decides what a set bit
// means).
uchar sampleAt(const uchar* line, int index, int depth)
{
    switch (depth) {
    case 1:
        return (line[index / 8] & (0x80 >> (index % 8))) ? 255 : 0;
    case 16: {
        quint16 value;
        std::memcpy(&value, line + 2 * index, 2); // host byte order, as SANE sends it
        return uchar(value >> 8);
    }
    default:
        return line[index];
    }
}

} // namespace

Status FrameAssembler::addFrame(const FrameFormat& format, const QByteArray& data)
{
    const int depth = format.depth;
    const int samplesPerPixel = format.kind == FrameFormat::Rgb ? 3 : 1;
    const qint64 neededBits = qint64(format.pixelsPerLine) * samplesPerPixel * depth;
    if ((depth != 1 && depth != 8 && depth != 16) || format.pixelsPerLine <= 0 ||
        format.bytesPerLine <= 0 || neededBits > qint64(format.bytesPerLine) * 8)
        return ScannerErrors::badImage();
    int lines = int(data.size() / format.bytesPerLine);
    if (format.lines >= 0)
        lines = std::min(lines, format.lines);
    if (lines <= 0)
        return ScannerErrors::badImage();
    const int width = format.pixelsPerLine;
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());

    if (format.kind == FrameFormat::Gray) {
        m_image = QImage(width, lines, QImage::Format_Grayscale8);
        for (int y = 0; y < lines; ++y) {
            const uchar* in = bytes + qsizetype(y) * format.bytesPerLine;
            uchar* out = m_image.scanLine(y);
            if (depth == 8) {
                std::memcpy(out, in, width);
                continue;
            }
            for (int x = 0; x < width; ++x) {
                const uchar v = sampleAt(in, x, depth);
                out[x] = depth == 1 ? uchar(255 - v) : v; // line art: a set bit is black
            }
        }
        return {};
    }

    if (format.kind == FrameFormat::Rgb) {
        m_image = QImage(width, lines, QImage::Format_RGB888);
        for (int y = 0; y < lines; ++y) {
            const uchar* in = bytes + qsizetype(y) * format.bytesPerLine;
            uchar* out = m_image.scanLine(y);
            if (depth == 8) {
                std::memcpy(out, in, qsizetype(width) * 3);
                continue;
            }
            for (int i = 0; i < width * 3; ++i)
                out[i] = sampleAt(in, i, depth);
        }
        return {};
    }

    // One band of a three-pass scan: the first band sets the page's size.
    const int channel = format.kind == FrameFormat::Red     ? 0
                        : format.kind == FrameFormat::Green ? 1
                                                            : 2;
    if (m_image.isNull() || m_image.format() != QImage::Format_RGB888) {
        m_image = QImage(width, lines, QImage::Format_RGB888);
        m_image.fill(Qt::black);
    }
    const int w = std::min(width, m_image.width());
    const int h = std::min(lines, m_image.height());
    for (int y = 0; y < h; ++y) {
        const uchar* in = bytes + qsizetype(y) * format.bytesPerLine;
        uchar* out = m_image.scanLine(y);
        for (int x = 0; x < w; ++x)
            out[3 * x + channel] = sampleAt(in, x, depth);
    }
    return {};
}

} // namespace iin

#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QImage>

namespace iin {

// The shape of one SANE frame (SANE_Parameters without the SANE types).
struct FrameFormat
{
    enum Kind
    {
        Gray,
        Rgb,
        Red,
        Green,
        Blue,
    };
    Kind kind = Gray;
    int bytesPerLine = 0;
    int pixelsPerLine = 0;
    int lines = -1; // -1: not known before the end (hand scanners, some feeders)
    int depth = 8;  // 1, 8 or 16 bits a sample
};

// Builds a page from the frames SANE sends: one gray or RGB frame, or a red, a green and a blue
// frame from a three-pass scanner, in any order. Depth 1 (gray: 1 is black; colour: 1 is full
// intensity), 8 and 16 (host byte order) all come out as 8-bit gray or RGB. The height is what
// arrived when it was unknown, and a frame cut short (a backend that ends early) is kept as far
// as it came.
class FrameAssembler
{
public:
    Status addFrame(const FrameFormat& format, const QByteArray& data);
    // Grayscale8 or RGB888; null until a frame was added.
    QImage image() const { return m_image; }

private:
    QImage m_image;
};

} // namespace iin

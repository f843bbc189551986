#include "core/capture/MrzCellClassifier.h"

#include <algorithm>
#include <cmath>

namespace iin {

MrzCellClassifier::MrzCellClassifier(const QImage& grey, const MrzGlyphs& glyphs)
    : m_grey(grey), m_glyphs(glyphs)
{
}

void MrzCellClassifier::sample(const MrzLineGeometry& line, int index, int reach,
                               std::vector<float>& out) const
{
    const int w = MrzGlyphs::Pitch + 2 * reach;
    const int h = MrzGlyphs::Height + 2 * reach;
    out.assign(size_t(w) * h, 0.0f);
    const QPointF centre = line.cellCentre(index);
    const QPointF ux = line.step / MrzGlyphs::Pitch; // one normalised pixel along
    const QPointF uy = line.down() / MrzGlyphs::Pitch;
    const double scale = std::hypot(ux.x(), ux.y());
    const int k = std::clamp(int(std::lround(scale)), 1, 4);
    const int width = m_grey.width();
    const int height = m_grey.height();
    const uchar* bits = m_grey.constBits();
    const qsizetype stride = m_grey.bytesPerLine();
    auto pixel = [&](double x, double y) -> double {
        // Bilinear; outside the page is paper.
        if (x < 0 || y < 0 || x > width - 1.001 || y > height - 1.001)
            return 255.0;
        const int x0 = int(x);
        const int y0 = int(y);
        const double fx = x - x0;
        const double fy = y - y0;
        const uchar* r0 = bits + y0 * stride + x0;
        const uchar* r1 = r0 + stride;
        return (r0[0] * (1 - fx) + r0[1] * fx) * (1 - fy) + (r1[0] * (1 - fx) + r1[1] * fx) * fy;
    };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const double ox = x - w / 2.0 + 0.5;
            const double oy = y - h / 2.0 + 0.5;
            double sum = 0;
            for (int sy = 0; sy < k; ++sy) {
                for (int sx = 0; sx < k; ++sx) {
                    const double px = ox + (sx + 0.5) / k - 0.5;
                    const double py = oy + (sy + 0.5) / k - 0.5;
                    const QPointF p = centre + px * ux + py * uy;
                    sum += pixel(p.x(), p.y());
                }
            }
            out[size_t(y) * w + x] = float(255.0 - sum / (k * k));
        }
    }
}

MrzCellMatch MrzCellClassifier::classify(const MrzLineGeometry& line, int index, int reach) const
{
    thread_local std::vector<float> cell;
    sample(line, index, reach, cell);
    const int w = MrzGlyphs::Pitch + 2 * reach;
    const qsizetype glyphCount = m_glyphs.count();
    MrzCellMatch match;
    match.scores.assign(size_t(glyphCount), -1.0f);
    float bestScore = -2;
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            const float* origin = cell.data() + size_t(reach + dy) * w + (reach + dx);
            double sum = 0;
            double squares = 0;
            for (int y = 0; y < MrzGlyphs::Height; ++y) {
                const float* row = origin + size_t(y) * w;
                for (int x = 0; x < MrzGlyphs::Pitch; ++x) {
                    sum += row[x];
                    squares += double(row[x]) * row[x];
                }
            }
            const double variance = squares - sum * sum / MrzGlyphs::Size;
            if (variance <= 1e-6)
                continue;
            const float norm = float(1.0 / std::sqrt(variance));
            for (qsizetype g = 0; g < glyphCount; ++g) {
                const float* t = m_glyphs.glyph(g);
                float dot = 0;
                for (int y = 0; y < MrzGlyphs::Height; ++y) {
                    const float* row = origin + size_t(y) * w;
                    const float* trow = t + y * MrzGlyphs::Pitch;
                    for (int x = 0; x < MrzGlyphs::Pitch; ++x)
                        dot += row[x] * trow[x];
                }
                const float score = dot * norm;
                if (score > match.scores[size_t(g)])
                    match.scores[size_t(g)] = score;
                if (score > bestScore) {
                    bestScore = score;
                    match.best = int(g);
                    match.dx = dx;
                    match.dy = dy;
                }
            }
        }
    }
    return match;
}

} // namespace iin

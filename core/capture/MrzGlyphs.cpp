#include "core/capture/MrzGlyphs.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <vector>

namespace iin {

namespace {

// Drawn this many times larger and averaged down: hinting and antialiasing at 20 pixels would
// distort the shapes that tell 0 from O and 8 from B.
constexpr int Supersampling = 4;

void gaussianBlur(float* cell, double sigma)
{
    const int radius = int(std::ceil(3 * sigma));
    std::vector<double> kernel(size_t(2 * radius + 1));
    double total = 0;
    for (int i = -radius; i <= radius; ++i)
        total += kernel[size_t(i + radius)] = std::exp(-0.5 * i * i / (sigma * sigma));
    for (double& k : kernel)
        k /= total;
    const int w = MrzGlyphs::Pitch;
    const int h = MrzGlyphs::Height;
    std::vector<double> rows(size_t(MrzGlyphs::Size));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            double v = 0;
            for (int i = -radius; i <= radius; ++i)
                if (x + i >= 0 && x + i < w)
                    v += kernel[size_t(i + radius)] * cell[y * w + x + i];
            rows[size_t(y * w + x)] = v;
        }
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            double v = 0;
            for (int i = -radius; i <= radius; ++i)
                if (y + i >= 0 && y + i < h)
                    v += kernel[size_t(i + radius)] * rows[size_t((y + i) * w + x)];
            cell[y * w + x] = float(v);
        }
}

} // namespace

const MrzGlyphs& MrzGlyphs::ocrB()
{
    static const MrzGlyphs glyphs = render(0);
    return glyphs;
}

const MrzGlyphs& MrzGlyphs::ocrBSoft()
{
    static const MrzGlyphs glyphs = render(1.2);
    return glyphs;
}

MrzGlyphs MrzGlyphs::render(double blur)
{
    MrzGlyphs glyphs;
    const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/OCRB.otf"));
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    if (families.isEmpty())
        return glyphs;

    const int big = MrzGlyphs::Pitch * Supersampling;
    QFont probe(families.constFirst());
    probe.setPixelSize(400);
    const double advance = QFontMetricsF(probe).horizontalAdvance(QLatin1Char('0'));
    QFont font(families.constFirst());
    font.setPixelSize(qRound(400.0 * big / advance));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferAntialias));
    const QFontMetricsF metrics(font);
    glyphs.m_capHeight = metrics.capHeight() / Supersampling;

    glyphs.m_alphabet = QStringLiteral("<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    glyphs.m_templates.assign(size_t(glyphs.m_alphabet.size()) * MrzGlyphs::Size, 0.0f);
    for (qsizetype g = 0; g < glyphs.m_alphabet.size(); ++g) {
        QImage image(big, MrzGlyphs::Height * Supersampling, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setFont(font);
        p.setPen(Qt::black);
        const QString c(glyphs.m_alphabet[g]);
        const double x = (big - metrics.horizontalAdvance(c)) / 2;
        const double baseline = image.height() / 2.0 + metrics.capHeight() / 2;
        p.drawText(QPointF(x, baseline), c);
        p.end();
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);

        float* out = glyphs.m_templates.data() + g * MrzGlyphs::Size;
        for (int y = 0; y < MrzGlyphs::Height; ++y) {
            for (int x = 0; x < MrzGlyphs::Pitch; ++x) {
                int sum = 0;
                for (int sy = 0; sy < Supersampling; ++sy) {
                    const uchar* row = grey.constScanLine(y * Supersampling + sy);
                    for (int sx = 0; sx < Supersampling; ++sx)
                        sum += 255 - row[x * Supersampling + sx];
                }
                out[y * MrzGlyphs::Pitch + x] = float(sum) / (Supersampling * Supersampling);
            }
        }
        if (blur > 0)
            gaussianBlur(out, blur);
        double mean = 0;
        for (int i = 0; i < MrzGlyphs::Size; ++i)
            mean += out[i];
        mean /= MrzGlyphs::Size;
        double norm = 0;
        for (int i = 0; i < MrzGlyphs::Size; ++i) {
            out[i] = float(out[i] - mean);
            norm += double(out[i]) * out[i];
        }
        norm = std::sqrt(norm);
        for (int i = 0; i < MrzGlyphs::Size; ++i)
            out[i] = float(out[i] / norm);
    }
    return glyphs;
}

} // namespace iin

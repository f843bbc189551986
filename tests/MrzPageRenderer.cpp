#include "tests/MrzPageRenderer.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <cmath>
#include <vector>

namespace iin::test {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double PitchMm = 2.54;       // 10 characters per inch
constexpr double LineSpacingMm = 4.23; // 6 lines per inch

QString ocrBFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/opentype/ocr-b/OCRB.otf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QString() : families.constFirst();
    }();
    return family;
}

struct DocumentSize
{
    double widthMm;
    double heightMm;
};

DocumentSize documentSize(const QStringList& lines)
{
    if (lines.size() == 3)
        return {85.6, 54.0};
    if (!lines.isEmpty() && lines.constFirst().size() <= 36)
        return {105.0, 74.0};
    return {125.0, 88.0};
}

void drawBackground(QPainter& p, const QRectF& doc, double px, QRandomGenerator& random)
{
    p.fillRect(doc, QColor(238, 236, 230));
    // Guilloche: fine light waves across the document, as printed under the data.
    QPen pen(QColor(205, 210, 214));
    pen.setWidthF(0.12 * px);
    p.setPen(pen);
    const double phase = random.bounded(100) / 10.0;
    for (int k = 0; k < 28; ++k) {
        QPainterPath path;
        const double y0 = doc.top() + (k + 0.5) * doc.height() / 28;
        for (double x = doc.left(); x <= doc.right(); x += px * 0.5) {
            const double y =
                y0 + 2.0 * px * std::sin((x - doc.left()) / (6 * px) + k * 0.7 + phase);
            if (x == doc.left())
                path.moveTo(x, y);
            else
                path.lineTo(x, y);
        }
        p.drawPath(path);
    }
}

void drawVisualZone(QPainter& p, const QRectF& doc, double px, const QStringList& lines)
{
    // The photo ends above the zone, as on a real data page (a card's zone is on its back).
    const double zoneTop = (lines.size() == 3 ? 18.0 : 15.0) * px;
    const QRectF photo(doc.left() + 5 * px, doc.top() + 12 * px, doc.width() * 0.26,
                       std::min(doc.height() * 0.48, doc.height() - 12 * px - zoneTop));
    QLinearGradient gradient(photo.topLeft(), photo.bottomRight());
    gradient.setColorAt(0, QColor(150, 150, 150));
    gradient.setColorAt(1, QColor(95, 95, 95));
    p.fillRect(photo, gradient);
    p.setBrush(QColor(190, 190, 190));
    p.setPen(Qt::NoPen);
    p.drawEllipse(photo.center() - QPointF(0, photo.height() * 0.1), photo.width() * 0.28,
                  photo.height() * 0.3);

    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPixelSize(qMax(6, qRound(3.2 * px)));
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(60, 60, 90));
    p.drawText(QPointF(doc.left() + 5 * px, doc.top() + 8 * px),
               lines.size() == 3 ? QStringLiteral("IDENTITY CARD")
                                 : QStringLiteral("PASSPORT / ПАСПОРТ"));

    QFont label(QStringLiteral("DejaVu Sans"));
    label.setPixelSize(qMax(5, qRound(1.6 * px)));
    QFont value(QStringLiteral("DejaVu Sans"));
    value.setPixelSize(qMax(6, qRound(2.4 * px)));
    const QStringList labels = {QStringLiteral("Surname / Тегі"), QStringLiteral("Given names"),
                                QStringLiteral("Nationality"), QStringLiteral("Date of birth"),
                                QStringLiteral("Date of expiry")};
    const QStringList values = {QStringLiteral("SPECIMEN"), QStringLiteral("SAMPLE HOLDER"),
                                QStringLiteral("UTOPIA"), QStringLiteral("12 AUG 1974"),
                                QStringLiteral("15 APR 2032")};
    const double x = photo.right() + 5 * px;
    const double bottomLimit = doc.bottom() - (lines.size() == 3 ? 19 : 15) * px;
    double y = doc.top() + 13 * px;
    for (qsizetype i = 0; i < labels.size() && y + 5 * px < bottomLimit; ++i) {
        p.setFont(label);
        p.setPen(QColor(90, 90, 110));
        p.drawText(QPointF(x, y), labels[i]);
        p.setFont(value);
        p.setPen(QColor(30, 30, 30));
        p.drawText(QPointF(x, y + 3 * px), values[i]);
        y += 6.5 * px;
    }
}

void drawMrz(QPainter& p, const QRectF& doc, double px, const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    const double pitch = PitchMm * px;
    QFont probe(ocrBFamily());
    probe.setPixelSize(200);
    const QFontMetricsF probeMetrics(probe);
    const double advance = probeMetrics.horizontalAdvance(QLatin1Char('0'));
    QFont font(ocrBFamily());
    font.setPixelSize(qMax(4, qRound(200 * pitch / advance)));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferAntialias));
    const QFontMetricsF metrics(font);
    const double capHeight = metrics.capHeight();
    const qsizetype length = lines.constFirst().size();
    const double left = doc.left() + (doc.width() - length * pitch) / 2;
    const double lastCentre = doc.bottom() - (lines.size() == 3 ? 6.40 : 8.40) * px;
    p.setFont(font);
    p.setPen(QColor(12, 12, 12));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const double centre = lastCentre - (lines.size() - 1 - l) * LineSpacingMm * px;
        for (qsizetype i = 0; i < lines[l].size(); ++i) {
            const QString c = lines[l].mid(i, 1);
            const double w = metrics.horizontalAdvance(c);
            p.drawText(QPointF(left + i * pitch + (pitch - w) / 2, centre + capHeight / 2), c);
        }
    }
}

void gaussianBlur(QImage& image, double sigma)
{
    if (sigma <= 0.05)
        return;
    const int radius = qMax(1, int(std::ceil(3 * sigma)));
    std::vector<double> kernel(2 * radius + 1);
    double sum = 0;
    for (int i = -radius; i <= radius; ++i)
        sum += kernel[i + radius] = std::exp(-0.5 * i * i / (sigma * sigma));
    for (double& k : kernel)
        k /= sum;
    const int w = image.width();
    const int h = image.height();
    std::vector<double> tmp(size_t(w) * h);
    for (int y = 0; y < h; ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            double v = 0;
            for (int i = -radius; i <= radius; ++i)
                v += kernel[i + radius] * row[qBound(0, x + i, w - 1)];
            tmp[size_t(y) * w + x] = v;
        }
    }
    for (int y = 0; y < h; ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < w; ++x) {
            double v = 0;
            for (int i = -radius; i <= radius; ++i)
                v += kernel[i + radius] * tmp[size_t(qBound(0, y + i, h - 1)) * w + x];
            row[x] = uchar(qBound(0, qRound(v), 255));
        }
    }
}

void addNoise(QImage& image, double sigma, QRandomGenerator& random)
{
    if (sigma <= 0)
        return;
    for (int y = 0; y < image.height(); ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            // Box-Muller: one normal deviate from two uniform ones.
            const double u1 = qMax(1e-12, random.generateDouble());
            const double u2 = random.generateDouble();
            const double n = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
            row[x] = uchar(qBound(0, qRound(row[x] + sigma * n), 255));
        }
    }
}

} // namespace

QImage MrzPageRenderer::render(const QStringList& lines, const MrzScan& scan)
{
    const double px = scan.dpi / MmPerInch; // pixels per millimetre
    const DocumentSize size = documentSize(lines);
    const double marginMm = 12;
    QImage page(qRound((size.widthMm + 2 * marginMm) * px),
                qRound((size.heightMm + 2 * marginMm) * px), QImage::Format_RGB32);
    page.setDotsPerMeterX(qRound(px * 1000));
    page.setDotsPerMeterY(qRound(px * 1000));
    page.fill(QColor(250, 250, 250));
    QRandomGenerator random(scan.seed);
    {
        QImage flat(page.size(), QImage::Format_RGB32);
        flat.fill(QColor(250, 250, 250));
        QPainter p(&flat);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QRectF doc(marginMm * px, marginMm * px, size.widthMm * px, size.heightMm * px);
        drawBackground(p, doc, px, random);
        drawVisualZone(p, doc, px, lines);
        drawMrz(p, doc, px, lines);
        p.end();

        QPainter rotated(&page);
        rotated.setRenderHint(QPainter::SmoothPixmapTransform);
        rotated.translate(page.width() / 2.0, page.height() / 2.0);
        rotated.rotate(-scan.rotationDegrees);
        rotated.translate(-page.width() / 2.0, -page.height() / 2.0);
        rotated.drawImage(0, 0, flat);
    }
    QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    gaussianBlur(grey, scan.blurPixels);
    addNoise(grey, scan.noise, random);
    grey.setDotsPerMeterX(page.dotsPerMeterX());
    grey.setDotsPerMeterY(page.dotsPerMeterY());
    return grey;
}

bool MrzPageRenderer::save(const QImage& page, const QString& path, int dpi, int jpegQuality)
{
    if (path.endsWith(u".pdf", Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setResolution(dpi);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(
            QPageSize(QSizeF(page.width() * MmPerInch / dpi, page.height() * MmPerInch / dpi),
                      QPageSize::Millimeter));
        QPainter p(&pdf);
        if (!p.isActive())
            return false;
        p.drawImage(QRectF(0, 0, pdf.width(), pdf.height()), page);
        return p.end();
    }
    QImage copy = page;
    const int dotsPerMeter = qRound(dpi / MmPerInch * 1000);
    copy.setDotsPerMeterX(dotsPerMeter);
    copy.setDotsPerMeterY(dotsPerMeter);
    QImageWriter writer(path);
    if (path.endsWith(u".jpg", Qt::CaseInsensitive) || path.endsWith(u".jpeg", Qt::CaseInsensitive))
        writer.setQuality(jpegQuality);
    if (path.endsWith(u".pnm", Qt::CaseInsensitive))
        writer.setFormat("pgm");
    return writer.write(copy);
}

} // namespace iin::test

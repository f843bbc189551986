#include "core/documents/PageImages.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace iin {

// Forwards what QPainter asks of the device to a painter on the current page's image. It
// declares every feature, so QPainter hands over the state (transform, clip, pen, brush, font)
// as it is rather than emulating it, and the image's painter applies it.
class PageImages::Engine : public QPaintEngine
{
public:
    explicit Engine(PageImages& device) : QPaintEngine(AllFeatures), m_device(device) {}

    bool begin(QPaintDevice*) override
    {
        if (m_device.m_pages.isEmpty())
            m_device.m_pages.append(m_device.blankPage());
        return startPage();
    }

    bool end() override
    {
        if (m_painter)
            m_painter->end();
        m_painter.reset();
        return true;
    }

    bool newPage()
    {
        if (!m_painter)
            return false;
        // The state carries over to the next page as it would on a printer.
        const QPen pen = m_painter->pen();
        const QBrush brush = m_painter->brush();
        const QFont font = m_painter->font();
        const QTransform transform = m_painter->transform();
        const QPainter::RenderHints hints = m_painter->renderHints();
        const qreal opacity = m_painter->opacity();
        m_painter->end();
        m_painter.reset();
        m_device.m_pages.append(m_device.blankPage());
        if (!startPage())
            return false;
        m_painter->setPen(pen);
        m_painter->setBrush(brush);
        m_painter->setFont(font);
        m_painter->setTransform(transform);
        m_painter->setRenderHints(hints);
        m_painter->setOpacity(opacity);
        return true;
    }

    void updateState(const QPaintEngineState& state) override
    {
        if (!m_painter)
            return;
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform)
            m_painter->setTransform(state.transform());
        if (dirty & DirtyPen)
            m_painter->setPen(state.pen());
        if (dirty & DirtyBrush)
            m_painter->setBrush(state.brush());
        if (dirty & DirtyBrushOrigin)
            m_painter->setBrushOrigin(state.brushOrigin());
        if (dirty & DirtyFont)
            m_painter->setFont(state.font());
        if (dirty & DirtyBackground)
            m_painter->setBackground(state.backgroundBrush());
        if (dirty & DirtyBackgroundMode)
            m_painter->setBackgroundMode(state.backgroundMode());
        if (dirty & DirtyHints)
            m_painter->setRenderHints(state.renderHints(), true);
        if (dirty & DirtyCompositionMode)
            m_painter->setCompositionMode(state.compositionMode());
        if (dirty & DirtyOpacity)
            m_painter->setOpacity(state.opacity());
        // The clip is given in the coordinates of the transform in force when it was set.
        if (dirty & DirtyClipPath)
            m_painter->setClipPath(state.clipPath(), state.clipOperation());
        if (dirty & DirtyClipRegion)
            m_painter->setClipRegion(state.clipRegion(), state.clipOperation());
        if (dirty & DirtyClipEnabled)
            m_painter->setClipping(state.isClipEnabled());
    }

    void drawPath(const QPainterPath& path) override
    {
        if (m_painter)
            m_painter->drawPath(path);
    }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        if (!m_painter)
            return;
        switch (mode) {
        case PolylineMode:
            m_painter->drawPolyline(points, count);
            break;
        case WindingMode:
            m_painter->drawPolygon(points, count, Qt::WindingFill);
            break;
        case OddEvenMode:
        case ConvexMode:
            m_painter->drawPolygon(points, count, Qt::OddEvenFill);
            break;
        }
    }

    void drawPixmap(const QRectF& r, const QPixmap& pixmap, const QRectF& source) override
    {
        if (m_painter)
            m_painter->drawPixmap(r, pixmap, source);
    }

    void drawImage(const QRectF& r, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override
    {
        if (m_painter)
            m_painter->drawImage(r, image, source, flags);
    }

    void drawTiledPixmap(const QRectF& r, const QPixmap& pixmap, const QPointF& offset) override
    {
        if (m_painter)
            m_painter->drawTiledPixmap(r, pixmap, offset);
    }

    // A run of text in one font at its baseline: the image's painter shapes it again with the
    // same font at the same resolution, so it lands where the layout measured it. A justified
    // line's run is wider than its words: the difference goes to its spaces, as the layout
    // spread it, so that the next run does not start after a gap.
    void drawTextItem(const QPointF& baseline, const QTextItem& item) override
    {
        if (!m_painter)
            return;
        QFont font = item.font();
        const QString text = item.text();
        if (const qsizetype spaces = text.count(u' '); spaces > 0) {
            const qreal natural = QFontMetricsF(font, m_painter->device()).horizontalAdvance(text);
            const qreal extra = item.width() - natural;
            if (extra > 0.5)
                font.setWordSpacing(font.wordSpacing() + extra / qreal(spaces));
        }
        m_painter->setFont(font);
        m_painter->drawText(baseline, text);
    }

    Type type() const override { return User; }

private:
    bool startPage()
    {
        m_painter = std::make_unique<QPainter>();
        return m_painter->begin(&m_device.m_pages.last());
    }

    PageImages& m_device;
    std::unique_ptr<QPainter> m_painter;
};

PageImages::PageImages(int dpi, QSizeF pageMm)
    // No private page-layout data: the layout is fixed, see the header.
    : QPagedPaintDevice(nullptr), m_dpi(dpi),
      m_pagePx(qRound(pageMm.width() / 25.4 * dpi), qRound(pageMm.height() / 25.4 * dpi)),
      m_pageMm(pageMm), m_engine(std::make_unique<Engine>(*this))
{
}

PageImages::~PageImages()
{
    // A painter still active on this device ends before the engine goes.
    m_engine->end();
}

QImage PageImages::blankPage() const
{
    QImage page(m_pagePx, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(m_dpi / 0.0254);
    page.setDotsPerMeterX(dotsPerMeter);
    page.setDotsPerMeterY(dotsPerMeter);
    page.fill(Qt::white);
    return page;
}

bool PageImages::newPage()
{
    return m_engine->newPage();
}

QPaintEngine* PageImages::paintEngine() const
{
    return m_engine.get();
}

int PageImages::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_pagePx.width();
    case PdmHeight:
        return m_pagePx.height();
    case PdmWidthMM:
        return qRound(m_pageMm.width());
    case PdmHeightMM:
        return qRound(m_pageMm.height());
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    }
    return 0;
}

} // namespace iin

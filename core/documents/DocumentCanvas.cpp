#include "core/documents/DocumentCanvas.h"

#include "core/documents/DocumentFonts.h"

#include <QPagedPaintDevice>

namespace iin {

const QColor DocumentCanvas::Ink(0x1b, 0x3a, 0x6b);
const QColor DocumentCanvas::Muted(0x55, 0x5f, 0x6d);
const QColor DocumentCanvas::Stamp(0xb0, 0x1e, 0x23);

DocumentCanvas::DocumentCanvas(QPagedPaintDevice* device, Marks marks)
    : m_device(device), m_marks(marks)
{
    if (!device || !m_painter.begin(device))
        return;
    m_pxPerMm = device->logicalDpiX() / 25.4;
    m_widthMm = device->width() / m_pxPerMm;
    m_heightMm = device->height() / m_pxPerMm;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    drawMarks();
}

DocumentCanvas::~DocumentCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

QRectF DocumentCanvas::rect(double x, double y, double w, double h) const
{
    return {px(x), px(y), px(w), px(h)};
}

double DocumentCanvas::text(double x, double y, double width, const QString& text,
                            const QFont& font, const QColor& color, int align)
{
    if (text.isEmpty())
        return 0;
    m_painter.setFont(font);
    m_painter.setPen(color);
    QRectF used;
    m_painter.drawText(rect(x, y, width, 1000), align | Qt::TextWordWrap, text, &used);
    return used.height() / m_pxPerMm;
}

double DocumentCanvas::measure(double width, const QString& text, const QFont& font, int align)
{
    if (text.isEmpty())
        return 0;
    m_painter.setFont(font);
    return m_painter.boundingRect(rect(0, 0, width, 1000), align | Qt::TextWordWrap, text)
               .height() /
           m_pxPerMm;
}

void DocumentCanvas::line(double x1, double y1, double x2, double y2, double widthPt,
                          const QColor& color)
{
    m_painter.setPen(QPen(color, px(widthPt * 25.4 / 72)));
    m_painter.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
}

void DocumentCanvas::box(double x, double y, double w, double h, double widthPt,
                         const QColor& color, double radius)
{
    m_painter.setPen(QPen(color, px(widthPt * 25.4 / 72)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRoundedRect(rect(x, y, w, h), px(radius), px(radius));
}

bool DocumentCanvas::ensureSpace(double& y, double heightMm, double bottomMm, double topMm)
{
    if (y + heightMm <= m_heightMm - bottomMm)
        return false;
    newPage();
    y = topMm;
    return true;
}

bool DocumentCanvas::newPage()
{
    if (!m_device->newPage())
        return false;
    ++m_page;
    drawMarks();
    return true;
}

// Every page carries the marks: a training document or a reprint must never pass for an
// original, whichever page of it is looked at.
void DocumentCanvas::drawMarks()
{
    if (m_marks.training) {
        m_painter.save();
        m_painter.translate(px(m_widthMm / 2), px(m_heightMm / 2));
        m_painter.rotate(-52);
        QColor wash = Stamp;
        wash.setAlphaF(0.13);
        m_painter.setPen(wash);
        m_painter.setFont(DocumentFonts::sans(50, true));
        const QRectF band(-px(170), -px(30), px(340), px(60));
        m_painter.drawText(band, Qt::AlignCenter, QStringLiteral("ОҚУ РЕЖИМІ\nУЧЕБНЫЙ РЕЖИМ"));
        m_painter.restore();
        text(0, 3.2, m_widthMm,
             QStringLiteral("ОҚУ РЕЖИМІ · УЧЕБНЫЙ РЕЖИМ · TRAINING — заңды күші жоқ · "
                            "не имеет юридической силы"),
             DocumentFonts::sans(7.5, true), Stamp, Qt::AlignHCenter);
    }
    if (m_marks.duplicate) {
        const double w = DuplicateStampWidth, h = 13.5, x = m_widthMm - 14 - w, y = 13;
        box(x, y, w, h, 1.6, Stamp, 1.5);
        box(x + 1.2, y + 1.2, w - 2.4, h - 2.4, 0.5, Stamp, 1);
        text(x, y + 2, w, QStringLiteral("ТЕЛНҰСҚА"), DocumentFonts::sans(10.5, true), Stamp,
             Qt::AlignHCenter);
        text(x, y + 7.3, w, QStringLiteral("ДУБЛИКАТ"), DocumentFonts::sans(8.5, true), Stamp,
             Qt::AlignHCenter);
    }
}

} // namespace iin

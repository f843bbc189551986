#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;

namespace iin {

// The drawing surface of one printed document: a QPainter on any paged device (QPdfWriter,
// QPrinter, ...) measured in millimetres from the top-left corner of the page, with a cursor
// for flowing text and the marks every page must carry (TRAINING, DUPLICATE).
class DocumentCanvas
{
public:
    struct Marks
    {
        bool training = false;
        bool duplicate = false;
    };

    static const QColor Ink;   // the colour of frames, titles and labels
    static const QColor Muted; // second-language labels and notes
    static const QColor Stamp; // marks: DUPLICATE, TRAINING
    // The DUPLICATE stamp sits in the top-right corner: headers keep their text within
    // HeaderWidth around the centre so that the two never overlap.
    static constexpr double DuplicateStampWidth = 36;
    static constexpr double HeaderWidth = 104;

    DocumentCanvas(QPagedPaintDevice* device, Marks marks);
    ~DocumentCanvas();
    DocumentCanvas(const DocumentCanvas&) = delete;
    DocumentCanvas& operator=(const DocumentCanvas&) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }
    double pageWidth() const { return m_widthMm; }
    double pageHeight() const { return m_heightMm; }
    double px(double mm) const { return mm * m_pxPerMm; }
    QRectF rect(double x, double y, double w, double h) const;

    // Draws `text` wrapped into the column [x, x + width] from y down; returns its height (mm).
    double text(double x, double y, double width, const QString& text, const QFont& font,
                const QColor& color = Qt::black, int align = Qt::AlignLeft);
    double measure(double width, const QString& text, const QFont& font, int align = Qt::AlignLeft);
    void line(double x1, double y1, double x2, double y2, double widthPt,
              const QColor& color = Ink);
    void box(double x, double y, double w, double h, double widthPt, const QColor& color = Ink,
             double radius = 0);

    // Starts a new page when fewer than `heightMm` remain above `bottomMm`; returns whether it did.
    bool ensureSpace(double& y, double heightMm, double bottomMm, double topMm);
    bool newPage();
    int pageNumber() const { return m_page; }

private:
    void drawMarks();

    QPagedPaintDevice* m_device;
    QPainter m_painter;
    Marks m_marks;
    double m_pxPerMm = 1;
    double m_widthMm = 210;
    double m_heightMm = 297;
    int m_page = 1;
};

} // namespace iin

#include "core/documents/DocumentBlocks.h"

#include "core/documents/DocumentCanvas.h"
#include "core/documents/DocumentFonts.h"

namespace iin::DocumentBlocks {

double width(DocumentCanvas& c)
{
    return c.pageWidth() - 2 * Left;
}

double heading(DocumentCanvas& c, double y, const BilingualText& office, const BilingualText& title)
{
    const double w = c.pageWidth();
    // Room is left on the right for the DUPLICATE stamp.
    const double hx = (w - DocumentCanvas::HeaderWidth) / 2, hw = DocumentCanvas::HeaderWidth;
    y += c.text(hx, y, hw, office.kk, DocumentFonts::sans(9.5, true), DocumentCanvas::Ink,
                Qt::AlignHCenter);
    if (office.ru != office.kk)
        y += c.text(hx, y + 0.5, hw, office.ru, DocumentFonts::sans(9), DocumentCanvas::Muted,
                    Qt::AlignHCenter) +
             0.5;
    y += 2.5;
    c.line(Left, y, w - Left, y, 0.9);
    c.line(Left, y + 0.9, w - Left, y + 0.9, 0.3);
    y += 5;
    y += c.text(Left, y, width(c), title.kk, DocumentFonts::serif(14.5, true), DocumentCanvas::Ink,
                Qt::AlignHCenter);
    y += c.text(Left, y + 0.3, width(c), title.ru, DocumentFonts::serif(12, true),
                DocumentCanvas::Ink, Qt::AlignHCenter);
    return y + 5;
}

double bilingual(DocumentCanvas& c, double y, const BilingualText& t, double size, bool bold,
                 int align)
{
    const double h0 = y;
    y += c.text(Left, y, width(c), t.kk, DocumentFonts::sans(size, bold), Qt::black, align);
    if (!t.ru.isEmpty() && t.ru != t.kk)
        y += c.text(Left, y + 0.8, width(c), t.ru, DocumentFonts::sans(size, bold),
                    DocumentCanvas::Muted, align) +
             0.8;
    return y - h0;
}

double field(DocumentCanvas& c, double y, const QString& label, const QString& value, double size)
{
    const double labelW = 78;
    const double lh =
        c.text(Left, y, labelW, label, DocumentFonts::sans(size - 1.5), DocumentCanvas::Ink);
    const double vh = c.text(Left + labelW + 2, y - 0.4, width(c) - labelW - 2, value,
                             DocumentFonts::sans(size, true));
    return std::max(lh, vh) + 2;
}

} // namespace iin::DocumentBlocks

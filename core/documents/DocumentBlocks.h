#pragma once

#include "core/documents/CertificateData.h"

#include <QString>

namespace iin {

class DocumentCanvas;

// The blocks the plain bilingual documents (receipts, the complaint summary) are made of, so
// that they share one look: a page with 20 mm side margins, the office and a kk/ru title over a
// double rule, labelled values, paragraphs in Kazakh followed by Russian.
namespace DocumentBlocks {

constexpr double Left = 20; // side margins, mm

double width(DocumentCanvas& canvas); // between the margins
// The office (centred, clear of the DUPLICATE stamp), a double rule, then the title in Kazakh
// and in Russian. Returns the y below it.
double heading(DocumentCanvas& canvas, double y, const BilingualText& office,
               const BilingualText& title);
// A paragraph in Kazakh followed by the same in Russian, in a quieter colour; returns its height.
double bilingual(DocumentCanvas& canvas, double y, const BilingualText& text, double size,
                 bool bold = false, int align = Qt::AlignLeft | Qt::AlignJustify);
// "label kk / label ru" on the left, the value in bold beside it; returns its height.
double field(DocumentCanvas& canvas, double y, const QString& label, const QString& value,
             double size = 10);

} // namespace DocumentBlocks

} // namespace iin

#pragma once

#include "core/capture/MrzBandFinder.h"
#include "core/capture/MrzGlyphs.h"

#include <QImage>

#include <vector>

namespace iin {

// How well one character cell of a page matches every glyph of the alphabet.
struct MrzCellMatch
{
    std::vector<float> scores; // per glyph (MrzGlyphs::alphabet() order), normalised correlation
    int best = 0;              // the glyph with the highest score
    int dx = 0;                // where the best glyph fitted, in normalised pixels from the
    int dy = 0;                // cell's assumed place
};

// Cuts a character cell out of the page along a line's geometry (rotation and scale undone by
// sampling the page directly, averaging over each sample's footprint when the page is finer than
// the templates) and compares it with every OCR-B template, each shifted by a few pixels so that
// a character printed a little off its place still finds its glyph.
class MrzCellClassifier
{
public:
    explicit MrzCellClassifier(const QImage& grey, const MrzGlyphs& glyphs = MrzGlyphs::ocrB());

    MrzCellMatch classify(const MrzLineGeometry& line, int index, int reach) const;

private:
    void sample(const MrzLineGeometry& line, int index, int reach, std::vector<float>& out) const;

    const QImage& m_grey;
    const MrzGlyphs& m_glyphs;
};

} // namespace iin

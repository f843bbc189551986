#pragma once

#include "core/capture/MrzPageImage.h"

#include <QList>
#include <QPointF>

namespace iin {

// One line of the zone on the page, in the page's pixels: the centre of its first character
// cell and the step to the next cell's centre (its length is the character pitch, its direction
// the reading direction). The line's "down" is the step turned a quarter clockwise.
struct MrzLineGeometry
{
    QPointF origin;
    QPointF step;

    QPointF cellCentre(double index) const { return origin + index * step; }
    QPointF down() const { return {-step.y(), step.x()}; }
};

// Where a zone may be: its lines top to bottom, `length` characters each, read in one
// direction. The page may lie the other way round: reversed() is the same band read from the
// other end (a document put in upside down).
struct MrzBand
{
    QList<MrzLineGeometry> lines;
    int length = 0;

    MrzBand reversed() const;
};

// Finds machine-readable zones on a page without knowing its resolution or orientation: it
// looks, on a reduced copy of the page, for two or three parallel rows of 30, 36 or 44 evenly
// spaced marks of about one character's size (the way a person spots the zone), in rows across
// the page and down it (a passport scanned sideways). Rotation of a few degrees, blur and noise
// leave those rows intact; the exact geometry is refined later, character by character.
class MrzBandFinder
{
public:
    // Candidates, the likeliest first; empty when nothing on the page looks like a zone.
    static QList<MrzBand> find(const MrzPageImage& page);
};

} // namespace iin

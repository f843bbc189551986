#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace iin::test {

// How a generated page was scanned: resolution, how crooked, how soft, how grainy.
struct MrzScan
{
    int dpi = 300;
    double rotationDegrees = 0; // counter-clockwise; 180 is a document put in upside down
    double blurPixels = 0;      // Gaussian sigma, in pixels of the page
    double noise = 0;           // Gaussian sigma, in grey levels
    quint32 seed = 1;           // the noise's and the background's random numbers
};

// Draws a passport-like page the way a flatbed scanner would return it: the document (TD3
// 125 × 88 mm, TD2 105 × 74 mm, TD1 85.6 × 54 mm, chosen by the line length) on the scanner's
// white, a guilloche background, a photo, printed fields, and the MRZ in OCR-B (fonts-ocr-b) at
// 10 characters per inch, lines 4.23 mm apart as ICAO Doc 9303 places them. Used by the
// reader's tests and benchmark, and as the page the SANE pnm backend scans.
class MrzPageRenderer
{
public:
    // A greyscale page (lines empty: a page without an MRZ).
    static QImage render(const QStringList& lines, const MrzScan& scan = {});
    // Writes the page as PNG, JPEG (quality 0-100), TIFF or PNM by the file's suffix, or as a
    // one-page PDF (the page image at its resolution). False when the file cannot be written.
    static bool save(const QImage& page, const QString& path, int dpi, int jpegQuality = 90);
};

} // namespace iin::test

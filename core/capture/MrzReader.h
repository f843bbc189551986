#pragma once

#include "core/base/Result.h"
#include "core/capture/MrzPageImage.h"
#include "core/capture/MrzRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace iin {

// A zone read off a page: its lines as recognised and corrected, and what they say.
struct MrzReading
{
    QStringList lines;
    MrzRecord record;
    double confidence = 0; // mean template correlation of the characters read, 0..1
};

// Reads the machine-readable zone of a scanned page (docs/capture.md, "Reading the MRZ from a
// scanned page"): MrzBandFinder finds where it may be, each candidate is read both ways round,
// cell by cell against OCR-B templates (MrzCellClassifier) after its geometry was refined on a
// first pass, and MrzCorrector makes the characters agree with the layout and the check digits.
// The best reading wins: one whose check digits all hold, else the most confident. CPU only,
// no shared state: safe on any thread (a page takes a fraction of a second).
class MrzReader
{
    Q_DECLARE_TR_FUNCTIONS(MrzReader)

public:
    // Error codes: mrz.not_found (nothing on the page reads as a zone), mrz.font_missing.
    static Result<MrzReading> read(const MrzPageImage& page, const QDate& today);
    // MrzPageImage::load() then read(); mrz.image.unreadable when the file is not an image.
    static Result<MrzReading> readFile(const QString& path, const QDate& today);
};

} // namespace iin

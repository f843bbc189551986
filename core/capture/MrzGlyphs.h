#pragma once

#include <QChar>
#include <QString>

#include <vector>

namespace iin {

// The MRZ alphabet (A–Z, 0–9, '<') as OCR-B glyph templates, rendered once at run time from the
// OCR-B font of fonts-ocr-b (embedded in the core at build time). Every template is one character
// cell in the reader's normalised geometry: the cell is `Pitch` pixels wide (one character at
// 10 per inch), `Height` pixels high, the glyphs' capital band centred on the middle row. Values
// are ink (dark = high), zero mean and unit norm, so that a dot product is a normalised
// correlation.
class MrzGlyphs
{
public:
    static constexpr int Pitch = 20;
    static constexpr int Height = 30;
    static constexpr int Size = Pitch * Height;

    // Rendered on first use (thread-safe); empty when the font could not be loaded.
    static const MrzGlyphs& ocrB();
    // The same glyphs as a soft scan shows them (Gaussian blur of 1.2 normalised pixels): a
    // blurred page matches these better, and the reader picks whichever set fits a band.
    static const MrzGlyphs& ocrBSoft();

    bool isValid() const { return !m_templates.empty(); }
    const QString& alphabet() const { return m_alphabet; }
    qsizetype count() const { return m_alphabet.size(); }
    const float* glyph(qsizetype index) const { return m_templates.data() + index * Size; }
    // Height of the capitals in normalised pixels (for finding the lines).
    double capHeight() const { return m_capHeight; }

private:
    static MrzGlyphs render(double blur);

    QString m_alphabet;
    std::vector<float> m_templates;
    double m_capHeight = 0;
};

} // namespace iin

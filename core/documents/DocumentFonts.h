#pragma once

#include <QFont>
#include <QString>

namespace iin {

// The fonts of the printed documents, embedded in the core (DejaVu: every Kazakh letter,
// Cyrillic and Latin) so that the output never depends on the fonts of the machine.
// Needs a QGuiApplication.
class DocumentFonts
{
public:
    // Registers the embedded fonts once; false if any of them could not be loaded.
    static bool ensureRegistered();

    static QFont sans(double pointSize, bool bold = false);
    static QFont serif(double pointSize, bool bold = false);
};

} // namespace iin

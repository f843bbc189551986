#include "core/documents/DocumentFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace iin {

namespace {

struct Families
{
    bool ok = true;
    QString sans;
    QString serif;
};

const Families& families()
{
    static const Families f = [] {
        Families result;
        const QStringList files = {QStringLiteral(":/fonts/DejaVuSans.ttf"),
                                   QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"),
                                   QStringLiteral(":/fonts/DejaVuSerif.ttf"),
                                   QStringLiteral(":/fonts/DejaVuSerif-Bold.ttf")};
        for (const QString& file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            const QStringList names = QFontDatabase::applicationFontFamilies(id);
            if (id < 0 || names.isEmpty()) {
                result.ok = false;
                continue;
            }
            (file.contains(u"Serif") ? result.serif : result.sans) = names.constFirst();
        }
        return result;
    }();
    return f;
}

QFont make(const QString& family, double pointSize, bool bold)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Only the embedded family: never a fallback that might lack Ә or Ң.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    font.setKerning(true);
    return font;
}

} // namespace

bool DocumentFonts::ensureRegistered()
{
    return families().ok;
}

QFont DocumentFonts::sans(double pointSize, bool bold)
{
    return make(families().sans, pointSize, bold);
}

QFont DocumentFonts::serif(double pointSize, bool bold)
{
    return make(families().serif, pointSize, bold);
}

} // namespace iin

#include "core/capture/ScannedPage.h"

#include <QTransform>

namespace iin {

ScannedPage ScannedPage::rotated(int quarterTurns) const
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns == 0)
        return *this;
    ScannedPage page = *this;
    page.image = image.transformed(QTransform().rotate(90.0 * turns));
    return page;
}

QSizeF ScannedPage::sizeInPoints() const
{
    const double dotsPerInch = dpi > 0 ? dpi : 72;
    return {image.width() * 72.0 / dotsPerInch, image.height() * 72.0 / dotsPerInch};
}

} // namespace iin

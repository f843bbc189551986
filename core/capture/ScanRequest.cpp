#include "core/capture/ScanRequest.h"

namespace iin {

ScanOption ScanOption::parse(const QString& text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return {};
    QString name = text.left(equals).trimmed();
    // scanimage spells them "--name": accept the dashes too.
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return {name, text.mid(equals + 1)};
}

} // namespace iin

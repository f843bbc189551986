#include "core/person/Country.h"

namespace iin {

QString Country::name(const QString& lang) const
{
    if (lang == u"kk")
        return nameKk;
    if (lang == u"ru")
        return nameRu;
    return nameEn;
}

} // namespace iin

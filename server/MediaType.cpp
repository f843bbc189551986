#include "server/MediaType.h"

#include <QByteArray>
#include <QList>

namespace iin::server {

bool MediaType::isJson(QByteArrayView contentType)
{
    const QList<QByteArray> parts = contentType.toByteArray().split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    if (parts.size() == 1)
        return true;
    if (parts.size() > 2)
        return false;
    const QByteArray parameter = parts.at(1);
    if (parameter.trimmed().isEmpty()) // "application/json;"
        return true;
    const qsizetype equals = parameter.indexOf('=');
    if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
        return false;
    QByteArray value = parameter.mid(equals + 1).trimmed().toLower();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value == "utf-8";
}

} // namespace iin::server

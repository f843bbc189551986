#pragma once

#include <QByteArrayView>

namespace iin::server {

// The media types the registry takes a body in.
class MediaType
{
public:
    // `application/json`, alone or with the parameter `charset=utf-8` (names and values in any
    // case, white space around the parts, the value quoted or not). Anything else, such as
    // `application/jsonx`, `application/json-seq`, `text/json`, another charset or a second
    // parameter, is not JSON to the registry (415).
    static bool isJson(QByteArrayView contentType);
};

} // namespace iin::server

#pragma once

#include <QString>

namespace iin {

// Text run through one of ICU's transforms, named by its id ("Latin-Cyrillic",
// "Any-Latin; Latin-ASCII"). ICU's transliterators are not thread-safe: each thread keeps its
// own, made on first use. The text comes back unchanged when ICU has no such transform.
QString icuTransliterate(const QString& text, const char* id);

} // namespace iin

#include "core/base/Transliteration.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <string>

namespace iin {

QString icuTransliterate(const QString& text, const char* id)
{
    thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> transforms;
    auto it = transforms.find(id);
    if (it == transforms.end()) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        it = transforms.emplace(id, U_SUCCESS(status) ? std::move(t) : nullptr).first;
    }
    if (!it->second)
        return text;
    icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    it->second->transliterate(u);
    return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
}

} // namespace iin

#include "core/capture/MrzCountryCode.h"

#include "core/person/Countries.h"

#include <array>

namespace iin {

namespace {

constexpr std::array<std::u16string_view, 5> BritishClasses = {u"GBD", u"GBN", u"GBO", u"GBP",
                                                               u"GBS"};

// Codes of Doc 9303 part 3 for what is no country (XXA, which the desk lists, is not here).
constexpr std::array<std::u16string_view, 20> NonCountries = {
    u"XXB", u"XXC", u"XXX", u"UTO", u"EUE", u"UNO", u"UNA", u"UNK", u"RKS", u"XBA",
    u"XCC", u"XCE", u"XCO", u"XDC", u"XEC", u"XES", u"XIM", u"XMP", u"XOM", u"XPO"};

bool listed(const auto& list, QStringView code)
{
    for (const std::u16string_view entry : list) {
        if (code == QStringView(entry.data(), qsizetype(entry.size())))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> MrzCountryCode::toRecordCode(QStringView printed)
{
    if (printed == u"D")
        return QStringLiteral("DEU");
    if (listed(BritishClasses, printed))
        return QStringLiteral("GBR");
    const QString code = printed.toString();
    if (isNonCountry(printed) || Countries::isKnownAlpha3(code))
        return code;
    return std::nullopt;
}

bool MrzCountryCode::isNonCountry(QStringView code)
{
    return listed(NonCountries, code);
}

QString MrzCountryCode::toPrinted(QStringView code)
{
    if (code == u"DEU")
        return QStringLiteral("D");
    return code.toString();
}

} // namespace iin

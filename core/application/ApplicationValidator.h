#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringView>

namespace iin {

class Catalogue;

// The field rules of the application (Annex 1 / Annex 2 forms): names in the right alphabet,
// real and plausible dates, known codes, consent, the blocks each basis needs. Findings have
// severity InvalidField or Warning; codes are "field.<json path>.<what>", e.g.
// "field.identity_document.expiry_date.expired".
class ApplicationValidator
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationValidator)

public:
    enum class Script
    {
        Cyrillic, // the Cyrillic block: Russian, Kazakh (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі), others
        Latin,  // A-Z, a-z as in the machine-readable zone
        Either, // one of the two, not mixed
    };
    static constexpr int MaxNameLength = 100;
    static constexpr int EarliestBirthYear = 1900;

    // `today` judges "not in the future"; the submission date judges everything else. The
    // messages are in the interface's language, or in the language of `messages`.
    static Findings validate(const Application& application,
                             const QDate& today = QDate::currentDate());
    static Findings validate(const Application& application, const Catalogue& messages,
                             const QDate& today = QDate::currentDate());

    // Letters of `script` plus hyphen, apostrophe and single spaces; starts with a letter.
    static bool isName(QStringView text, Script script);
    static bool isCountryCode(QStringView code); // three capital Latin letters
    static bool isEmail(QStringView text);
    static bool isPhone(QStringView text); // +, digits, spaces, ( ) -; 7 to 15 digits
};

} // namespace iin

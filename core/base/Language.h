#pragma once

#include <QString>
#include <QStringList>

namespace iin {

// The languages of the interface and the printed documents. English is the source language of
// the code's strings; Kazakh and Russian come from translations/ (embedded under :/i18n).
class Language
{
public:
    static QStringList codes(); // "kk", "ru", "en"
    static bool isSupported(const QString& code);

    // Replaces the installed catalogue with the one for `code` (English needs none). Returns
    // false for an unknown code. Widgets see a LanguageChange event and retranslate. The
    // language already installed is kept as it is.
    static bool install(const QString& code);
    static QString current();
};

} // namespace iin

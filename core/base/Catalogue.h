#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace iin {

// The messages of one language as a value: what QCoreApplication::translate() answers, asked of
// one catalogue rather than of whatever the application has installed. A document printed in
// Kazakh and Russian (the receipt of refusal) is written with two of these, whatever language
// the interface speaks, and nothing is installed to do it: installing belongs to the interface
// (Language::install), and every window retranslates when it happens.
class Catalogue
{
public:
    // The project's catalogue for `code` ("kk", "ru", "en"; English is the source text), loaded
    // on first use and kept for the process. Safe to use from any thread: a catalogue is only
    // read once loaded. An unknown code gives the source text, as English does.
    static const Catalogue& of(const QString& code);
    // The interface's language as Language::install() left it: QCoreApplication::translate()
    // and Language::current(). What the windows and the CLI show.
    static const Catalogue& installed();

    ~Catalogue();
    Catalogue(const Catalogue&) = delete;
    Catalogue& operator=(const Catalogue&) = delete;

    // The language's code; for installed(), the one installed now.
    QString code() const;
    // As QCoreApplication::translate(context, source, disambiguation, n) against this catalogue
    // alone: the source text when it holds no translation, %n replaced by n.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

private:
    enum class Kind
    {
        Loaded,
        Installed,
    };
    Catalogue(Kind kind, QString code);

    Kind m_kind;
    QString m_code;
    std::unique_ptr<QTranslator> m_translator; // none for English and the installed catalogue
};

} // namespace iin

#include "core/base/Catalogue.h"

#include "core/base/Language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace iin {

namespace {

// QCoreApplication::translate()'s own treatment of %n and %Ln, which QTranslator leaves to it.
void replacePercentN(QString* text, int n)
{
    if (n < 0)
        return;
    qsizetype at = 0;
    qsizetype length = 0;
    while ((at = text->indexOf(u'%', at + length)) != -1) {
        length = 1;
        if (at + length == text->size())
            break;
        QString format;
        if (text->at(at + length) == u'L') {
            ++length;
            if (at + length == text->size())
                break;
            format = QStringLiteral("%L1");
        } else {
            format = QStringLiteral("%1");
        }
        if (text->at(at + length) == u'n') {
            format = format.arg(n);
            ++length;
            text->replace(at, length, format);
            length = format.size();
        }
    }
}

} // namespace

Catalogue::Catalogue(Kind kind, QString code) : m_kind(kind), m_code(std::move(code))
{
    if (m_kind != Kind::Loaded || m_code == u"en" || !Language::isSupported(m_code))
        return;
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(QStringLiteral(":/i18n/iin_desk_%1.qm").arg(m_code)))
        m_translator.reset();
}

Catalogue::~Catalogue() = default;

const Catalogue& Catalogue::of(const QString& code)
{
    // Built once each, thread-safely (static locals); never changed afterwards.
    static const Catalogue kazakh(Kind::Loaded, QStringLiteral("kk"));
    static const Catalogue russian(Kind::Loaded, QStringLiteral("ru"));
    static const Catalogue english(Kind::Loaded, QStringLiteral("en"));
    if (code == u"kk")
        return kazakh;
    if (code == u"ru")
        return russian;
    return english;
}

const Catalogue& Catalogue::installed()
{
    static const Catalogue interface(Kind::Installed, QString());
    return interface;
}

QString Catalogue::code() const
{
    return m_kind == Kind::Installed ? Language::current() : m_code;
}

QString Catalogue::translate(const char* context, const char* source, const char* disambiguation,
                             int n) const
{
    if (m_kind == Kind::Installed)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source);
    replacePercentN(&text, n);
    return text;
}

} // namespace iin

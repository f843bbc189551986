#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace iin {

namespace {
QPointer<QTranslator> g_translator;
QString g_current = QStringLiteral("en");
} // namespace

QStringList Language::codes()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

bool Language::isSupported(const QString& code)
{
    return codes().contains(code);
}

bool Language::install(const QString& code)
{
    if (!isSupported(code))
        return false;
    auto* app = QCoreApplication::instance();
    if (g_translator) {
        if (app)
            QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    if (code != u"en") {
        auto* translator = new QTranslator(app);
        if (!translator->load(QStringLiteral(":/i18n/iin_desk_%1.qm").arg(code))) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        g_translator = translator;
    }
    g_current = code;
    QLocale::setDefault(QLocale(code == u"kk"   ? QLocale::Kazakh
                                : code == u"ru" ? QLocale::Russian
                                                : QLocale::English,
                                code == u"en" ? QLocale::UnitedStates : QLocale::AnyTerritory));
    return true;
}

QString Language::current()
{
    return g_current;
}

} // namespace iin

#include "core/base/Language.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace iin {

namespace {
// The project's catalogue and the one for Qt's own dialogs, both replaced on every switch.
QList<QPointer<QTranslator>> g_translators;
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
    // The same catalogue again (the desk installs its default language at start, then the
    // operator's at sign-in, usually the same) is kept: loading it anew cost as much as the
    // first time and sent every widget a LanguageChange for nothing.
    const bool installed =
        code == u"en" || (g_translators.size() == 2 && g_translators[0] && g_translators[1]);
    if (code != g_current || !installed) {
        auto* app = QCoreApplication::instance();
        for (const QPointer<QTranslator>& t : std::as_const(g_translators)) {
            if (t) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        g_translators.clear();
        if (code != u"en") {
            for (const char* catalogue : {"iin_desk", "qt"}) {
                auto* translator = new QTranslator(app);
                if (!translator->load(
                        QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(catalogue), code))) {
                    delete translator;
                    return false;
                }
                QCoreApplication::installTranslator(translator);
                g_translators.append(translator);
            }
        }
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

#include "core/base/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace iin {

namespace {
// The project's catalogue and the ones for Qt's own dialogs, all replaced on every switch.
QList<QPointer<QTranslator>> g_translators;
QString g_current = QStringLiteral("en");

// Qt's own catalogue of its dialogs (qtbase_ru.qm from qt6-translations-l10n), where Qt ships
// one: every string of the file, print and message dialogs in Russian. Qt ships none in Kazakh;
// the project's qt_kk catalogue carries those (translations/qt_kk.ts). A desk without the
// package still runs, with the project's own qt_ru for the buttons it uses most.
QTranslator* qtCatalogue(const QString& code, QObject* parent)
{
    auto* translator = new QTranslator(parent);
    if (translator->load(QStringLiteral("qtbase_") + code,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return translator;
    delete translator;
    return nullptr;
}
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
        code == u"en" || (g_translators.size() >= 2 &&
                          std::all_of(g_translators.cbegin(), g_translators.cend(),
                                      [](const QPointer<QTranslator>& t) { return !t.isNull(); }));
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
            // Installed first, so searched last: the project's own words win where both have one.
            if (QTranslator* qt = qtCatalogue(code, app)) {
                QCoreApplication::installTranslator(qt);
                g_translators.append(qt);
            }
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

#include "DeskSession.h"
#include "DeskSettings.h"
#include "Language.h"
#include "Screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("iin-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("IIN Desk"));
    QApplication::setOrganizationName(QStringLiteral("IIN Desk"));
    QApplication::setApplicationVersion(QStringLiteral(IIN_DESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Write PNGs of the main screens in Kazakh and Russian into <folder> and "
                       "exit (use with QT_QPA_PLATFORM=offscreen)."),
        QStringLiteral("folder"));
    parser.addOption(screenshots);
    parser.process(app);

    if (parser.isSet(screenshots)) {
        const iin::Status s = iin::ui::writeScreenshots(parser.value(screenshots));
        if (!s)
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return s ? 0 : 1;
    }

    // Before anyone signs in, the desk speaks its default language; each operator's own
    // language is applied at sign-in.
    const QSettings settings;
    iin::Language::install(iin::DeskSettings::load(settings).defaultLanguage);

    iin::ui::DeskSession session(iin::ui::DeskSession::defaultDataFolder());
    if (!session.start())
        return 0;
    return QApplication::exec();
}

#include "app/desk/FirstPaintProbe.h"
#include "app/desk/Screenshots.h"
#include "core/base/Language.h"
#include "core/desk/DeskSettings.h"
#include "core/operators/Operator.h"
#include "core/store/Database.h"
#include "server/TrainingRegistry.h"
#include "ui/shell/DeskSession.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/DeskStyle.h"
#include "ui/widgets/FontWarmUp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // The fonts are read beside QApplication's set-up (docs/performance.md, "Desk start-up").
    iin::ui::FontWarmUp::start();
    QApplication app(argc, argv);
    // The default style, its menu bar's extension icon loaded when first drawn (DeskStyle).
    QApplication::setStyle(new iin::ui::DeskStyle);
    QApplication::setApplicationName(QStringLiteral("iin-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("IIN Desk"));
    QApplication::setOrganizationName(QStringLiteral("IIN Desk"));
    QApplication::setApplicationVersion(QStringLiteral(IIN_DESK_VERSION));
    // The installed desktop entry's id (packaging/): Wayland shells find the icon and name by it.
    QApplication::setDesktopFileName(QStringLiteral("kz.gov.iindesk.Desk"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Write PNGs of the main screens in Kazakh and Russian into <folder> and "
                       "exit (use with QT_QPA_PLATFORM=offscreen)."),
        QStringLiteral("folder"));
    parser.addOption(screenshots);
    const QCommandLineOption benchFirstPaint(
        QStringLiteral("bench-first-paint"),
        QStringLiteral("Benchmark only: start with a bench operator signed in (no password, a "
                       "data folder beside the journal), open <journal> with its integrity check "
                       "deferred, print the milliseconds to the first painted main window and "
                       "exit."),
        QStringLiteral("journal"));
    parser.addOption(benchFirstPaint);
    parser.process(app);

    if (parser.isSet(screenshots)) {
        iin::ui::FontWarmUp::wait();
        const iin::Status s = iin::ui::writeScreenshots(parser.value(screenshots));
        if (!s)
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return s ? 0 : 1;
    }

    // Before anyone signs in, the desk speaks its default language; each operator's own
    // language is applied at sign-in.
    const QSettings settings;
    // The settings file holds the desk credential: private before anything writes to it.
    iin::DeskSettings::makeFilePrivate(settings.fileName());
    iin::Language::install(iin::DeskSettings::load(settings).defaultLanguage);

    if (parser.isSet(benchFirstPaint)) {
        // Nothing of the user's is read or written but the journal named: the operators and
        // drafts live in "<journal>.bench-desk/", made by the first such start and found by the
        // next ones, as a desk that has run before finds its own.
        const QString journal = parser.value(benchFirstPaint);
        iin::ui::DeskSession session(journal + QStringLiteral(".bench-desk"), journal,
                                     &iin::server::TrainingRegistry::start);
        iin::Operator bench;
        bench.id = 1;
        bench.login = QStringLiteral("bench");
        bench.fullName = QStringLiteral("Bench Operator");
        bench.role = iin::Role::Clerk;
        bench.language = iin::DeskSettings::load(settings).defaultLanguage;
        if (!session.startSignedIn(bench, iin::Database::OpenCheck::Deferred))
            return 1;
        // Shown, not yet painted: that happens in the event loop.
        iin::ui::FirstPaintProbe probe(session.mainWindow(), sinceStart);
        app.installEventFilter(&probe);
        return QApplication::exec();
    }

    // The embedded training registry is the program's to start: the ui library never links the
    // server (docs/architecture.md).
    iin::ui::DeskSession session(iin::ui::DeskSession::defaultDataFolder(), {},
                                 &iin::server::TrainingRegistry::start);
    if (!session.start())
        return 0;
    return QApplication::exec();
}

#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("iin-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("IIN Desk"));
    QApplication::setOrganizationName(QStringLiteral("IIN Desk"));

    const QString lang = QSettings().value(QStringLiteral("language"), QStringLiteral("kk")).toString();
    iin::Language::install(lang);

    iin::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

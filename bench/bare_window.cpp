// The baseline of the desk's start-up benchmark: the barest Qt Widgets program that shows a main
// window, started the same way as iin-desk --bench-first-paint and reporting the same way (the
// milliseconds to its first painted frame on standard output, then it quits).
#include "app/desk/FirstPaintProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Bare window")));
    window.resize(1024, 700);
    window.show();
    iin::ui::FirstPaintProbe probe(&window, sinceStart);
    app.installEventFilter(&probe);
    return QApplication::exec();
}

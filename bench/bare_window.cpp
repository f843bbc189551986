// The baseline of the desk's start-up benchmark: the barest Qt Widgets program that shows a main
// window, started the same way as iin-desk --bench-first-paint and reporting the same way (the
// milliseconds to its first painted frame on standard output, then it quits).
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart)
        : m_window(window), m_sinceStart(sinceStart)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first_paint_ms %.1f\n", m_sinceStart.nsecsElapsed() / 1e6);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget* m_window;
    const QElapsedTimer& m_sinceStart;
    bool m_seen = false;
};

} // namespace

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
    FirstPaintProbe probe(&window, sinceStart);
    app.installEventFilter(&probe);
    return QApplication::exec();
}

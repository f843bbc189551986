#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace iin::ui {

// For the start-up benchmark (bench/bench_desk.cpp): prints "first_paint_ms <ms>" — the time
// from `sinceStart` to the first frame of `window` (painted when the event loop comes back after
// the window's first paint event) — on standard output and quits. Header-only, so that the
// benchmark's bare-window baseline (bench/bare_window.cpp) reports the same way without linking
// the desk. Install it with QApplication::installEventFilter().
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
                std::printf("first_paint_ms %.1f\n", double(m_sinceStart.nsecsElapsed()) / 1e6);
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

} // namespace iin::ui

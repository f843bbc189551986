#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

// Qt's own dialogs run their own event loop (QDialog::exec()): the call that opens one returns
// only once it is closed. A GUI test therefore says beforehand what to do with the dialog.
namespace iin::test {

// Calls `handle` once, with the first modal dialog of type T that is up and active; polls the
// application from the event loop the dialog runs. The timer belongs to `owner`.
template <class T>
void whenModal(QObject* owner, std::function<void(T*)> handle)
{
    auto* timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || QApplication::activeWindow() != dialog)
            return;
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}

// Calls `act` once, with the first visible top-level widget of type T, active or not (a dialog
// a window opens while it is still coming up, such as the desk's sign-in). The timer belongs to
// the application.
template <class T>
void whenVisible(std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act = std::move(act)] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(d);
                return;
            }
        }
    });
    timer->start();
}

} // namespace iin::test

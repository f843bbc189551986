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

} // namespace iin::test

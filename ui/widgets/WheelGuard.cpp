#include "ui/widgets/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace iin::ui {

namespace {

bool takesTheWheelWhenFocused(const QWidget* widget)
{
    return qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget);
}

} // namespace

WheelGuard* WheelGuard::instance()
{
    // One filter for the whole application, owned by it.
    static WheelGuard* guard = new WheelGuard(QCoreApplication::instance());
    return guard;
}

void WheelGuard::guard(QWidget* widget)
{
    if (!widget || !takesTheWheelWhenFocused(widget))
        return;
    // Qt::WheelFocus (the default of both) would hand the focus over on the first turn of the
    // wheel, and with it the value.
    if (widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
    widget->removeEventFilter(instance());
    widget->installEventFilter(instance());
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    const QWidget* focus = QApplication::focusWidget();
    if (widget->hasFocus() || (focus && widget->isAncestorOf(focus)))
        return false;
    // Stopped here but not accepted: QApplication hands a wheel event that nobody accepted on to
    // the parent, and so on up to the scroll area, which scrolls.
    event->ignore();
    return true;
}

} // namespace iin::ui

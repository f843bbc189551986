#pragma once

#include <QObject>

class QWidget;

namespace iin::ui {

// The mouse wheel over a combo box or a spin box that does not have the keyboard focus scrolls
// the form it sits in instead of changing the value: a clerk scrolling through the intake
// otherwise changed the document type or the citizenship without seeing it. Such a field takes
// the wheel once it has the focus (clicked or tabbed into), and the wheel no longer gives it the
// focus. DeskStyle guards every such widget when it is polished, so the whole desk behaves so.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `widget` when it is a QComboBox or a QAbstractSpinBox (QDateEdit too); other
    // widgets are left alone. Guarding twice is harmless.
    static void guard(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    static WheelGuard* instance();
};

} // namespace iin::ui

#pragma once

#include <QProxyStyle>

namespace iin::ui {

// The application's style, drawing exactly as the style it wraps, with one difference in timing:
// the icons of the menu bar's extension button (shown only when the menus do not fit) and of the
// line edits' clear buttons (shown only over text) are read when first drawn or measured instead
// of when their widgets are made. Qt reads those PNG files with format detection, which loads
// every image format plugin (and libjpeg) first: a millisecond before the desk's first frame,
// which shows neither icon (docs/performance.md).
// It also keeps the mouse wheel from changing a combo box or spin box the clerk is only scrolling
// past (WheelGuard): every such widget is guarded when polished.
class DeskStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps `base` (owned from now on), or the application's default style when null.
    explicit DeskStyle(QStyle* base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    using QProxyStyle::polish;
    void polish(QWidget* widget) override;
};

} // namespace iin::ui

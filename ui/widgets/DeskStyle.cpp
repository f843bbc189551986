#include "ui/widgets/DeskStyle.h"

#include "ui/widgets/WheelGuard.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <functional>
#include <optional>

namespace iin::ui {

namespace {

// An icon that asks its style for the real one the first time it is needed, then answers as
// that one does.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make) : m_make(std::move(make)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // `size` is in device pixels here; QIcon::pixmap() takes the logical size.
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // Known without loading: the styles always have these icons.
    bool isNull() override { return m_icon ? m_icon->isNull() : false; }
    QString key() const override { return QStringLiteral("iin-deferred"); }
    QIconEngine* clone() const override
    {
        auto* copy = new DeferredIconEngine(m_make);
        copy->m_icon = m_icon;
        return copy;
    }

private:
    const QIcon& icon()
    {
        if (!m_icon)
            m_icon = m_make();
        return *m_icon;
    }

    std::function<QIcon()> m_make;
    std::optional<QIcon> m_icon;
};

} // namespace

DeskStyle::DeskStyle(QStyle* base) : QProxyStyle(base) {}

QIcon DeskStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                              const QWidget* widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton &&
        standardIcon != SP_ToolBarVerticalExtensionButton && standardIcon != SP_LineEditClearButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // Of the option the styles read the layout direction; kept as it is now (without one they
    // follow the application's direction when the icon is made, as before).
    std::optional<QStyleOption> kept;
    if (option) {
        kept.emplace(*option);
        kept->styleObject = nullptr;
    }
    // QPointer holds no const objects: the icon only reads them.
    QPointer<QWidget> owner(const_cast<QWidget*>(widget));
    QPointer<DeskStyle> self(const_cast<DeskStyle*>(this));
    return QIcon(new DeferredIconEngine([self, owner, standardIcon, kept]() -> QIcon {
        if (!self)
            return {};
        return self->QProxyStyle::standardIcon(standardIcon, kept ? &*kept : nullptr, owner.data());
    }));
}

void DeskStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    WheelGuard::guard(widget);
}

} // namespace iin::ui

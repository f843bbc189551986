#include "ui/widgets/MessageBar.h"

#include "ui/widgets/WrappedLabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace iin::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_iconLabel(new QLabel(this)), m_textLabel(new WrappedLabel(this)),
      m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_textLabel->setObjectName(QStringLiteral("messageTextLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::clearMessage);
    retranslate();
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    // Dark text on a light tint of the kind's colour, with a strong border: readable in any
    // theme and without relying on colour alone (the icon says the same).
    struct Look
    {
        const char* background;
        const char* border;
        const char* text;
        QStyle::StandardPixmap icon;
    };
    static constexpr Look looks[] = {
        {"#fde7e9", "#a4262c", "#3b0509", QStyle::SP_MessageBoxCritical},
        {"#fff4ce", "#8a5300", "#3d2600", QStyle::SP_MessageBoxWarning},
        {"#e6f0fb", "#0f5ca8", "#06223f", QStyle::SP_MessageBoxInformation},
        {"#dff6dd", "#107c10", "#052505", QStyle::SP_DialogApplyButton},
    };
    const Look& look = looks[int(kind)];
    setStyleSheet(QStringLiteral("iin--ui--MessageBar { background: %1; border: 2px solid %2; "
                                 "border-radius: 4px; } QLabel { color: %3; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.border),
                           QLatin1String(look.text)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(look.icon).pixmap(size, size));
    m_textLabel->setText(text);
    setAccessibleDescription(text);
    show();
    // Screen readers announce the new text without the focus moving away from the form.
    QAccessibleEvent event(m_textLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::clearMessage()
{
    m_textLabel->clear();
    setAccessibleDescription(QString());
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_textLabel->text();
}

void MessageBar::retranslate()
{
    setAccessibleName(tr("Message"));
    m_textLabel->setAccessibleName(tr("Message text"));
    m_closeButton->setAccessibleName(tr("Close the message"));
    m_closeButton->setToolTip(tr("Close the message"));
}

void MessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace iin::ui

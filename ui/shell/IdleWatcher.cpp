#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace iin::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->start();
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    if (m_active)
        m_timer->start();
}

int IdleWatcher::timeout() const
{
    return m_timer->interval();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace iin::ui

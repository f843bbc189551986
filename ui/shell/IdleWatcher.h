#pragma once

#include <QObject>

class QTimer;

namespace iin::ui {

// Watches the whole application for keyboard and mouse input (an application-wide event
// filter) and reports when there has been none for the configured time, so the desk locks.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const;
    void setActive(bool active); // paused while already locked or signed out

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    bool m_active = true;
};

} // namespace iin::ui

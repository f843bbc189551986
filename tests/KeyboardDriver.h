#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

// Driving the desk's windows from the keyboard, as a clerk does, in GUI tests.
namespace iin::test {

inline QWidget* focus()
{
    return QApplication::focusWidget();
}

// QTest::keyClicks() knows only ASCII: other letters (Kazakh, Russian) are sent as text events.
inline void type(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(focus(), char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, focus(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(focus(), k, m);
}

inline void enter()
{
    key(Qt::Key_Return);
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace iin::test

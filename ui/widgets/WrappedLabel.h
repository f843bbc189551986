#pragma once

#include <QFont>
#include <QLabel>
#include <QList>
#include <QMargins>
#include <QSize>
#include <QSizePolicy>
#include <QString>

namespace iin::ui {

// A word-wrapped label that remembers its size hints and the heights its text takes at the widths
// it was asked about. QLabel lays its text out anew (shaping every word, up to five times for
// its size hints) at each heightForWidth() call and whenever it is shown or polished, and a
// window's nested layouts ask dozens of times while they settle: for the main window's four
// wrapped labels that was a tenth of the work before its first frame (docs/performance.md).
// The answers are forgotten when anything they depend on changes.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    // What QLabel's answer depends on besides the width.
    struct Key
    {
        QString text;
        QFont font;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        int dpi = 0;
        int maximumWidth = 0;
        QSizePolicy policy;
        QMargins contents;
        bool operator==(const Key&) const = default;
    };
    Key currentKey() const;
    // Forgets what was remembered if the key has changed; true if the label wraps its text.
    bool refresh() const;

    static constexpr int Remembered = 8; // widths a layout pass asks about, and a few more
    mutable Key m_key;
    mutable QList<std::pair<int, int>> m_heights; // width, height; newest last
    mutable QSize m_sizeHint;                     // invalid: not asked yet
    mutable QSize m_minimumSizeHint;
};

} // namespace iin::ui

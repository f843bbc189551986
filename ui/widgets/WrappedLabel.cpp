#include "ui/widgets/WrappedLabel.h"

namespace iin::ui {

WrappedLabel::WrappedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(),       font(),        alignment(),    textFormat(), margin(),         indent(),
            frameWidth(), logicalDpiY(), maximumWidth(), sizePolicy(), contentsMargins()};
}

bool WrappedLabel::refresh() const
{
    // A label showing a picture, or not wrapping, answers as QLabel does.
    if (!wordWrap() || text().isEmpty())
        return false;
    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_heights.clear();
        m_sizeHint = m_minimumSizeHint = QSize();
    }
    return true;
}

int WrappedLabel::heightForWidth(int width) const
{
    if (!refresh())
        return QLabel::heightForWidth(width);
    for (const auto& [w, h] : m_heights) {
        if (w == width)
            return h;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == Remembered)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    if (!refresh())
        return QLabel::sizeHint();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!refresh())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

} // namespace iin::ui

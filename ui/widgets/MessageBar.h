#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace iin::ui {

// The inline bar at the top of a window for problems a person can act on ("the password is
// wrong", "the draft cannot be saved"): no modal box to dismiss, the text stays until it is
// fixed, closed or replaced. Colours keep a contrast ratio well above 4.5:1.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information,
        Positive,
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_iconLabel;
    QLabel* m_textLabel;
    QToolButton* m_closeButton;
    Kind m_kind = Kind::Information;
};

} // namespace iin::ui

#pragma once

#include <QMessageBox>

#include <optional>

namespace iin::ui {

// Modal questions, only for decisions ("discard this draft?"). Tests tell it the next answer
// beforehand, so a GUI test never blocks on a modal box.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace iin::ui

#pragma once

class QWidget;

namespace iin::ui {

// Lets a long form narrow to the screen it is on instead of scrolling sideways: at 1280 × 768
// the intake's fields ran out of its scroll area, and its labels with them. A combo box asks only
// for a short width (it still grows with its row, and its list shows the long items whole); a
// form layout whose label and field do not fit side by side puts the field under its label.
class FormWidth
{
public:
    // Every combo box and form layout inside `form`, as it is now (call after setupUi()).
    static void letNarrow(QWidget* form);

    // The characters a combo box asks room for; longer items are elided in the closed box.
    static constexpr int ComboCharacters = 14;
};

} // namespace iin::ui

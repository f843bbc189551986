#include "ui/widgets/FormWidth.h"

#include <QComboBox>
#include <QFormLayout>
#include <QWidget>

namespace iin::ui {

void FormWidth::letNarrow(QWidget* form)
{
    for (QComboBox* combo : form->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(ComboCharacters);
    }
    for (QFormLayout* layout : form->findChildren<QFormLayout*>()) {
        layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
        // Fields take the width there is, as they did before (the style's default elsewhere).
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
}

} // namespace iin::ui

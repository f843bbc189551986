#include "ui/widgets/CountryComboBox.h"

#include "core/base/Language.h"
#include "core/person/Countries.h"

#include <QEvent>
#include <QSignalBlocker>

namespace iin::ui {

CountryComboBox::CountryComboBox(QWidget* parent) : QComboBox(parent)
{
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    rebuild();
}

void CountryComboBox::setStatelessOffered(bool offered)
{
    m_statelessOffered = offered;
    rebuild();
}

QString CountryComboBox::alpha3() const
{
    return currentData().toString();
}

void CountryComboBox::setAlpha3(const QString& alpha3)
{
    const int i = findData(alpha3);
    setCurrentIndex(i < 0 ? 0 : i);
}

void CountryComboBox::rebuild()
{
    const QString chosen = alpha3();
    {
        const QSignalBlocker block(this);
        clear();
        addItem(tr("(not chosen)"), QString());
        const QString lang = Language::current();
        for (const Country& c : Countries::sortedByName(lang)) {
            if (c.alpha3 == QLatin1String(Countries::StatelessAlpha3)) {
                if (m_statelessOffered)
                    addItem(tr("Stateless person"), c.alpha3);
                continue;
            }
            addItem(c.name(lang), c.alpha3);
        }
        const int i = findData(chosen);
        setCurrentIndex(i < 0 ? 0 : i);
    }
    if (alpha3() != chosen)
        emit currentIndexChanged(currentIndex());
}

void CountryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}

} // namespace iin::ui

#include "ui/widgets/DateLineEdit.h"

#include <QEvent>

namespace iin::ui {

namespace {
const QString Format = QStringLiteral("dd.MM.yyyy");
}

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setInputMask(QStringLiteral("99.99.9999;_"));
    setPlaceholderText(tr("dd.mm.yyyy"));
}

void DateLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setPlaceholderText(tr("dd.mm.yyyy"));
    QLineEdit::changeEvent(event);
}

bool DateLineEdit::isBlank() const
{
    QString digits = text();
    digits.remove(u'.');
    return digits.trimmed().isEmpty();
}

QDate DateLineEdit::date() const
{
    return QDate::fromString(text(), Format);
}

void DateLineEdit::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(Format) : QString());
}

} // namespace iin::ui

#include "DateLineEdit.h"

namespace iin::ui {

namespace {
const QString Format = QStringLiteral("dd.MM.yyyy");
}

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setInputMask(QStringLiteral("99.99.9999;_"));
    setPlaceholderText(QStringLiteral("dd.mm.yyyy"));
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

#pragma once

#include <QDate>
#include <QLineEdit>

namespace iin::ui {

// A date typed as dd.mm.yyyy (as on Kazakh and Russian documents) with the digits only: the
// separators are part of the mask, so "15031990" gives 15.03.1990. Empty means "no date".
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    QDate date() const;   // null when empty or not a real date
    bool isBlank() const; // nothing typed
    void setDate(const QDate& date);

protected:
    // The placeholder spells the format in the interface language ("кк.аа.жжжж").
    void changeEvent(QEvent* event) override;
};

} // namespace iin::ui

#pragma once

#include <QComboBox>

namespace iin::ui {

// Citizenship or issuing state: the ISO 3166-1 countries sorted by their names in the current
// language (type the first letters to jump), with "stateless person" (XXA) first when asked for.
// The list is rebuilt on a language change; the chosen code stays.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    void setStatelessOffered(bool offered);
    QString alpha3() const; // empty when nothing is chosen
    void setAlpha3(const QString& alpha3);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    bool m_statelessOffered = false;
};

} // namespace iin::ui

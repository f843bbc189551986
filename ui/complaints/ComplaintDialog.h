#pragma once

#include "core/complaints/Complaint.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ComplaintDialog;
}

namespace iin::ui {

class MessageBar;

// Registering a complaint: what it is about (an application, an officer, a State Corporation
// employee), to whom it is addressed (paragraph 20 narrows the choice for an employee), when and
// how it arrived, the complainant and the substance. OK checks the form and emits submitted();
// the window that posts it to the register closes the dialog with finish() once the register
// took it, or shows the register's refusal in the dialog's message bar.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplaintDialog(const QDate& today, QWidget* parent = nullptr);
    ~ComplaintDialog() override;

    MessageBar* messageBar() const;
    void setBusy(bool busy);
    void finish() { QDialog::accept(); }

public slots:
    void accept() override;

signals:
    void submitted(const iin::Complaint& complaint, const QString& applicationRef);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices();
    void updateSubject();
    QWidget* fail(QWidget* field, const QString& message);

    std::unique_ptr<Ui::ComplaintDialog> m_ui;
    QDate m_today;
};

} // namespace iin::ui

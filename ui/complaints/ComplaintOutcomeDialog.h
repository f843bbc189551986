#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ComplaintOutcomeDialog;
}

namespace iin::ui {

class MessageBar;

// Recording what happened to a complaint: satisfied by a favourable act within the 3 working
// days, forwarded with the case file, decided (satisfied or refused), or its review term
// extended by up to 10 working days with a reason. Only the outcomes the complaint's state
// allows are offered; the register still judges the dates. Like ComplaintDialog, OK emits
// submitted() and the window closes the dialog with finish() once the register agreed.
class ComplaintOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintOutcomeDialog(const ComplaintEntry& entry, const QDate& today,
                           QWidget* parent = nullptr);
    ~ComplaintOutcomeDialog() override;

    MessageBar* messageBar() const;
    qint64 complaintId() const { return m_entry.complaint.id; }
    void setBusy(bool busy);
    void finish() { QDialog::accept(); }

public slots:
    void accept() override;

signals:
    void submitted(qint64 complaintId, const iin::ComplaintOutcome& outcome);

private:
    void updateKind();

    std::unique_ptr<Ui::ComplaintOutcomeDialog> m_ui;
    ComplaintEntry m_entry;
    QDate m_today;
};

} // namespace iin::ui

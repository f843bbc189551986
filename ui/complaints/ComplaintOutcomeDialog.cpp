#include "ui/complaints/ComplaintOutcomeDialog.h"
#include "ui_ComplaintOutcomeDialog.h"

#include "ui/complaints/ComplaintTexts.h"
#include "ui/widgets/MessageBar.h"

#include <QPushButton>

namespace iin::ui {

using Kind = ComplaintOutcome::Kind;

ComplaintOutcomeDialog::ComplaintOutcomeDialog(const ComplaintEntry& entry, const QDate& today,
                                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ComplaintOutcomeDialog>()), m_entry(entry),
      m_today(today)
{
    m_ui->setupUi(this);
    const Complaint& c = entry.complaint;
    m_ui->complaintLabel->setText(tr("Complaint %1 of %2 · %3 · %4")
                                      .arg(c.id)
                                      .arg(ComplaintTexts::date(c.received),
                                           ComplaintTexts::about(c), ComplaintTexts::state(c)));
    const bool forwardPending = c.forwardToReviewingBody && c.state == ComplaintState::Open;
    if (forwardPending) {
        m_ui->kindComboBox->addItem(tr("Satisfied by a favourable act within 3 working days (not "
                                       "forwarded)"),
                                    int(Kind::SatisfiedFavourably));
        m_ui->kindComboBox->addItem(tr("Forwarded with the case file to the reviewing body"),
                                    int(Kind::Forwarded));
    } else {
        m_ui->kindComboBox->addItem(tr("Decided by the reviewing body"), int(Kind::Decided));
    }
    if (ComplaintTerms::maxExtension(c.addressee) > c.extensionDays)
        m_ui->kindComboBox->addItem(tr("Review term extended"), int(Kind::Extended));
    m_ui->decisionComboBox->addItem(tr("Satisfied"), int(ComplaintDecision::Satisfied));
    m_ui->decisionComboBox->addItem(tr("Refused"), int(ComplaintDecision::Refused));
    m_ui->daysSpinBox->setMaximum(
        qMax(1, ComplaintTerms::maxExtension(c.addressee) - c.extensionDays));
    m_ui->onDateEdit->setDate(today);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this,
            &ComplaintOutcomeDialog::updateKind);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintOutcomeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKind();
    m_ui->kindComboBox->setFocus();
}

ComplaintOutcomeDialog::~ComplaintOutcomeDialog() = default;

MessageBar* ComplaintOutcomeDialog::messageBar() const
{
    return m_ui->messageBar;
}

void ComplaintOutcomeDialog::updateKind()
{
    const auto kind = Kind(m_ui->kindComboBox->currentData().toInt());
    const auto show = [](QWidget* label, QWidget* field, bool on) {
        label->setVisible(on);
        field->setVisible(on);
    };
    show(m_ui->referenceLabel, m_ui->referenceLineEdit,
         kind == Kind::SatisfiedFavourably || kind == Kind::Decided);
    show(m_ui->forwardedToLabel, m_ui->forwardedToLineEdit, kind == Kind::Forwarded);
    show(m_ui->decisionLabel, m_ui->decisionComboBox, kind == Kind::Decided);
    show(m_ui->daysLabel, m_ui->daysSpinBox, kind == Kind::Extended);
    show(m_ui->reasonLabel, m_ui->reasonLineEdit, kind == Kind::Extended);
}

void ComplaintOutcomeDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->messageBar->showMessage(tr("Recording the outcome…"), MessageBar::Kind::Information);
}

void ComplaintOutcomeDialog::accept()
{
    ComplaintOutcome o;
    o.kind = Kind(m_ui->kindComboBox->currentData().toInt());
    o.on = m_ui->onDateEdit->date();
    const auto fail = [this](QWidget* field, const QString& message) {
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Error);
        field->setFocus();
    };
    if (!o.on.isValid() || o.on > m_today)
        return fail(m_ui->onDateEdit, tr("On: the date as dd.mm.yyyy, not in the future."));
    switch (o.kind) {
    case Kind::SatisfiedFavourably:
        o.reference = m_ui->referenceLineEdit->text().trimmed();
        break;
    case Kind::Forwarded:
        o.forwardedTo = m_ui->forwardedToLineEdit->text().trimmed();
        break;
    case Kind::Decided:
        o.decision = ComplaintDecision(m_ui->decisionComboBox->currentData().toInt());
        o.reference = m_ui->referenceLineEdit->text().trimmed();
        if (o.reference.isEmpty())
            return fail(m_ui->referenceLineEdit,
                        tr("Reference: give the number of the reviewing body's decision."));
        break;
    case Kind::Extended:
        o.extensionDays = m_ui->daysSpinBox->value();
        o.reason = m_ui->reasonLineEdit->text().trimmed();
        if (o.reason.isEmpty())
            return fail(m_ui->reasonLineEdit, tr("Reason: say why the term is extended."));
        break;
    }
    setBusy(true);
    emit submitted(m_entry.complaint.id, o);
}

} // namespace iin::ui

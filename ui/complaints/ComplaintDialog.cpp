#include "ui/complaints/ComplaintDialog.h"
#include "ui_ComplaintDialog.h"

#include "ui/complaints/ComplaintTexts.h"
#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QPushButton>

namespace iin::ui {

ComplaintDialog::ComplaintDialog(const QDate& today, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ComplaintDialog>()), m_today(today)
{
    m_ui->setupUi(this);
    fillChoices();
    m_ui->receivedDateEdit->setDate(today);
    connect(m_ui->subjectComboBox, &QComboBox::currentIndexChanged, this,
            &ComplaintDialog::updateSubject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSubject();
    m_ui->subjectComboBox->setFocus();
}

ComplaintDialog::~ComplaintDialog() = default;

MessageBar* ComplaintDialog::messageBar() const
{
    return m_ui->messageBar;
}

void ComplaintDialog::fillChoices()
{
    const int subject = qMax(0, m_ui->subjectComboBox->currentIndex());
    const int channel = qMax(0, m_ui->channelComboBox->currentIndex());
    m_ui->subjectComboBox->clear();
    for (ComplaintSubject s : {ComplaintSubject::Application, ComplaintSubject::Officer,
                               ComplaintSubject::StateCorporationEmployee})
        m_ui->subjectComboBox->addItem(ComplaintTexts::subject(s), int(s));
    m_ui->subjectComboBox->setCurrentIndex(subject);
    m_ui->channelComboBox->clear();
    for (ComplaintChannel c : {ComplaintChannel::InPerson, ComplaintChannel::Post,
                               ComplaintChannel::Portal, ComplaintChannel::Email})
        m_ui->channelComboBox->addItem(ComplaintTexts::channel(c), int(c));
    m_ui->channelComboBox->setCurrentIndex(channel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Register"));
}

void ComplaintDialog::updateSubject()
{
    const auto subject = ComplaintSubject(m_ui->subjectComboBox->currentData().toInt());
    const bool application = subject == ComplaintSubject::Application;
    m_ui->applicationLabel->setText(application ? tr("A&pplication:")
                                                : tr("A&pplication (if any):"));
    m_ui->personLineEdit->setEnabled(!application);
    m_ui->personLabel->setEnabled(!application);
    // Paragraph 20: a complaint about a State Corporation employee goes to the head of the State
    // Corporation or to the body for informatization; only those are offered.
    const auto current = m_ui->addresseeComboBox->currentData();
    m_ui->addresseeComboBox->clear();
    for (ComplaintAddressee a : Complaint::addresseesFor(subject))
        m_ui->addresseeComboBox->addItem(ComplaintTexts::addressee(a), int(a));
    const int keep = m_ui->addresseeComboBox->findData(current);
    m_ui->addresseeComboBox->setCurrentIndex(qMax(0, keep));
}

void ComplaintDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->messageBar->showMessage(tr("Registering the complaint…"),
                                      MessageBar::Kind::Information);
}

QWidget* ComplaintDialog::fail(QWidget* field, const QString& message)
{
    m_ui->messageBar->showMessage(message, MessageBar::Kind::Error);
    field->setFocus();
    return field;
}

void ComplaintDialog::accept()
{
    Complaint c;
    c.subject = ComplaintSubject(m_ui->subjectComboBox->currentData().toInt());
    c.addressee = ComplaintAddressee(m_ui->addresseeComboBox->currentData().toInt());
    c.channel = ComplaintChannel(m_ui->channelComboBox->currentData().toInt());
    const QString applicationRef = m_ui->applicationLineEdit->text().trimmed();
    if (c.subject == ComplaintSubject::Application && applicationRef.isEmpty()) {
        fail(m_ui->applicationLineEdit,
             tr("Application: give the registration number of the application complained of."));
        return;
    }
    if (c.subject != ComplaintSubject::Application) {
        c.subjectPerson = m_ui->personLineEdit->text().trimmed();
        if (c.subjectPerson.isEmpty()) {
            fail(m_ui->personLineEdit,
                 tr("Person complained of: give the name of the officer or employee."));
            return;
        }
    }
    c.received = m_ui->receivedDateEdit->date();
    if (!c.received.isValid()) {
        fail(m_ui->receivedDateEdit, tr("Registered on: type the date as dd.mm.yyyy, e.g. %1.")
                                         .arg(m_today.toString(QStringLiteral("dd.MM.yyyy"))));
        return;
    }
    if (c.received > m_today) {
        fail(m_ui->receivedDateEdit, tr("Registered on: the date is in the future."));
        return;
    }
    c.complainant = m_ui->complainantLineEdit->text().trimmed();
    if (c.complainant.isEmpty()) {
        fail(m_ui->complainantLineEdit, tr("Complainant: give who complains."));
        return;
    }
    c.contact = m_ui->contactLineEdit->text().trimmed();
    c.substance = m_ui->substanceTextEdit->toPlainText().trimmed();
    if (c.substance.isEmpty()) {
        fail(m_ui->substanceTextEdit, tr("Substance: say what the complaint is about."));
        return;
    }
    if (!m_ui->learnedDateEdit->isBlank()) {
        c.actLearned = m_ui->learnedDateEdit->date();
        if (!c.actLearned.isValid() || c.actLearned > c.received) {
            fail(m_ui->learnedDateEdit,
                 tr("Learned of the act on: a date as dd.mm.yyyy, not after the registration, "
                    "or leave it empty."));
            return;
        }
    }
    c.appealInstructionsGiven = m_ui->instructionsCheckBox->isChecked();
    c.forwardToReviewingBody = m_ui->forwardCheckBox->isChecked();
    setBusy(true);
    emit submitted(c, applicationRef);
}

void ComplaintDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        updateSubject();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

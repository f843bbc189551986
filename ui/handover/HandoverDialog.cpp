#include "ui/handover/HandoverDialog.h"
#include "ui_HandoverDialog.h"

#include "core/person/DocumentNumber.h"
#include "ui/intake/ApplicationTexts.h"
#include "ui/widgets/MessageBar.h"

#include <QEvent>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>
#include <tuple>

namespace iin::ui {

namespace {

// A field with a problem: a frame that does not rely on colour alone (it is thicker too).
const QString ProblemStyle = QStringLiteral("border: 2px solid #b00020;");

} // namespace

HandoverDialog::HandoverDialog(qint64 applicationId, const QString& registrationNumber,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HandoverDialog>()), m_applicationId(applicationId),
      m_registrationNumber(registrationNumber)
{
    m_ui->setupUi(this);
    auto& u = *m_ui;
    m_fields = {
        {QStringLiteral("document_type"), u.documentTypeComboBox},
        {QStringLiteral("document_number"), u.documentNumberLineEdit},
        {QStringLiteral("digital_reference"), u.digitalReferenceLineEdit},
        {QStringLiteral("representative_name"), u.representativeNameLineEdit},
        {QStringLiteral("power_of_attorney"), u.powerOfAttorneyNumberLineEdit},
        {QStringLiteral("power_of_attorney.number"), u.powerOfAttorneyNumberLineEdit},
        {QStringLiteral("power_of_attorney.date"), u.powerOfAttorneyDateLineEdit},
        {QStringLiteral("power_of_attorney.issued_by"), u.powerOfAttorneyIssuedByLineEdit},
        {QStringLiteral("power_of_attorney.valid_until"), u.powerOfAttorneyValidUntilLineEdit},
    };
    connect(u.handoverButtonBox, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(u.handoverButtonBox, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
    for (QRadioButton* b :
         {u.applicantRadioButton, u.digitalRadioButton, u.representativeRadioButton})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                showFieldsOfRecipient();
        });
    // A corrected field loses its mark at once.
    for (QLineEdit* e :
         {u.documentNumberLineEdit, u.digitalReferenceLineEdit, u.representativeNameLineEdit,
          u.powerOfAttorneyNumberLineEdit, static_cast<QLineEdit*>(u.powerOfAttorneyDateLineEdit),
          u.powerOfAttorneyIssuedByLineEdit,
          static_cast<QLineEdit*>(u.powerOfAttorneyValidUntilLineEdit)})
        connect(e, &QLineEdit::textEdited, e, [e] { e->setStyleSheet({}); });

    connect(u.documentNumberLineEdit, &QLineEdit::textChanged, this,
            &HandoverDialog::showDocumentOnFile);
    // A warning, said in words; the colour and weight only draw the eye to it.
    u.documentMismatchLabel->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));

    refreshTexts();
    showFieldsOfRecipient();
    u.applicantRadioButton->setFocus();
}

void HandoverDialog::setDocumentOnFile(const IdentityDocument& document)
{
    m_documentOnFile = document;
    showDocumentOnFile();
}

QString HandoverDialog::documentOnFileText() const
{
    return m_ui->documentOnFileLabel->isVisibleTo(this) ? m_ui->documentOnFileLabel->text()
                                                        : QString();
}

QString HandoverDialog::documentMismatch() const
{
    return m_ui->documentMismatchLabel->isVisibleTo(this) ? m_ui->documentMismatchLabel->text()
                                                          : QString();
}

void HandoverDialog::showDocumentOnFile()
{
    auto& u = *m_ui;
    u.documentOnFileLabel->setVisible(m_documentOnFile.has_value());
    u.documentMismatchLabel->setVisible(false);
    if (!m_documentOnFile)
        return;
    const IdentityDocument& d = *m_documentOnFile;
    u.documentOnFileLabel->setText(
        tr("Document on file: %1 %2").arg(ApplicationTexts::documentType(d.type), d.number));
    u.documentOnFileLabel->setAccessibleName(u.documentOnFileLabel->text());
    const QString typed = u.documentNumberLineEdit->text();
    // Only the person's own document is compared: a representative's or a digital one has
    // another number by nature.
    if (recipient() != HandoverRecipient::Applicant || typed.trimmed().isEmpty() ||
        DocumentNumber::key(typed) == DocumentNumber::key(d.number))
        return;
    u.documentMismatchLabel->setText(
        tr("The number presented, %1, is not the number on file, %2: check that this is the "
           "applicant's document (a renewed passport has a new number).")
            .arg(typed.trimmed(), d.number));
    u.documentMismatchLabel->setAccessibleName(u.documentMismatchLabel->text());
    u.documentMismatchLabel->setVisible(true);
}

HandoverDialog::~HandoverDialog() = default;

QString HandoverDialog::message() const
{
    return m_ui->messageBar->text();
}

HandoverRecipient HandoverDialog::recipient() const
{
    if (m_ui->representativeRadioButton->isChecked())
        return HandoverRecipient::Representative;
    if (m_ui->digitalRadioButton->isChecked())
        return HandoverRecipient::DigitalDocument;
    return HandoverRecipient::Applicant;
}

void HandoverDialog::setRecipient(HandoverRecipient recipient)
{
    switch (recipient) {
    case HandoverRecipient::Applicant:
        m_ui->applicantRadioButton->setChecked(true);
        break;
    case HandoverRecipient::DigitalDocument:
        m_ui->digitalRadioButton->setChecked(true);
        break;
    case HandoverRecipient::Representative:
        m_ui->representativeRadioButton->setChecked(true);
        break;
    }
}

QWidget* HandoverDialog::widgetForField(const QString& field) const
{
    return m_fields.value(field);
}

Handover HandoverDialog::handover() const
{
    const auto& u = *m_ui;
    Handover h;
    h.recipient = recipient();
    h.documentType = IdentityDocumentType(u.documentTypeComboBox->currentData().toInt());
    h.documentNumber = u.documentNumberLineEdit->text();
    if (h.recipient == HandoverRecipient::DigitalDocument)
        h.digitalReference = u.digitalReferenceLineEdit->text();
    if (h.recipient == HandoverRecipient::Representative) {
        h.representativeName = u.representativeNameLineEdit->text();
        h.powerOfAttorneyNumber = u.powerOfAttorneyNumberLineEdit->text();
        h.powerOfAttorneyDate = u.powerOfAttorneyDateLineEdit->date();
        h.powerOfAttorneyIssuedBy = u.powerOfAttorneyIssuedByLineEdit->text();
        h.powerOfAttorneyValidUntil = u.powerOfAttorneyValidUntilLineEdit->date();
    }
    return h.normalized();
}

void HandoverDialog::refreshTexts()
{
    auto& u = *m_ui;
    setWindowTitle(
        m_registrationNumber.isEmpty()
            ? tr("Hand over the registration certificate: application %1").arg(m_applicationId)
            : tr("Hand over the registration certificate: %1").arg(m_registrationNumber));
    setAccessibleName(windowTitle());
    {
        const QVariant type = u.documentTypeComboBox->currentData();
        const QSignalBlocker block(u.documentTypeComboBox);
        u.documentTypeComboBox->clear();
        for (IdentityDocumentType t : ApplicationTexts::documentTypes())
            u.documentTypeComboBox->addItem(ApplicationTexts::documentType(t), int(t));
        u.documentTypeComboBox->setCurrentIndex(
            type.isValid() ? qMax(0, u.documentTypeComboBox->findData(type)) : 0);
    }
    // The document's labels say whose document it is in the chosen way.
    switch (recipient()) {
    case HandoverRecipient::Applicant:
        u.documentTypeLabel->setText(tr("Identity document &type:"));
        u.documentNumberLabel->setText(tr("Identity document &number:"));
        u.documentTypeComboBox->setAccessibleName(tr("Type of the identity document presented"));
        u.documentNumberLineEdit->setAccessibleName(
            tr("Number of the identity document presented"));
        break;
    case HandoverRecipient::DigitalDocument:
        u.documentTypeLabel->setText(tr("Digital document &type:"));
        u.documentNumberLabel->setText(tr("Digital document &number:"));
        u.documentTypeComboBox->setAccessibleName(
            tr("Type of the document from the digital documents service"));
        u.documentNumberLineEdit->setAccessibleName(
            tr("Number of the document from the digital documents service"));
        break;
    case HandoverRecipient::Representative:
        u.documentTypeLabel->setText(tr("Representative's document &type:"));
        u.documentNumberLabel->setText(tr("Representative's document &number:"));
        u.documentTypeComboBox->setAccessibleName(
            tr("Type of the representative's identity document"));
        u.documentNumberLineEdit->setAccessibleName(
            tr("Number of the representative's identity document"));
        break;
    }
    u.handoverButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the &handover"));
}

void HandoverDialog::showFieldsOfRecipient()
{
    auto& u = *m_ui;
    const HandoverRecipient r = recipient();
    const bool digital = r == HandoverRecipient::DigitalDocument;
    const bool representative = r == HandoverRecipient::Representative;
    // Hidden and disabled: out of sight, out of the tab order and out of what is recorded.
    const auto show = [&](QWidget* field, bool on) {
        u.handoverFormLayout->setRowVisible(field, on);
        field->setEnabled(on && !m_busy);
    };
    show(u.digitalReferenceLineEdit, digital);
    show(u.representativeNameLineEdit, representative);
    show(u.powerOfAttorneyNumberLineEdit, representative);
    show(u.powerOfAttorneyDateLineEdit, representative);
    show(u.powerOfAttorneyIssuedByLineEdit, representative);
    show(u.powerOfAttorneyValidUntilLineEdit, representative);
    m_ui->messageBar->clearMessage();
    for (QWidget* w : m_fields)
        w->setStyleSheet({});
    refreshTexts();
    showDocumentOnFile();
}

void HandoverDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->recipientGroupBox->setEnabled(!busy);
    m_ui->handoverButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->documentTypeComboBox->setEnabled(!busy);
    m_ui->documentNumberLineEdit->setEnabled(!busy);
    const HandoverRecipient r = recipient();
    m_ui->digitalReferenceLineEdit->setEnabled(!busy && r == HandoverRecipient::DigitalDocument);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->representativeNameLineEdit, m_ui->powerOfAttorneyNumberLineEdit,
             m_ui->powerOfAttorneyDateLineEdit, m_ui->powerOfAttorneyIssuedByLineEdit,
             m_ui->powerOfAttorneyValidUntilLineEdit})
        w->setEnabled(!busy && r == HandoverRecipient::Representative);
}

void HandoverDialog::markProblems(const Problems& problems)
{
    for (QWidget* w : m_fields)
        w->setStyleSheet({});
    QStringList lines;
    QWidget* first = nullptr;
    for (const Problem& p : problems) {
        lines << p.message;
        if (QWidget* w = widgetForField(p.field)) {
            w->setStyleSheet(ProblemStyle);
            if (!first)
                first = w;
        }
    }
    m_ui->messageBar->showMessage(lines.join(u'\n'), MessageBar::Kind::Error);
    if (first)
        first->setFocus();
}

void HandoverDialog::accept()
{
    if (m_busy)
        return;
    auto& u = *m_ui;
    // A date typed but not a real one is a problem of its own: it would read as "no date".
    Problems problems;
    for (const auto& [field, edit, name] :
         {std::tuple{QStringLiteral("power_of_attorney.date"), u.powerOfAttorneyDateLineEdit,
                     tr("Date of the power of attorney")},
          std::tuple{QStringLiteral("power_of_attorney.valid_until"),
                     u.powerOfAttorneyValidUntilLineEdit, tr("Power of attorney valid until")}}) {
        if (edit->isEnabled() && !edit->isBlank() && !edit->date().isValid())
            problems << Problem{
                QStringLiteral("handover.date"), field,
                tr("%1 (%2) is not a real date: type it as dd.mm.yyyy.").arg(name, field)};
    }
    const Handover h = handover();
    for (const Problem& p : h.check(QDate::currentDate())) {
        const bool dateAlreadyNamed =
            std::any_of(problems.cbegin(), problems.cend(),
                        [&](const Problem& q) { return q.field == p.field; });
        if (!dateAlreadyNamed)
            problems << p;
    }
    if (!problems.isEmpty()) {
        markProblems(problems);
        return;
    }
    setBusy(true);
    u.messageBar->showMessage(tr("Recording the handover…"), MessageBar::Kind::Information);
    emit handoverConfirmed(h);
}

void HandoverDialog::recorded()
{
    setBusy(false);
    QDialog::accept();
}

void HandoverDialog::refused(const QString& message)
{
    setBusy(false);
    m_ui->messageBar->showMessage(message, MessageBar::Kind::Error);
    m_ui->documentNumberLineEdit->setFocus();
}

void HandoverDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
        showDocumentOnFile();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui

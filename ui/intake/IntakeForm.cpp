#include "ui/intake/IntakeForm.h"

#include "core/atrest/DraftScans.h"
#include "ui_IntakeForm.h"

#include "core/atrest/DraftScans.h"
#include "core/base/Language.h"
#include "core/rules/RuleSet.h"
#include "core/rules/RuleSetData.h"
#include "core/services/BackgroundJob.h"
#include "ui/capture/ScanDialog.h"
#include "ui/intake/ApplicationTexts.h"
#include "ui/intake/MrzFill.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/DateLineEdit.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FormWidth.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScanPreview.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeDatabase>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

namespace iin::ui {

namespace {

// One chosen file as read on a pool thread: its digest and type, or why it was not read.
struct ScanRead
{
    QString fileName;
    QString absolutePath;
    bool tooLarge = false;
    bool unreadable = false;
    QString error; // when unreadable
    QString sha256;
    QString mediaType;
};

ScanRead readScan(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    ScanRead read;
    read.fileName = info.fileName();
    read.absolutePath = info.absoluteFilePath();
    if (info.size() > MaxAttachmentBytes) {
        read.tooLarge = true;
        return read;
    }
    // The scan dialog's pages are kept encrypted: the digest is the plain content's.
    const Result<QByteArray> content = DraftScans::read(path);
    if (!content) {
        read.unreadable = true;
        read.error = content.errorMessage();
        return read;
    }
    read.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
    read.mediaType = QMimeDatabase().mimeTypeForFile(info).name();
    return read;
}

void setComboData(QComboBox* combo, const QVariant& value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

// Refills a combo box whose texts come from code, keeping the chosen value.
void refill(QComboBox* combo, const QList<std::pair<QString, QVariant>>& items)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto& [text, data] : items)
        combo->addItem(text, data);
    if (chosen.isValid())
        setComboData(combo, chosen);
}

QString requirementTitle(const Requirement& r)
{
    if (r.signature)
        return IntakeForm::tr("Electronic request certified by the EDS");
    if (r.attachment)
        return ApplicationTexts::attachmentKind(*r.attachment);
    return r.id;
}

} // namespace

IntakeForm::IntakeForm(ApplicationBasis basis, Channel channel, DraftStore* drafts,
                       QString operatorLogin, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IntakeForm>()), m_basis(basis), m_drafts(drafts),
      m_operatorLogin(std::move(operatorLogin)), m_draftId(DraftStore::newId()),
      m_checkTimer(new QTimer(this)), m_saveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    FormWidth::letNarrow(this);
    m_preview = new ScanPreview(m_ui->attachmentPreviewLabel);
    m_ui->citizenshipComboBox->setStatelessOffered(true);
    // A red frame on fields with a problem; the message itself is in the label, the tooltip and
    // the accessible description, so colour is never the only sign.
    setStyleSheet(QStringLiteral(
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] { border: 2px solid #a4262c; }"
        " QCheckBox[invalid=\"true\"] { color: #a4262c; }"
        " QLabel#fieldProblemLabel { color: #a4262c; font-weight: bold; }"));

    fillCombos();
    const auto& u = *m_ui;
    m_fieldWidgets = {
        {QStringLiteral("channel"), u.channelComboBox},
        {QStringLiteral("submitted_on"), u.submittedOnLineEdit},
        {QStringLiteral("name_cyrillic.surname"), u.surnameCyrillicLineEdit},
        {QStringLiteral("name_cyrillic.given_name"), u.givenNameCyrillicLineEdit},
        {QStringLiteral("name_cyrillic.patronymic"), u.patronymicCyrillicLineEdit},
        {QStringLiteral("name_cyrillic"), u.surnameCyrillicLineEdit},
        {QStringLiteral("name_latin.surname"), u.surnameLatinLineEdit},
        {QStringLiteral("name_latin.given_name"), u.givenNameLatinLineEdit},
        {QStringLiteral("name_latin.patronymic"), u.patronymicLatinLineEdit},
        {QStringLiteral("name_latin"), u.surnameLatinLineEdit},
        {QStringLiteral("birth_date"), u.birthDateLineEdit},
        {QStringLiteral("birth_place"), u.birthPlaceLineEdit},
        {QStringLiteral("sex"), u.sexComboBox},
        {QStringLiteral("citizenship"), u.citizenshipComboBox},
        {QStringLiteral("identity_document"), u.documentNumberLineEdit},
        {QStringLiteral("identity_document.type"), u.documentTypeComboBox},
        {QStringLiteral("identity_document.number"), u.documentNumberLineEdit},
        {QStringLiteral("identity_document.issuing_state"), u.issuingStateComboBox},
        {QStringLiteral("identity_document.issuing_authority"), u.issuingAuthorityLineEdit},
        {QStringLiteral("identity_document.issue_date"), u.issueDateLineEdit},
        {QStringLiteral("identity_document.expiry_date"), u.expiryDateLineEdit},
        {QStringLiteral("identity_document.has_cyrillic_or_latin_data"), u.cyrillicOrLatinCheckBox},
        {QStringLiteral("identity_document.from_digital_documents_service"),
         u.digitalDocumentsCheckBox},
        {QStringLiteral("address_of_stay"), u.addressOfStayLineEdit},
        {QStringLiteral("purpose_of_stay"), u.purposeOfStayLineEdit},
        {QStringLiteral("contacts"), u.phoneLineEdit},
        {QStringLiteral("contacts.phone"), u.phoneLineEdit},
        {QStringLiteral("contacts.email"), u.emailLineEdit},
        {QStringLiteral("consent_to_personal_data"), u.consentCheckBox},
        {QStringLiteral("representative"), u.representativeSurnameLineEdit},
        {QStringLiteral("representative.name"), u.representativeSurnameLineEdit},
        {QStringLiteral("representative.name.surname"), u.representativeSurnameLineEdit},
        {QStringLiteral("representative.name.given_name"), u.representativeGivenNameLineEdit},
        {QStringLiteral("representative.name.patronymic"), u.representativePatronymicLineEdit},
        {QStringLiteral("representative.iin"), u.representativeIinLineEdit},
        {QStringLiteral("representative.document"), u.representativeDocumentNumberLineEdit},
        {QStringLiteral("representative.document.type"), u.representativeDocumentTypeComboBox},
        {QStringLiteral("representative.document.number"), u.representativeDocumentNumberLineEdit},
        {QStringLiteral("representative.document.issuing_state"),
         u.representativeIssuingStateComboBox},
        {QStringLiteral("representative.document.issue_date"), u.representativeIssueDateLineEdit},
        {QStringLiteral("representative.power_of_attorney"), u.powerOfAttorneyNumberLineEdit},
        {QStringLiteral("representative.power_of_attorney.notarized"),
         u.powerOfAttorneyNotarizedCheckBox},
        {QStringLiteral("representative.power_of_attorney.number"),
         u.powerOfAttorneyNumberLineEdit},
        {QStringLiteral("representative.power_of_attorney.date"), u.powerOfAttorneyDateLineEdit},
        {QStringLiteral("representative.power_of_attorney.valid_until"),
         u.powerOfAttorneyValidUntilLineEdit},
        {QStringLiteral("representative.power_of_attorney.notary"), u.notaryLineEdit},
        {QStringLiteral("annex2"), u.institutionLineEdit},
        {QStringLiteral("annex2.institution"), u.institutionLineEdit},
        {QStringLiteral("annex2.institution_head"), u.institutionHeadLineEdit},
        {QStringLiteral("annex2.institution_representative"), u.institutionRepresentativeLineEdit},
        {QStringLiteral("annex2.court"), u.courtLineEdit},
        {QStringLiteral("annex2.verdict_date"), u.verdictDateLineEdit},
        {QStringLiteral("annex2.certified_by_head"), u.certifiedByHeadCheckBox},
    };
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
        if (auto* date = qobject_cast<DateLineEdit*>(it.value()))
            m_dateFields.insert(date, it.key());
    }
    m_mrz = new MrzFill(this);
    m_ui->documentFormLayout->insertRow(0, m_mrz);
    connect(m_mrz, &MrzFill::marksChanged, this, [this] {
        runCheck();
        changed();
    });
    connect(m_mrz, &MrzFill::scanRequested, this, &IntakeForm::scanPassport);
    connect(m_mrz, &MrzFill::filledFromScan, this, [this] {
        emit messageRequested(tr("The fields were filled from the passport's machine-readable "
                                 "zone on the scanned page: compare each with the document."),
                              false);
    });

    m_ui->channelComboBox->setEnabled(m_basis == ApplicationBasis::Annex1);
    setComboData(m_ui->channelComboBox,
                 int(m_basis == ApplicationBasis::Annex2 ? Channel::ServiceProvider : channel));
    m_ui->submittedOnLineEdit->setDate(QDate::currentDate());
    if (m_basis == ApplicationBasis::Annex2) {
        // Annex 2 is filed for a sentenced person who has no identity document: the
        // institution's application replaces it.
        setComboData(m_ui->attachmentKindComboBox, int(AttachmentKind::Annex2Application));
    }
    updateSections();
    refreshTexts();

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &IntakeForm::runCheck);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (Status s = saveDraftNow(); !s)
            emit messageRequested(s.errorMessage(), true);
    });

    connect(m_ui->representativeCheckBox, &QCheckBox::toggled, this, &IntakeForm::updateSections);
    connect(m_ui->attachScanButton, &QPushButton::clicked, this, &IntakeForm::attachScans);
    connect(m_ui->scanPagesButton, &QPushButton::clicked, this, &IntakeForm::scanPages);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this,
            &IntakeForm::removeAttachment);
    connect(m_ui->attachmentsListWidget, &QListWidget::currentRowChanged, this,
            &IntakeForm::showPreview);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &IntakeForm::requestRegister);
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, [this] {
        if (Status s = saveDraftNow(); !s)
            emit messageRequested(s.errorMessage(), true);
    });
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Discard the application"),
                                 tr("Discard this application and its draft? What was typed "
                                    "cannot be recovered."),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard)
            discardDraft();
    });
    connect(m_ui->checklistListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { focusField(item->data(Qt::UserRole).toString()); });
    connect(qApp, &QApplication::focusChanged, this, [this] { updateFieldProblemLabel(); });

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this, this, &IntakeForm::requestRegister);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, m_ui->saveDraftButton, &QPushButton::click);

    connectChanges();
    m_blank = application();
    runCheck();
}

IntakeForm::~IntakeForm()
{
    // The focus leaves now, while the form is whole: once QWidget's destructor deletes the
    // fields, a focus change would reach this form's handlers with its members already gone.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    // Nothing typed is lost: a pending save happens now, not after the timer.
    if (m_saveTimer->isActive())
        saveDraftNow();
}

void IntakeForm::fillCombos()
{
    auto& u = *m_ui;
    refill(u.channelComboBox,
           {{ApplicationTexts::channel(Channel::StateCorporation), int(Channel::StateCorporation)},
            {ApplicationTexts::channel(Channel::ServiceProvider), int(Channel::ServiceProvider)}});
    refill(u.sexComboBox, {{tr("(not chosen)"), int(Sex::Unknown)},
                           {tr("Male"), int(Sex::Male)},
                           {tr("Female"), int(Sex::Female)}});
    QList<std::pair<QString, QVariant>> documentTypes;
    for (IdentityDocumentType t : ApplicationTexts::documentTypes())
        documentTypes.append({ApplicationTexts::documentType(t), int(t)});
    refill(u.documentTypeComboBox, documentTypes);
    refill(u.representativeDocumentTypeComboBox, documentTypes);
    QList<std::pair<QString, QVariant>> kinds;
    for (AttachmentKind k : ApplicationTexts::attachmentKinds())
        kinds.append({ApplicationTexts::attachmentKind(k), int(k)});
    refill(u.attachmentKindComboBox, kinds);
}

void IntakeForm::refreshTexts()
{
    if (m_basis == ApplicationBasis::Annex2) {
        m_ui->applicationGroupBox->setTitle(tr("Application (Annex 2)"));
    } else {
        m_ui->applicationGroupBox->setTitle(tr("Application (Annex 1)"));
    }
    for (DateLineEdit* edit : findChildren<DateLineEdit*>())
        edit->setPlaceholderText(tr("dd.mm.yyyy"));
    m_ui->attachScanButton->setToolTip(tr("Attach a scanned image or PDF (Alt+N)"));
    m_ui->registerButton->setToolTip(tr("Register the application (Ctrl+Enter)"));
    m_ui->saveDraftButton->setToolTip(tr("Save the draft now (Ctrl+S); drafts also save "
                                         "themselves after every change"));
}

void IntakeForm::connectChanges()
{
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (edit->parent() && qobject_cast<QComboBox*>(edit->parent()))
            continue;
        connect(edit, &QLineEdit::textChanged, this, &IntakeForm::changed);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_touched.insert(edit);
            showFieldProblems();
        });
        edit->installEventFilter(this);
    }
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            m_touched.insert(combo);
            changed();
        });
        combo->installEventFilter(this);
    }
    for (QCheckBox* box : findChildren<QCheckBox*>()) {
        connect(box, &QCheckBox::toggled, this, [this, box] {
            m_touched.insert(box);
            changed();
        });
        box->installEventFilter(this);
    }
}

void IntakeForm::changed()
{
    if (m_loading)
        return;
    m_checkTimer->start();
    if (m_drafts)
        m_saveTimer->start();
    emit titleChanged(title());
}

QString IntakeForm::title() const
{
    const QString name = PersonName{
        m_ui->surnameCyrillicLineEdit->text(),
        m_ui->givenNameCyrillicLineEdit->text(),
        {}}.fullName();
    if (!name.isEmpty())
        return name;
    const QString latin = PersonName{
        m_ui->surnameLatinLineEdit->text(),
        m_ui->givenNameLatinLineEdit->text(),
        {}}.fullName();
    if (!latin.isEmpty())
        return latin;
    return m_basis == ApplicationBasis::Annex2 ? tr("New Annex 2 application")
                                               : tr("New application");
}

void IntakeForm::updateSections()
{
    m_ui->representativeGroupBox->setVisible(m_ui->representativeCheckBox->isChecked());
    m_ui->annex2GroupBox->setVisible(m_basis == ApplicationBasis::Annex2);
    m_ui->documentGroupBox->setVisible(m_basis == ApplicationBasis::Annex1);
    m_ui->representativeCheckBox->setVisible(m_basis == ApplicationBasis::Annex1);
}

Application IntakeForm::application() const
{
    const auto& u = *m_ui;
    Application a;
    a.basis = m_basis;
    a.channel = Channel(u.channelComboBox->currentData().toInt());
    a.submittedOn = u.submittedOnLineEdit->date();
    a.nameCyrillic = {u.surnameCyrillicLineEdit->text().simplified(),
                      u.givenNameCyrillicLineEdit->text().simplified(),
                      u.patronymicCyrillicLineEdit->text().simplified()};
    a.nameLatin = {u.surnameLatinLineEdit->text().simplified(),
                   u.givenNameLatinLineEdit->text().simplified(),
                   u.patronymicLatinLineEdit->text().simplified()};
    a.birthDate = u.birthDateLineEdit->date();
    a.birthPlace = u.birthPlaceLineEdit->text().simplified();
    a.sex = Sex(u.sexComboBox->currentData().toInt());
    a.citizenship = u.citizenshipComboBox->alpha3();
    if (m_basis == ApplicationBasis::Annex1) {
        IdentityDocument d;
        d.type = IdentityDocumentType(u.documentTypeComboBox->currentData().toInt());
        d.number = u.documentNumberLineEdit->text().simplified();
        d.issuingState = u.issuingStateComboBox->alpha3();
        d.issuingAuthority = u.issuingAuthorityLineEdit->text().simplified();
        d.issueDate = u.issueDateLineEdit->date();
        d.expiryDate = u.expiryDateLineEdit->date();
        d.hasCyrillicOrLatinData = u.cyrillicOrLatinCheckBox->isChecked();
        d.fromDigitalDocumentsService = u.digitalDocumentsCheckBox->isChecked();
        a.identityDocument = d;
    }
    a.addressOfStay = u.addressOfStayLineEdit->text().simplified();
    a.purposeOfStay = u.purposeOfStayLineEdit->text().simplified();
    a.contacts = {u.phoneLineEdit->text().simplified(), u.emailLineEdit->text().trimmed()};
    a.consentToPersonalData = u.consentCheckBox->isChecked();
    if (m_basis == ApplicationBasis::Annex1 && u.representativeCheckBox->isChecked()) {
        Representative r;
        r.name = {u.representativeSurnameLineEdit->text().simplified(),
                  u.representativeGivenNameLineEdit->text().simplified(),
                  u.representativePatronymicLineEdit->text().simplified()};
        r.iin = u.representativeIinLineEdit->text().trimmed();
        r.document.type =
            IdentityDocumentType(u.representativeDocumentTypeComboBox->currentData().toInt());
        r.document.number = u.representativeDocumentNumberLineEdit->text().simplified();
        r.document.issuingState = u.representativeIssuingStateComboBox->alpha3();
        r.document.issueDate = u.representativeIssueDateLineEdit->date();
        r.powerOfAttorney.notarized = u.powerOfAttorneyNotarizedCheckBox->isChecked();
        r.powerOfAttorney.number = u.powerOfAttorneyNumberLineEdit->text().simplified();
        r.powerOfAttorney.date = u.powerOfAttorneyDateLineEdit->date();
        r.powerOfAttorney.validUntil = u.powerOfAttorneyValidUntilLineEdit->date();
        r.powerOfAttorney.notary = u.notaryLineEdit->text().simplified();
        a.representative = r;
    }
    if (m_basis == ApplicationBasis::Annex2) {
        Annex2Basis b;
        b.institution = u.institutionLineEdit->text().simplified();
        b.institutionHead = u.institutionHeadLineEdit->text().simplified();
        b.institutionRepresentative = u.institutionRepresentativeLineEdit->text().simplified();
        b.court = u.courtLineEdit->text().simplified();
        b.verdictDate = u.verdictDateLineEdit->date();
        b.certifiedByHead = u.certifiedByHeadCheckBox->isChecked();
        a.annex2 = b;
    }
    a.attachments = m_attachments;
    return a;
}

void IntakeForm::setApplication(const Application& a)
{
    m_loading = true;
    auto& u = *m_ui;
    setComboData(u.channelComboBox, int(a.channel));
    u.submittedOnLineEdit->setDate(a.submittedOn);
    u.surnameCyrillicLineEdit->setText(a.nameCyrillic.surname);
    u.givenNameCyrillicLineEdit->setText(a.nameCyrillic.givenName);
    u.patronymicCyrillicLineEdit->setText(a.nameCyrillic.patronymic);
    u.surnameLatinLineEdit->setText(a.nameLatin.surname);
    u.givenNameLatinLineEdit->setText(a.nameLatin.givenName);
    u.patronymicLatinLineEdit->setText(a.nameLatin.patronymic);
    u.birthDateLineEdit->setDate(a.birthDate);
    u.birthPlaceLineEdit->setText(a.birthPlace);
    setComboData(u.sexComboBox, int(a.sex));
    u.citizenshipComboBox->setAlpha3(a.citizenship);
    const IdentityDocument d = a.identityDocument.value_or(IdentityDocument{});
    setComboData(u.documentTypeComboBox, int(d.type));
    u.documentNumberLineEdit->setText(d.number);
    u.issuingStateComboBox->setAlpha3(d.issuingState);
    u.issuingAuthorityLineEdit->setText(d.issuingAuthority);
    u.issueDateLineEdit->setDate(d.issueDate);
    u.expiryDateLineEdit->setDate(d.expiryDate);
    u.cyrillicOrLatinCheckBox->setChecked(d.hasCyrillicOrLatinData);
    u.digitalDocumentsCheckBox->setChecked(d.fromDigitalDocumentsService);
    u.addressOfStayLineEdit->setText(a.addressOfStay);
    u.purposeOfStayLineEdit->setText(a.purposeOfStay);
    u.phoneLineEdit->setText(a.contacts.phone);
    u.emailLineEdit->setText(a.contacts.email);
    u.consentCheckBox->setChecked(a.consentToPersonalData);
    u.representativeCheckBox->setChecked(a.representative.has_value());
    const Representative r = a.representative.value_or(Representative{});
    u.representativeSurnameLineEdit->setText(r.name.surname);
    u.representativeGivenNameLineEdit->setText(r.name.givenName);
    u.representativePatronymicLineEdit->setText(r.name.patronymic);
    u.representativeIinLineEdit->setText(r.iin);
    setComboData(u.representativeDocumentTypeComboBox, int(r.document.type));
    u.representativeDocumentNumberLineEdit->setText(r.document.number);
    u.representativeIssuingStateComboBox->setAlpha3(r.document.issuingState);
    u.representativeIssueDateLineEdit->setDate(r.document.issueDate);
    u.powerOfAttorneyNotarizedCheckBox->setChecked(r.powerOfAttorney.notarized);
    u.powerOfAttorneyNumberLineEdit->setText(r.powerOfAttorney.number);
    u.powerOfAttorneyDateLineEdit->setDate(r.powerOfAttorney.date);
    u.powerOfAttorneyValidUntilLineEdit->setDate(r.powerOfAttorney.validUntil);
    u.notaryLineEdit->setText(r.powerOfAttorney.notary);
    const Annex2Basis b = a.annex2.value_or(Annex2Basis{});
    u.institutionLineEdit->setText(b.institution);
    u.institutionHeadLineEdit->setText(b.institutionHead);
    u.institutionRepresentativeLineEdit->setText(b.institutionRepresentative);
    u.courtLineEdit->setText(b.court);
    u.verdictDateLineEdit->setDate(b.verdictDate);
    u.certifiedByHeadCheckBox->setChecked(b.certifiedByHead);
    m_attachments = a.attachments;
    m_chosenScans.clear(); // scans chosen for the application before are not attached to this one
    ++m_scanGeneration;
    m_loading = false;
    updateSections();
    showAttachments();
    runCheck();
    emit titleChanged(title());
}

void IntakeForm::resumeDraft(const Draft& draft)
{
    m_draftId = draft.id;
    m_attachmentFiles = draft.attachmentFiles;
    m_mrz->restore(draft.mrzLines, draft.mrzUnconfirmed);
    setApplication(draft.application);
    // A resumed draft has been worked on: show every problem at once.
    m_showAllProblems = true;
    showFieldProblems();
}

bool IntakeForm::hasContent() const
{
    Application now = application();
    Application blank = m_blank;
    // The date of submission alone is not content.
    now.submittedOn = blank.submittedOn = {};
    return !(now == blank);
}

Status IntakeForm::saveDraftNow()
{
    m_saveTimer->stop();
    if (!m_drafts)
        return {};
    if (!hasContent()) // everything typed was erased: so is the draft
        return m_drafts->discard(m_draftId);
    Draft d;
    d.id = m_draftId;
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.operatorLogin = m_operatorLogin;
    d.application = application();
    d.attachmentFiles = m_attachmentFiles;
    d.mrzLines = m_mrz->lines();
    d.mrzUnconfirmed = m_mrz->unconfirmed();
    Status s = m_drafts->save(d);
    if (s)
        emit draftSaved();
    return s;
}

void IntakeForm::discardDraft()
{
    m_saveTimer->stop();
    if (m_drafts)
        m_drafts->discard(m_draftId);
    m_loading = true;
    m_mrz->clear();
    setApplication(m_blank);
    m_loading = false;
    // Pages the scan dialog wrote for this application go with it: a registered application's
    // scans are in the journal now, a discarded one's are nobody's. Files chosen on disk are
    // the clerk's and stay.
    const QDir scans(ScanDialog::defaultFolder());
    for (const QString& path : std::as_const(m_attachmentFiles)) {
        if (QFileInfo(path).absoluteDir() == scans)
            QFile::remove(path);
    }
    m_attachmentFiles.clear();
    m_touched.clear();
    m_showAllProblems = false;
    m_draftId = DraftStore::newId();
    runCheck();
    m_ui->surnameCyrillicLineEdit->setFocus();
}

const CheckResult& IntakeForm::check()
{
    runCheck();
    return m_check;
}

Findings IntakeForm::typedDateFindings() const
{
    Findings findings;
    for (auto it = m_dateFields.cbegin(); it != m_dateFields.cend(); ++it) {
        const DateLineEdit* edit = it.key();
        if (!edit->isVisibleTo(this) || edit->isBlank() || edit->date().isValid())
            continue;
        findings.append({QStringLiteral("field.") + it.value() + QStringLiteral(".not_a_date"),
                         QString(), Severity::InvalidField, it.value(),
                         tr("%1: \"%2\" is not a real date; type it as dd.mm.yyyy.")
                             .arg(dateFieldLabel(edit), edit->text())});
    }
    return findings;
}

// The field's name as its label shows it (the form sets each field's accessible name from it).
QString IntakeForm::dateFieldLabel(const DateLineEdit* edit) const
{
    return edit->accessibleName();
}

void IntakeForm::runCheck()
{
    m_checkTimer->stop();
    const Application a = application();
    const QDate on = a.submittedOn.isValid() ? a.submittedOn : QDate::currentDate();
    const Result<RuleSet> rules = RuleSet::effectiveOn(on);
    if (!rules) {
        m_ruleSetError = rules.errorMessage();
        m_check = CheckResult{};
    } else {
        m_ruleSetError.reset();
        m_check = CompletenessCheck::check(a, *rules);
    }
    const Findings typed = typedDateFindings();
    if (!typed.isEmpty()) {
        m_check.findings = typed + m_check.findings;
        m_check.complete = false;
    }
    m_check.findings += m_mrz->findings(a); // warnings: they leave `complete` as it is
    showChecklist();
    showFieldProblems();
    emit checked(m_check);
}

void IntakeForm::showChecklist()
{
    QListWidget* list = m_ui->checklistListWidget;
    const QString current =
        list->currentItem() ? list->currentItem()->data(Qt::UserRole + 1).toString() : QString();
    list->clear();
    const QIcon met = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon missing = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto add = [&](const QString& status, const QString& text, const QString& reference,
                         const QIcon& icon, const QString& field, const QString& code) {
        // The legal reference on its own line under the requirement.
        auto* item =
            new QListWidgetItem(status + QStringLiteral(": ") + text + u'\n' + reference, list);
        item->setIcon(icon);
        item->setData(Qt::UserRole, field);
        item->setData(Qt::UserRole + 1, code);
        if (code == current)
            list->setCurrentItem(item);
    };

    if (m_ruleSetError) {
        m_ui->ruleSetLabel->setText(*m_ruleSetError);
        m_ui->checklistSummaryLabel->setText(tr("The checklist is not available."));
        return;
    }
    const Application a = application();
    const QDate on = a.submittedOn.isValid() ? a.submittedOn : QDate::currentDate();
    const Result<RuleSet> rules = RuleSet::effectiveOn(on);
    m_ui->ruleSetLabel->setText(
        tr("Rules applied: edition %1 in force from %2")
            .arg(rules->id(), QLocale().toString(rules->effectiveFrom(), QLocale::ShortFormat)));
    int problems = 0;
    // The documents of Annex 3 row 8 that apply to this application, met or not.
    for (const Requirement& r : rules->data().requirements) {
        if (!CompletenessCheck::applies(r, a))
            continue;
        const auto finding =
            std::find_if(m_check.findings.cbegin(), m_check.findings.cend(),
                         [&](const Finding& f) { return f.code.startsWith(r.id); });
        if (finding == m_check.findings.cend()) {
            add(tr("Met"), requirementTitle(r), r.reference.in(Language::current()), met, r.field,
                r.id);
        } else {
            ++problems;
            add(tr("Missing"), finding->messageForWindow(), finding->rule, missing, r.field,
                finding->code);
        }
    }
    // Then every field problem, in the order of the form.
    bool fieldsOk = true;
    for (const Finding& f : std::as_const(m_check.findings)) {
        if (f.field.startsWith(u"attachment:") || f.code.startsWith(u"row8."))
            continue;
        if (f.severity == Severity::Warning) {
            add(tr("Check"), f.messageForWindow(), f.rule, warning, f.field, f.code);
        } else {
            fieldsOk = false;
            ++problems;
            add(tr("To fix"), f.messageForWindow(), f.rule, missing, f.field, f.code);
        }
    }
    if (fieldsOk)
        add(tr("Met"), tr("Every field of the application is filled in correctly"),
            m_basis == ApplicationBasis::Annex2 ? tr("Annex 2") : tr("Annex 1"), met, QString(),
            QStringLiteral("fields"));
    m_ui->checklistSummaryLabel->setText(
        m_check.complete
            ? tr("Complete: every requirement is met. Press Ctrl+Enter to register.")
            : tr("Incomplete: %n thing(s) to fix before registering.", nullptr, problems));
    m_ui->checklistSummaryLabel->setAccessibleDescription(m_ui->checklistSummaryLabel->text());
}

void IntakeForm::showFieldProblems()
{
    m_problems.clear();
    for (const Finding& f : std::as_const(m_check.findings)) {
        if (f.severity != Severity::InvalidField)
            continue;
        QWidget* w = widgetForField(f.field);
        if (!w || m_problems.contains(w))
            continue;
        if (m_showAllProblems || m_touched.contains(w))
            m_problems.insert(w, f.messageForWindow());
    }
    for (QWidget* w : std::as_const(m_fieldWidgets)) {
        const bool invalid = m_problems.contains(w);
        if (w->property("invalid").toBool() != invalid) {
            w->setProperty("invalid", invalid);
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
        const QString note = m_problems.contains(w) ? m_problems.value(w) : m_mrz->markFor(w);
        w->setToolTip(note);
        w->setAccessibleDescription(note);
    }
    updateFieldProblemLabel();
}

QString IntakeForm::problemFor(const QWidget* widget) const
{
    return m_problems.value(widget);
}

void IntakeForm::updateFieldProblemLabel()
{
    const QWidget* focus = QApplication::focusWidget();
    const QString text = focus && isAncestorOf(focus) ? m_problems.value(focus) : QString();
    m_ui->fieldProblemLabel->setText(text);
    m_ui->fieldProblemLabel->setVisible(!text.isEmpty());
}

QWidget* IntakeForm::widgetForField(const QString& field) const
{
    if (field.startsWith(u"attachment:"))
        return m_ui->attachScanButton;
    QString path = field;
    while (!path.isEmpty()) {
        if (QWidget* w = m_fieldWidgets.value(path))
            return w;
        const qsizetype dot = path.lastIndexOf(u'.');
        path = dot < 0 ? QString() : path.left(dot);
    }
    return nullptr;
}

void IntakeForm::focusField(const QString& field)
{
    if (field.startsWith(u"attachment:")) {
        if (const auto kind = attachmentKindFromString(field.mid(11)))
            setComboData(m_ui->attachmentKindComboBox, int(*kind));
        m_ui->attachmentKindComboBox->setFocus();
        m_ui->formScrollArea->ensureWidgetVisible(m_ui->attachmentsGroupBox);
        return;
    }
    if (field.startsWith(u"representative"))
        m_ui->representativeCheckBox->setChecked(true);
    if (QWidget* w = widgetForField(field)) {
        m_ui->formScrollArea->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
    }
}

void IntakeForm::setBusy(bool busy)
{
    m_busy = busy;
    // Disabled, not hidden: the clerk still sees what is being registered.
    setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void IntakeForm::requestRegister()
{
    if (m_busy)
        return;
    runCheck();
    m_showAllProblems = true;
    showFieldProblems();
    if (!m_check.complete) {
        int count = 0;
        QString first;
        for (const Finding& f : std::as_const(m_check.findings)) {
            if (f.severity == Severity::Warning)
                continue;
            if (first.isEmpty())
                first = f.field;
            ++count;
        }
        emit messageRequested(tr("The application cannot be registered yet: %n thing(s) to fix "
                                 "(see the checklist). The first one is selected.",
                                 nullptr, count),
                              true);
        focusField(first);
        emit incompleteRegisterRequested(application());
        return;
    }
    saveDraftNow();
    emit registerRequested(application());
}

void IntakeForm::attachScans()
{
    const QStringList files = FileDialog::openFileNames(
        this, tr("Attach scans"),
        tr("Scans (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    m_chosenScans.append({files,
                          AttachmentKind(m_ui->attachmentKindComboBox->currentData().toInt()),
                          m_ui->attachmentCertifiedCheckBox->isChecked(),
                          m_ui->attachmentElectronicCheckBox->isChecked()});
    readNextScans();
}

// The pages scanned come back as one PDF, attached as the kind chosen in the form, the same
// way as a file chosen on disk.
void IntakeForm::scanPages()
{
    auto* dialog = findChild<ScanDialog*>();
    if (!dialog) {
        dialog = new ScanDialog(this);
        connect(dialog, &ScanDialog::attachRequested, this, [this](const QString& path) {
            m_chosenScans.append(
                {{path},
                 AttachmentKind(m_ui->attachmentKindComboBox->currentData().toInt()),
                 m_ui->attachmentCertifiedCheckBox->isChecked(),
                 m_ui->attachmentElectronicCheckBox->isChecked()});
            readNextScans();
        });
        // Every page is looked at for a passport's zone on the way (MrzFill reads it off the UI
        // thread and fills the form once, from the first page whose check digits hold).
        connect(dialog, &ScanDialog::pageScanned, m_mrz, &MrzFill::readScannedPage);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

// "Scan passport": the page is attached as the copy of the identity document, and its zone
// fills the form on the way; the clerk presses Enter in the dialog to attach it.
void IntakeForm::scanPassport()
{
    if (!isEnabled() || !m_mrz->isVisibleTo(this))
        return;
    setComboData(m_ui->attachmentKindComboBox, int(AttachmentKind::IdentityDocumentCopy));
    scanPages();
    if (auto* dialog = findChild<ScanDialog*>())
        dialog->scanOnePageWhenReady();
}

// Reading and hashing a scan of up to 50 MiB happens on the thread pool; the attachments
// follow when it is done.
void IntakeForm::readNextScans()
{
    if (m_readingScans || m_chosenScans.isEmpty())
        return;
    m_readingScans = true;
    const ChosenScans chosen = m_chosenScans.takeFirst();
    BackgroundJob::run(
        this,
        [files = chosen.files] {
            QList<ScanRead> reads;
            for (const QString& path : files)
                reads.append(readScan(path));
            return reads;
        },
        [this, chosen, generation = m_scanGeneration](const QList<ScanRead>& reads) {
            m_readingScans = false;
            if (generation != m_scanGeneration) { // the form holds another application now
                readNextScans();
                return;
            }
            QStringList problems;
            for (const ScanRead& read : reads) {
                if (read.tooLarge) {
                    problems << tr("%1 is larger than %2; scan it at a lower resolution.")
                                    .arg(read.fileName,
                                         QLocale().formattedDataSize(MaxAttachmentBytes));
                    continue;
                }
                if (read.unreadable) {
                    problems << tr("%1 cannot be read: %2").arg(read.fileName, read.error);
                    continue;
                }
                // The same scan twice (chosen again, or under another kind) is one document.
                const auto same =
                    std::find_if(m_attachments.cbegin(), m_attachments.cend(),
                                 [&](const Attachment& a) { return a.sha256 == read.sha256; });
                if (same != m_attachments.cend()) {
                    problems << tr("%1 is already attached as \"%2\" (%3): the same scan is not "
                                   "attached twice.")
                                    .arg(read.fileName,
                                         ApplicationTexts::attachmentKind(same->kind),
                                         same->fileName);
                    continue;
                }
                Attachment at;
                at.kind = chosen.kind;
                at.fileName = read.fileName;
                at.sha256 = read.sha256;
                at.mediaType = read.mediaType;
                at.certified = chosen.certified;
                at.electronic = chosen.electronic;
                m_attachments.append(at);
                m_attachmentFiles.insert(at.sha256, read.absolutePath);
            }
            if (!problems.isEmpty())
                emit messageRequested(problems.join(u'\n'), true);
            showAttachments();
            m_ui->attachmentsListWidget->setCurrentRow(m_ui->attachmentsListWidget->count() - 1);
            changed();
            readNextScans();
        });
}

void IntakeForm::removeAttachment()
{
    const int row = m_ui->attachmentsListWidget->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    const QString sha = m_attachments.takeAt(row).sha256;
    if (std::none_of(m_attachments.cbegin(), m_attachments.cend(),
                     [&](const Attachment& a) { return a.sha256 == sha; }))
        m_attachmentFiles.remove(sha);
    showAttachments();
    changed();
}

void IntakeForm::showAttachments()
{
    QListWidget* list = m_ui->attachmentsListWidget;
    const int row = list->currentRow();
    list->clear();
    QFileIconProvider icons;
    for (const Attachment& at : std::as_const(m_attachments)) {
        const QString path = m_attachmentFiles.value(at.sha256);
        const QFileInfo info(path);
        QStringList flags;
        if (at.certified)
            flags << tr("certified");
        if (at.electronic)
            flags << tr("electronic copy");
        QString text =
            ApplicationTexts::attachmentKind(at.kind) + QStringLiteral("\n") + at.fileName;
        if (info.exists())
            text += QStringLiteral(" · ") + QLocale().formattedDataSize(info.size());
        if (!flags.isEmpty())
            text += QStringLiteral(" · ") + flags.join(QStringLiteral(", "));
        text += QStringLiteral("\nSHA-256 ") + at.sha256.left(16) + QStringLiteral("…");
        auto* item = new QListWidgetItem(text, list);
        item->setIcon(info.exists() ? icons.icon(info) : icons.icon(QFileIconProvider::File));
        item->setToolTip(QStringLiteral("SHA-256 ") + at.sha256);
    }
    list->setCurrentRow(std::min(row, int(list->count()) - 1));
    showPreview();
}

void IntakeForm::showPreview()
{
    const int row = m_ui->attachmentsListWidget->currentRow();
    if (row < 0 || row >= m_attachments.size()) {
        m_preview->showText(tr("No attachment selected."));
        return;
    }
    const Attachment& at = m_attachments.at(row);
    const QString path = m_attachmentFiles.value(at.sha256);
    const QString noPreview =
        QFileInfo::exists(path)
            ? tr("%1 (%2): no preview for this kind of file.").arg(at.fileName, at.mediaType)
            : tr("%1: the original file is no longer at %2.")
                  .arg(at.fileName, QDir::toNativeSeparators(path));
    if (at.mediaType.startsWith(u"image/") && QFileInfo::exists(path))
        m_preview->showFile(path, at.fileName, noPreview);
    else
        m_preview->showText(noPreview);
}

bool IntakeForm::eventFilter(QObject* watched, QEvent* event)
{
    // Enter moves to the next field, as on a paper form; Ctrl+Enter registers (a shortcut).
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && mods == Qt::NoModifier) {
            auto* combo = qobject_cast<QComboBox*>(watched);
            if (!(combo && combo->view()->isVisible())) {
                if (auto* w = qobject_cast<QWidget*>(watched)) {
                    m_touched.insert(w);
                    showFieldProblems();
                }
                focusNextChild();
                return true;
            }
        }
    } else if (event->type() == QEvent::FocusOut) {
        if (auto* w = qobject_cast<QWidget*>(watched); w && m_fieldWidgets.key(w).size()) {
            m_touched.insert(w);
            if (!m_checkTimer->isActive())
                showFieldProblems();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        refreshTexts();
        showAttachments();
        runCheck();
        emit titleChanged(title());
    }
    QWidget::changeEvent(event);
}

} // namespace iin::ui

#include "ui/journal/ApplicationView.h"
#include "ui_ApplicationView.h"

#include "core/application/ApplicationJson.h"
#include "core/base/Language.h"
#include "core/operators/Role.h"
#include "core/person/Countries.h"
#include "core/services/StoreThread.h"
#include "core/store/AuditTrail.h"
#include "core/usecases/CancelApplication.h"
#include "core/usecases/OpenRecord.h"
#include "core/usecases/ReadAttachment.h"
#include "ui/intake/ApplicationTexts.h"
#include "ui/intake/IntakeForm.h"
#include "ui/journal/JournalModel.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScanPreview.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>

namespace iin::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// A UTC timestamp of the journal in local time, in the interface language.
QString timeText(const QString& utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : utc;
}

QString countryText(const QString& alpha3)
{
    const QString name = Countries::name(alpha3, Language::current());
    return name.isEmpty() ? alpha3 : name;
}

QString statusText(const QJsonValue& value)
{
    const std::optional<ApplicationStatus> s = ApplicationStatuses::fromString(value.toString());
    return s ? JournalModel::statusName(*s) : value.toString();
}

// Whether the registry holds the request for its officer (a possible match, docs/sync.md).
bool awaitsDecision(const QJsonObject& record)
{
    const QJsonObject outbox = record.value(u"outbox").toObject();
    const QString state = outbox.value(u"state").toString();
    return !outbox.value(u"review_id").toString().isEmpty() &&
           (state == u"pending" || state == u"in_flight");
}

// The status, and the registry's wait when there is one.
QString statusLine(const QJsonObject& record)
{
    const QString status = statusText(record.value(u"status"));
    return awaitsDecision(record)
               ? status + QStringLiteral(" — ") + JournalModel::awaitingDecisionName()
               : status;
}

// The state of the request to the registry, in the operator's words.
QString outboxStateText(const QString& state)
{
    if (state == u"pending")
        return ApplicationView::tr("waiting to be sent");
    if (state == u"in_flight")
        return ApplicationView::tr("sent, waiting for the answer");
    if (state == u"done")
        return ApplicationView::tr("answered: the IIN is formed");
    if (state == u"rejected")
        return ApplicationView::tr("answered: refused");
    if (state == u"cancelled")
        return ApplicationView::tr("not sent: the application was cancelled");
    return state;
}

QString yesNo(bool yes)
{
    return yes ? ApplicationView::tr("yes") : ApplicationView::tr("no");
}

QString actionText(const QString& action)
{
    if (action == AuditTrail::Created)
        return ApplicationView::tr("created");
    if (action == AuditTrail::Refused)
        return ApplicationView::tr("refused at intake");
    if (action == AuditTrail::Changed)
        return ApplicationView::tr("changed");
    if (action == AuditTrail::StatusChanged)
        return ApplicationView::tr("status changed");
    if (action == AuditTrail::Viewed)
        return ApplicationView::tr("viewed");
    if (action == AuditTrail::Printed)
        return ApplicationView::tr("printed");
    if (action == AuditTrail::Exported)
        return ApplicationView::tr("exported");
    return action;
}

// Rows of label: value for the data page; empty values are left out.
class Html
{
public:
    void section(const QString& title)
    {
        close();
        m_html += QStringLiteral("<h3>%1</h3><table cellspacing=\"2\" cellpadding=\"2\">")
                      .arg(title.toHtmlEscaped());
        m_open = true;
    }
    void row(const QString& label, const QString& value)
    {
        if (value.trimmed().isEmpty())
            return;
        m_html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    QString text()
    {
        close();
        return m_html;
    }

private:
    void close()
    {
        if (m_open)
            m_html += QStringLiteral("</table>");
        m_open = false;
    }
    QString m_html;
    bool m_open = false;
};

} // namespace

ApplicationView::ApplicationView(StoreThread* journal, const Operator& op, qint64 applicationId,
                                 QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ApplicationView>()), m_journal(journal),
      m_operator(op), m_id(applicationId)
{
    m_ui->setupUi(this);
    m_preview = new ScanPreview(m_ui->attachmentPreviewLabel);
    m_ui->cancelFrame->hide();
    m_ui->dataBrowser->setOpenLinks(false);
    m_ui->dataBrowser->setTabChangesFocus(true);
    // Opened, the view puts the keyboard in the data: arrows scroll, Tab reaches the rest.
    setFocusProxy(m_ui->dataBrowser);
    for (QTableWidget* table : {m_ui->historyTableWidget, m_ui->auditTableWidget}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    // The audit trail is for the roles that read it (supervisors); the journal's thread leaves
    // it out of the record for the others too.
    if (!roleMay(m_operator.role, Permission::ViewAuditTrail)) {
        const int tab = m_ui->sectionsTabWidget->indexOf(m_ui->auditTab);
        if (tab >= 0)
            m_ui->sectionsTabWidget->removeTab(tab);
    }

    connect(m_ui->printCertificateButton, &QPushButton::clicked, this,
            [this] { emit printRequested(m_id, PrintedDocument::Certificate, false); });
    connect(m_ui->reprintCertificateButton, &QPushButton::clicked, this,
            [this] { emit printRequested(m_id, PrintedDocument::Certificate, true); });
    connect(m_ui->printReceiptButton, &QPushButton::clicked, this, [this] {
        emit printRequested(m_id,
                            m_status == ApplicationStatus::RefusedAtIntake
                                ? PrintedDocument::RefusalReceipt
                                : PrintedDocument::AcceptanceReceipt,
                            false);
    });
    connect(m_ui->handoverButton, &QPushButton::clicked, this,
            [this] { emit handoverRequested(m_id); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ApplicationView::askCancel);
    connect(m_ui->confirmCancelButton, &QPushButton::clicked, this,
            &ApplicationView::confirmCancel);
    connect(m_ui->cancelReasonLineEdit, &QLineEdit::returnPressed, this,
            &ApplicationView::confirmCancel);
    connect(m_ui->keepButton, &QPushButton::clicked, this, &ApplicationView::hideCancel);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ApplicationView::reload);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ApplicationView::closeRequested);
    connect(m_ui->attachmentsListWidget, &QListWidget::currentRowChanged, this,
            &ApplicationView::showPreview);

    // Escape leaves the reason unsaid, or else closes the view; F5 reads it again.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_ui->cancelFrame->isVisible())
            hideCancel();
        else
            emit closeRequested();
    });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &ApplicationView::reload);

    refreshTexts();
    reload();
}

ApplicationView::~ApplicationView() = default;

void ApplicationView::addSection(QWidget* widget, const QString& title)
{
    // Without a title the section follows the widget's window title, so a widget that
    // retranslates its title on a language change retranslates its tab too.
    m_ui->sectionsTabWidget->addTab(widget, title.isEmpty() ? widget->windowTitle() : title);
    if (title.isEmpty()) {
        connect(widget, &QWidget::windowTitleChanged, this, [this, widget](const QString& t) {
            const int i = m_ui->sectionsTabWidget->indexOf(widget);
            if (i >= 0)
                m_ui->sectionsTabWidget->setTabText(i, t);
        });
    }
}

void ApplicationView::reload()
{
    if (!m_journal) {
        m_ui->messageBar->showMessage(tr("The journal is not available on this desk."));
        return;
    }
    m_opening = true;
    m_journal->run(
        m_opens.next(), // read again since: only the newest shows
        [id = m_id, login = m_operator.login](StoreContext& c) {
            return OpenRecord::run(c.database(), id, login);
        },
        [this](Result<QJsonObject> record) {
            m_opening = false;
            if (record) {
                onRecordOpened(*record);
                return;
            }
            m_ui->messageBar->showMessage(
                tr("The application cannot be read: %1").arg(record.errorMessage()));
            updateActions();
        });
    updateActions();
}

QString ApplicationView::title() const
{
    if (m_record.isEmpty())
        return tr("Application %1").arg(m_id);
    const QJsonObject a = m_record.value(u"application").toObject();
    const QJsonObject cyr = a.value(u"name_cyrillic").toObject();
    const QJsonObject lat = a.value(u"name_latin").toObject();
    QString name =
        QStringList{cyr.value(u"surname").toString(), cyr.value(u"given_name").toString()}
            .join(u' ')
            .trimmed();
    if (name.isEmpty())
        name = QStringList{lat.value(u"surname").toString(), lat.value(u"given_name").toString()}
                   .join(u' ')
                   .trimmed();
    const QString number = m_record.value(u"registration_number").toString();
    return (number.isEmpty() ? tr("Application %1").arg(m_id) : number) +
           (name.isEmpty() ? QString() : QStringLiteral(" · ") + name);
}

void ApplicationView::onRecordOpened(const QJsonObject& record)
{
    m_record = record;
    m_status = ApplicationStatuses::fromString(record.value(u"status").toString())
                   .value_or(ApplicationStatus::Draft);
    showRecord();
    emit titleChanged(title());
    emit loaded(m_id);
}

void ApplicationView::showRecord()
{
    const QString heading = title() + QStringLiteral(" — ") + statusLine(m_record);
    m_ui->titleLabel->setText(heading);
    m_ui->titleLabel->setAccessibleName(heading);
    showData();
    showAttachments();
    showHistory();
    updateActions();
}

void ApplicationView::showData()
{
    if (m_record.isEmpty()) {
        m_ui->dataBrowser->setPlainText(tr("Reading the application…"));
        return;
    }
    const ApplicationParse parse =
        ApplicationJson::parseDraft(m_record.value(u"application").toObject());
    const Application a = parse.application.value_or(Application());
    const QJsonObject& r = m_record;
    Html html;

    html.section(tr("Application"));
    html.row(tr("Registration number"), r.value(u"registration_number").toString());
    html.row(tr("Status"), statusLine(r));
    html.row(tr("IIN"), r.value(u"iin").toString());
    html.row(tr("Channel"), ApplicationTexts::channel(a.channel));
    html.row(tr("Basis"), a.basis == ApplicationBasis::Annex2 ? tr("Annex 2 (penitentiary "
                                                                   "institution)")
                                                              : tr("Annex 1"));
    html.row(tr("Date of submission"), dateText(a.submittedOn));
    html.row(tr("Registered at"), timeText(r.value(u"created_at").toString()));
    html.row(tr("Registered by"), r.value(u"created_by").toString());
    html.row(tr("Office and desk"),
             r.value(u"office").toString() + QStringLiteral(" / ") + r.value(u"desk").toString());
    html.row(tr("Rule edition"), r.value(u"rules").toString());
    const QJsonObject outbox = r.value(u"outbox").toObject();
    if (awaitsDecision(r)) {
        html.row(tr("Request to the registry"),
                 tr("waiting for the registry's decision (review %1): the person may already "
                    "have an IIN, and an officer of the registry decides. The desk asks again "
                    "by itself.")
                     .arg(outbox.value(u"review_id").toString()));
        html.row(tr("Last error of the registry link"), outbox.value(u"last_error").toString());
    } else if (!outbox.isEmpty()) {
        html.row(tr("Request to the registry"), outboxStateText(outbox.value(u"state").toString()));
        html.row(tr("Last error of the registry link"), outbox.value(u"last_error").toString());
    }
    QStringList findings;
    for (const QJsonValue& f : r.value(u"findings").toArray())
        findings << f.toObject().value(u"message").toString();
    html.row(tr("Missing at intake"), findings.join(QStringLiteral("; ")));

    html.section(tr("Applicant"));
    html.row(tr("Name in Cyrillic"), a.nameCyrillic.fullName());
    html.row(tr("Name in Latin letters"), a.nameLatin.fullName());
    html.row(tr("Birth date"), dateText(a.birthDate));
    html.row(tr("Place of birth"), a.birthPlace);
    html.row(tr("Sex"), a.sex == Sex::Male     ? IntakeForm::tr("Male")
                        : a.sex == Sex::Female ? IntakeForm::tr("Female")
                                               : QString());
    html.row(tr("Citizenship"), countryText(a.citizenship));

    if (const std::optional<IdentityDocument>& d = a.identityDocument) {
        html.section(tr("Identity document"));
        html.row(tr("Type"), ApplicationTexts::documentType(d->type));
        html.row(tr("Number"), d->number);
        html.row(tr("Issuing state"), countryText(d->issuingState));
        html.row(tr("Issued by"), d->issuingAuthority);
        html.row(tr("Date of issue"), dateText(d->issueDate));
        html.row(tr("Valid until"), dateText(d->expiryDate));
        html.row(tr("Data in Cyrillic or Latin letters"), yesNo(d->hasCyrillicOrLatinData));
        html.row(tr("Shown from the digital documents service"),
                 yesNo(d->fromDigitalDocumentsService));
    }

    html.section(tr("Stay and contacts"));
    html.row(tr("Address of stay"), a.addressOfStay);
    html.row(tr("Purpose of stay"), a.purposeOfStay);
    html.row(tr("Phone"), a.contacts.phone);
    html.row(tr("E-mail"), a.contacts.email);
    html.row(tr("Consent to the processing of personal data"), yesNo(a.consentToPersonalData));

    if (const std::optional<Representative>& rep = a.representative) {
        html.section(tr("Representative"));
        html.row(tr("Name"), rep->name.fullName());
        html.row(tr("IIN"), rep->iin);
        html.row(tr("Identity document"),
                 ApplicationTexts::documentType(rep->document.type) + u' ' + rep->document.number);
        const PowerOfAttorney& p = rep->powerOfAttorney;
        html.row(tr("Power of attorney"),
                 tr("No. %1 of %2").arg(p.number, dateText(p.date)) +
                     (p.notarized ? QStringLiteral(", ") + tr("notarized") : QString()));
        html.row(tr("Valid until"), dateText(p.validUntil));
        html.row(tr("Notary"), p.notary);
    }

    if (const std::optional<Annex2Basis>& b = a.annex2) {
        html.section(tr("Annex 2"));
        html.row(tr("Institution"), b->institution);
        html.row(tr("Head of the institution"), b->institutionHead);
        html.row(tr("Representative of the institution"), b->institutionRepresentative);
        html.row(tr("Court"), b->court);
        html.row(tr("Date of the verdict"), dateText(b->verdictDate));
        html.row(tr("Certified by the head"), yesNo(b->certifiedByHead));
    }
    // Keep the reader's place on a reload.
    const int scroll = m_ui->dataBrowser->verticalScrollBar()->value();
    m_ui->dataBrowser->setHtml(html.text());
    m_ui->dataBrowser->verticalScrollBar()->setValue(scroll);
}

void ApplicationView::showAttachments()
{
    QListWidget* list = m_ui->attachmentsListWidget;
    const int row = std::max(list->currentRow(), 0);
    const QSignalBlocker block(list);
    list->clear();
    const QLocale locale;
    for (const QJsonValue& v : m_record.value(u"attachments").toArray()) {
        const QJsonObject at = v.toObject();
        QStringList parts{
            ApplicationTexts::attachmentKind(attachmentKindFromString(at.value(u"kind").toString())
                                                 .value_or(AttachmentKind::Other)),
            at.value(u"file_name").toString()};
        if (!at.value(u"size").isNull())
            parts << locale.formattedDataSize(at.value(u"size").toInteger());
        if (at.value(u"certified").toBool())
            parts << tr("duly certified");
        if (at.value(u"electronic").toBool())
            parts << tr("electronic copy");
        if (at.value(u"sha256").isNull())
            parts << tr("paper only, no scan");
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), list);
        item->setData(Qt::UserRole, at.value(u"sha256").toString());
        item->setData(Qt::UserRole + 1, at.value(u"media_type").toString());
        item->setToolTip(QStringLiteral("SHA-256 ") + at.value(u"sha256").toString());
    }
    m_ui->sectionsTabWidget->setTabText(m_ui->sectionsTabWidget->indexOf(m_ui->attachmentsTab),
                                        tr("Attachments (%1)").arg(list->count()));
    if (list->count() > 0)
        list->setCurrentRow(std::min(row, list->count() - 1));
    showPreview();
}

void ApplicationView::showPreview()
{
    const QListWidgetItem* item = m_ui->attachmentsListWidget->currentItem();
    if (!item) {
        m_preview->showText(m_record.isEmpty() ? QString() : tr("No attachments."));
        return;
    }
    const QString sha = item->data(Qt::UserRole).toString();
    const QString type = item->data(Qt::UserRole + 1).toString();
    if (sha.isEmpty() || !type.startsWith(u"image/")) {
        m_preview->showText(sha.isEmpty() ? tr("Only the paper was seen: there is no scan.")
                                          : tr("%1: no preview for this kind of file.")
                                                .arg(type.isEmpty() ? tr("unknown type") : type));
        return;
    }
    if (sha == m_previewSha && !m_previewContent.isEmpty()) {
        // Decoded off the UI thread (ScanPreview), as the intake form's scans are.
        m_preview->showContent(m_previewContent, item->text(),
                               tr("The scan cannot be shown: it is not a readable image."));
        return;
    }
    // The scan is read on the journal's thread; the preview follows when it comes.
    m_preview->showText(tr("Reading the scan…"));
    m_previewSha = sha;
    m_previewContent.clear();
    if (!m_journal)
        return;
    m_journal->run(
        m_previews.next(), // another scan chosen since: only the newest shows
        [id = m_id, sha, login = m_operator.login](StoreContext& c) {
            return ReadAttachment::run(c.database(), id, sha, login);
        },
        [this](Result<QByteArray> content) {
            if (!content) {
                m_ui->attachmentPreviewLabel->setText(
                    tr("The scan cannot be shown: %1").arg(content.errorMessage()));
                return;
            }
            m_previewContent = *content;
            showPreview();
        });
}

void ApplicationView::showHistory()
{
    QTableWidget* history = m_ui->historyTableWidget;
    const QJsonArray steps = m_record.value(u"history").toArray();
    history->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        const QStringList cells{timeText(s.value(u"at").toString()),
                                s.value(u"from").isNull() ? QString()
                                                          : statusText(s.value(u"from")),
                                statusText(s.value(u"to")), s.value(u"operator").toString(),
                                s.value(u"note").toString()};
        for (int c = 0; c < cells.size(); ++c)
            history->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    QTableWidget* audit = m_ui->auditTableWidget;
    const QJsonArray records = m_record.value(u"audit").toArray();
    audit->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject r = records[i].toObject();
        QString details;
        const QJsonObject d = r.value(u"details").toObject();
        if (r.value(u"action").toString() == AuditTrail::StatusChanged)
            details = statusText(d.value(u"from")) + QStringLiteral(" → ") +
                      statusText(d.value(u"to")) +
                      (d.value(u"note").toString().isEmpty()
                           ? QString()
                           : QStringLiteral(": ") + d.value(u"note").toString());
        else if (!d.isEmpty())
            details = QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
        const QStringList cells{
            QString::number(r.value(u"seq").toInteger()), timeText(r.value(u"at").toString()),
            r.value(u"operator").toString(), actionText(r.value(u"action").toString()), details};
        for (int c = 0; c < cells.size(); ++c)
            audit->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    history->resizeColumnsToContents();
    audit->resizeColumnsToContents();
}

void ApplicationView::refuseJournalWrites()
{
    m_journalWritesRefused = true;
    updateActions();
}

void ApplicationView::updateActions()
{
    using S = ApplicationStatus;
    const Role role = m_operator.role;
    // Nothing is written to a journal found damaged (MainWindow::setJournalDamaged).
    const bool ready = isLoaded() && !m_opening && !m_cancelling && !m_journalWritesRefused;
    const auto offer = [&](QPushButton* button, Permission p, bool byStatus) {
        button->setVisible(roleMay(role, p));
        button->setEnabled(ready && roleMay(role, p) && byStatus);
    };
    offer(m_ui->printCertificateButton, Permission::PrintCertificate, m_status == S::IinAssigned);
    offer(m_ui->reprintCertificateButton, Permission::ReprintCertificate,
          m_status == S::CertificatePrinted || m_status == S::HandedOver);
    offer(m_ui->printReceiptButton, Permission::PrintReceipts,
          m_status != S::Draft && m_status != S::Cancelled);
    offer(m_ui->handoverButton, Permission::RecordHandover, m_status == S::CertificatePrinted);
    offer(m_ui->cancelButton, Permission::CancelApplication,
          ApplicationStatuses::canMove(m_status, S::Cancelled));
    m_ui->printReceiptButton->setText(m_status == S::RefusedAtIntake
                                          ? tr("Print the r&eceipt of refusal")
                                          : tr("Print the r&eceipt"));
    m_ui->reloadButton->setEnabled(!m_opening);
    if (m_ui->cancelFrame->isVisible() && !m_ui->cancelButton->isEnabled() && !m_cancelling)
        hideCancel();
}

void ApplicationView::askCancel()
{
    if (!m_ui->cancelButton->isEnabled())
        return;
    m_ui->cancelReasonLineEdit->clear();
    m_ui->cancelFrame->show();
    m_ui->cancelReasonLineEdit->setFocus(Qt::ShortcutFocusReason);
}

void ApplicationView::hideCancel()
{
    const bool hadFocus = m_ui->cancelFrame->isAncestorOf(focusWidget());
    m_ui->cancelFrame->hide();
    if (hadFocus)
        m_ui->cancelButton->setFocus();
}

void ApplicationView::confirmCancel()
{
    if (!m_journal || !roleMay(m_operator.role, Permission::CancelApplication) ||
        !ApplicationStatuses::canMove(m_status, ApplicationStatus::Cancelled) || m_cancelling)
        return;
    const QString reason = m_ui->cancelReasonLineEdit->text().trimmed();
    if (reason.isEmpty()) {
        m_ui->messageBar->showMessage(
            tr("Type the reason for the cancellation: it is recorded with the application."),
            MessageBar::Kind::Warning);
        m_ui->cancelReasonLineEdit->setFocus();
        return;
    }
    if (MessageBox::question(
            this, tr("Cancel the application"),
            tr("Cancel the application %1? Its request to the registry is withdrawn; this "
               "cannot be undone.\n\nReason: %2")
                .arg(title(), reason),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        m_ui->cancelReasonLineEdit->setFocus();
        return;
    }
    m_cancelling = true;
    m_journal->run(
        this,
        [id = m_id, login = m_operator.login, reason](StoreContext& c) -> Result<qint64> {
            if (Status s = CancelApplication::run(c.database(), id, login, reason); !s)
                return s.error();
            return id;
        },
        [this](Result<qint64> cancelled) {
            m_cancelling = false;
            if (cancelled) {
                onCancelled(*cancelled);
                return;
            }
            m_ui->messageBar->showMessage(
                tr("The application was not cancelled: %1").arg(cancelled.errorMessage()));
            updateActions();
        });
    updateActions();
}

void ApplicationView::onCancelled(qint64 applicationId)
{
    hideCancel();
    m_ui->messageBar->showMessage(tr("The application is cancelled."), MessageBar::Kind::Positive);
    emit cancelled(applicationId);
    reload();
}

void ApplicationView::refreshTexts()
{
    QTableWidget* history = m_ui->historyTableWidget;
    history->setColumnCount(5);
    history->setHorizontalHeaderLabels(
        {tr("When"), tr("From status"), tr("To status"), tr("Operator"), tr("Note")});
    QTableWidget* audit = m_ui->auditTableWidget;
    audit->setColumnCount(5);
    audit->setHorizontalHeaderLabels(
        {tr("No."), tr("When"), tr("Operator"), tr("Action"), tr("Details")});
    if (isLoaded()) {
        showRecord();
    } else {
        m_ui->titleLabel->setText(title());
        m_ui->titleLabel->setAccessibleName(title());
        showData();
        updateActions();
    }
    m_ui->closeButton->setToolTip(tr("Close the view (Escape)"));
    m_ui->reloadButton->setToolTip(tr("Read the application again (F5)"));
}

void ApplicationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The form's texts come back in the new language; the attachments tab keeps its count.
        m_ui->retranslateUi(this);
        refreshTexts();
        emit titleChanged(title());
    }
    QWidget::changeEvent(event);
}

} // namespace iin::ui

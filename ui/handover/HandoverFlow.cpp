#include "ui/handover/HandoverFlow.h"

#include "core/application/RegistrationNumber.h"
#include "core/services/StoreThread.h"
#include "core/usecases/DocumentOnFile.h"
#include "core/usecases/FindApplication.h"
#include "core/usecases/RecordHandover.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/journal/JournalModel.h"
#include "ui/widgets/MessageBar.h"

#include <QCoreApplication>
#include <QInputDialog>

// The texts keep the main window's translation context: they were its own before the flow left
// it, and the catalogues translate them there.

namespace iin::ui {

namespace {

QString noJournalText()
{
    return QCoreApplication::translate("iin::ui::MainWindow",
                                       "The journal is not available on this desk: a handover "
                                       "cannot be recorded.");
}

} // namespace

HandoverFlow::HandoverFlow(QWidget* window, MessageBar* messageBar, const Operator& op,
                           std::function<bool()> locked, std::function<bool()> refuseWrites)
    : QObject(window), m_window(window), m_messageBar(messageBar), m_operator(op),
      m_locked(std::move(locked)), m_refuseWrites(std::move(refuseWrites))
{
}

HandoverFlow::~HandoverFlow() = default;

void HandoverFlow::setJournal(StoreThread* journal)
{
    m_journal = journal;
}

QInputDialog* HandoverFlow::askNumber()
{
    if (!roleMay(m_operator.role, Permission::RecordHandover) || m_locked())
        return nullptr;
    if (!m_journal) {
        m_messageBar->showMessage(noJournalText());
        return nullptr;
    }
    auto* ask = new QInputDialog(m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("handoverNumberDialog"));
    ask->setWindowTitle(QCoreApplication::translate("iin::ui::MainWindow", "Record handover"));
    ask->setLabelText(QCoreApplication::translate(
        "iin::ui::MainWindow", "&Registration number of the application (as on the receipt):"));
    ask->setAccessibleName(QCoreApplication::translate("iin::ui::MainWindow",
                                                       "Registration number of the application"));
    ask->setInputMode(QInputDialog::TextInput);
    // Back to the desk's window once the number is given, so that its shortcuts work at once
    // (not every window system hands the activation back by itself).
    connect(ask, &QDialog::finished, m_window, [window = m_window] { window->activateWindow(); });
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& typed) {
        const QString number = typed.trimmed();
        if (!RegistrationNumber::isValid(number)) {
            m_messageBar->showMessage(
                QCoreApplication::translate("iin::ui::MainWindow",
                                            "\"%1\" is not a registration number: type it as on "
                                            "the receipt, e.g. ALM01-02-000017-R.")
                    .arg(number));
            return;
        }
        if (!m_journal)
            return;
        // FindApplication: the one policy for what a clerk typed.
        const QString normalized = RegistrationNumber::normalized(number);
        m_journal->run(
            m_lookups.next(), // a number typed again since: only the newest shows
            [normalized, login = m_operator.login](StoreContext& c) {
                return FindApplication::shownTo(c.database(), normalized, login,
                                                FindApplication::Accept::IdOrNumber);
            },
            [this, normalized](Result<JournalEntry> found) { onLookup(found, normalized); });
    });
    ask->open();
    return ask;
}

void HandoverFlow::onLookup(const Result<JournalEntry>& found, const QString& number)
{
    if (!found && found.error().code == u"journal.not_found") {
        m_messageBar->showMessage(
            QCoreApplication::translate("iin::ui::MainWindow",
                                        "There is no application %1 in the journal: check the "
                                        "number on the receipt.")
                .arg(number));
        return;
    }
    if (!found) {
        m_messageBar->showMessage(found.errorMessage());
        return;
    }
    const JournalEntry& e = *found;
    // Said before anything is typed; the journal checks it again when recording.
    if (e.status != ApplicationStatus::CertificatePrinted) {
        m_messageBar->showMessage(
            QCoreApplication::translate("iin::ui::MainWindow",
                                        "Application %1 is %2: a certificate is handed over only "
                                        "when it is %3.")
                .arg(e.registrationNumber, JournalModel::statusName(e.status),
                     JournalModel::statusName(ApplicationStatus::CertificatePrinted)),
            MessageBar::Kind::Warning);
        return;
    }
    open(e.id, e.registrationNumber);
}

HandoverDialog* HandoverFlow::open(qint64 applicationId, const QString& registrationNumber)
{
    if (!roleMay(m_operator.role, Permission::RecordHandover) || m_locked() || m_refuseWrites())
        return nullptr;
    if (!m_journal) {
        m_messageBar->showMessage(noJournalText());
        return nullptr;
    }
    auto* dialog = new HandoverDialog(applicationId, registrationNumber, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Back to the desk's window afterwards, so that its shortcuts work at once.
    connect(dialog, &QDialog::finished, m_window,
            [window = m_window] { window->activateWindow(); });
    connect(dialog, &HandoverDialog::handoverConfirmed, this,
            [this, dialog](const Handover& handover) {
                if (!m_journal) {
                    dialog->refused(QCoreApplication::translate(
                        "iin::ui::MainWindow", "The journal is not available on this desk."));
                    return;
                }
                const qint64 id = dialog->applicationId();
                m_journal->run(
                    this,
                    [id, handover, login = m_operator.login](StoreContext& c) {
                        return RecordHandover::run(c.database(), id, handover, login);
                    },
                    [this, dialog = QPointer<HandoverDialog>(dialog), id](Result<Handover> stored) {
                        if (stored)
                            onRecorded(dialog, id, *stored);
                        else
                            onFailed(dialog, stored.errorMessage());
                    });
            });
    // The document on file follows from the journal's thread; the clerk may start typing.
    m_journal->run(
        dialog,
        [applicationId](StoreContext& c) {
            return DocumentOnFile::run(c.database(), applicationId);
        },
        [dialog](Result<std::optional<IdentityDocument>> onFile) {
            if (onFile && *onFile)
                dialog->setDocumentOnFile(**onFile);
        });
    dialog->open();
    return dialog;
}

void HandoverFlow::onRecorded(HandoverDialog* dialog, qint64 applicationId,
                              const Handover& handover)
{
    const QString number = dialog && !dialog->registrationNumber().isEmpty()
                               ? dialog->registrationNumber()
                               : QString::number(applicationId);
    QString how;
    switch (handover.recipient) {
    case HandoverRecipient::Applicant:
        how = QCoreApplication::translate("iin::ui::MainWindow",
                                          "to the person, on the identity document");
        break;
    case HandoverRecipient::DigitalDocument:
        how = QCoreApplication::translate(
            "iin::ui::MainWindow",
            "to the person, on a document from the digital documents service");
        break;
    case HandoverRecipient::Representative:
        // No name: the message bar stays in view even over the lock screen.
        how = QCoreApplication::translate("iin::ui::MainWindow",
                                          "to a representative, on a power of attorney");
        break;
    }
    if (dialog)
        dialog->recorded();
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow",
                                    "The certificate of %1 is recorded as handed over %2.")
            .arg(number, how),
        MessageBar::Kind::Positive);
    emit recorded(applicationId);
}

void HandoverFlow::onFailed(HandoverDialog* dialog, const QString& message)
{
    if (dialog)
        dialog->refused(message);
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow", "The handover was not recorded: %1")
            .arg(message));
}

} // namespace iin::ui

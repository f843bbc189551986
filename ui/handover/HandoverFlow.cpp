#include "ui/handover/HandoverFlow.h"

#include "core/application/RegistrationNumber.h"
#include "core/services/JournalThread.h"
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

void HandoverFlow::setJournal(JournalThread* journal)
{
    if (m_journal)
        m_journal->worker()->disconnect(this);
    m_journal = journal;
    if (!journal)
        return;
    // The answers come from the journal's thread; queued, they run here on the UI thread.
    const JournalWorker* w = journal->worker();
    connect(w, &JournalWorker::searchFinished, this, &HandoverFlow::onLookup, Qt::QueuedConnection);
    connect(w, &JournalWorker::handoverRecorded, this, &HandoverFlow::onRecorded,
            Qt::QueuedConnection);
    connect(w, &JournalWorker::failed, this, &HandoverFlow::onFailed, Qt::QueuedConnection);
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
        JournalQuery query;
        query.text = number;
        query.limit = 1;
        m_number = RegistrationNumber::normalized(number);
        m_lookup = m_journal->search(query, m_operator.login, true);
    });
    ask->open();
    return ask;
}

void HandoverFlow::onLookup(quint64 requestId, const QList<JournalEntry>& entries)
{
    if (requestId == 0 || requestId != m_lookup)
        return;
    m_lookup = 0;
    if (entries.isEmpty()) {
        m_messageBar->showMessage(
            QCoreApplication::translate("iin::ui::MainWindow",
                                        "There is no application %1 in the journal: check the "
                                        "number on the receipt.")
                .arg(m_number));
        return;
    }
    const JournalEntry& e = entries.constFirst();
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
                m_dialogs.insert(
                    m_journal->recordHandover(dialog->applicationId(), handover, m_operator.login),
                    dialog);
            });
    dialog->open();
    return dialog;
}

void HandoverFlow::onRecorded(quint64 requestId, qint64 applicationId, const Handover& handover)
{
    if (!m_dialogs.contains(requestId))
        return;
    const QPointer<HandoverDialog> dialog = m_dialogs.take(requestId);
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

void HandoverFlow::onFailed(quint64 requestId, const QString& message)
{
    if (requestId == m_lookup && requestId != 0) {
        m_lookup = 0;
        m_messageBar->showMessage(message);
        return;
    }
    if (!m_dialogs.contains(requestId))
        return;
    const QPointer<HandoverDialog> dialog = m_dialogs.take(requestId);
    if (dialog)
        dialog->refused(message);
    m_messageBar->showMessage(
        QCoreApplication::translate("iin::ui::MainWindow", "The handover was not recorded: %1")
            .arg(message));
}

} // namespace iin::ui

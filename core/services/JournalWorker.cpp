#include "core/services/JournalWorker.h"

#include "core/store/AttachmentStore.h"
#include "core/store/AuditTrail.h"
#include "core/operators/Authorization.h"
#include "core/rules/CompletenessCheck.h"
#include "core/store/Database.h"
#include "core/journal/Intake.h"
#include "core/rules/RuleSet.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace iin {

JournalWorker::JournalWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

JournalWorker::JournalWorker(QString databasePath, Database::OpenCheck check, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_check(check)
{
}

JournalWorker::~JournalWorker() = default;

Database::Options JournalWorker::openOptions() const
{
    Database::Options options;
    options.check = m_check;
    return options;
}

void JournalWorker::open()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_path, openOptions());
    if (!db) {
        emit openFailed(db.errorMessage());
        return;
    }
    m_database = std::move(db).value();
    m_journal = std::make_unique<Journal>(*m_database);
    emit opened(m_path);
}

void JournalWorker::close()
{
    m_journal.reset();
    m_database.reset();
}

Result<Journal*> JournalWorker::journal()
{
    // A journal that could not be opened at start (locked by a backup, say) is tried again on
    // the next request rather than leaving the desk without a store until a restart.
    if (!m_journal) {
        Result<std::unique_ptr<Database>> db = Database::open(m_path, openOptions());
        if (!db)
            return db.error();
        m_database = std::move(db).value();
        m_journal = std::make_unique<Journal>(*m_database);
    }
    return m_journal.get();
}

Result<QList<QByteArray>> JournalWorker::readAttachments(const RegisterRequest& request) const
{
    QList<QByteArray> contents;
    for (const Attachment& a : request.application.attachments) {
        // An attachment without a scan (only the paper was seen) has no file to copy.
        const QString path = a.sha256.isEmpty()
                                 ? QString()
                                 : request.attachmentFiles.value(
                                       a.sha256, request.attachmentFiles.value(a.sha256.toLower()));
        if (path.isEmpty()) {
            contents.append(QByteArray());
            continue;
        }
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.exists())
            return Error{QStringLiteral("journal.attachment_missing"),
                         tr("The scan \"%1\" is no longer at %2. Attach it again, then register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        if (file.size() > MaxAttachmentBytes || !file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("journal.attachment_unreadable"),
                         tr("The scan \"%1\" at %2 cannot be read. Attach it again, then "
                            "register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        QByteArray content = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return Error{QStringLiteral("journal.attachment_unreadable"),
                         tr("The scan \"%1\" at %2 cannot be read. Attach it again, then "
                            "register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        // The file must still be the scan the clerk attached and saw.
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (digest.compare(a.sha256, Qt::CaseInsensitive) != 0)
            return Error{QStringLiteral("journal.attachment_changed"),
                         tr("The scan \"%1\" at %2 has changed since it was attached. Attach it "
                            "again, then register.")
                             .arg(a.fileName.isEmpty() ? name : a.fileName, path)};
        contents.append(std::move(content));
    }
    return contents;
}

void JournalWorker::registerApplication(quint64 requestId, const RegisterRequest& request)
{
    const Application& application = request.application;
    const QDate day =
        application.submittedOn.isValid() ? application.submittedOn : QDate::currentDate();
    const Result<RuleSet> rules = RuleSet::effectiveOn(day);
    if (!rules) {
        emit failed(requestId, rules.errorMessage());
        return;
    }
    const CheckResult check = CompletenessCheck::check(application, *rules);

    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    // The duplicate warning matters before a number is issued; a refusal issues none and queues
    // nothing, so it is recorded without asking.
    if (check.complete && !request.duplicatesConfirmed) {
        const Result<QList<DuplicateMatch>> matches =
            (*journal)->warnOfDuplicates(application, request.desk.operatorId);
        if (!matches) {
            emit failed(requestId, matches.errorMessage());
            return;
        }
        if (!matches->isEmpty()) {
            emit duplicatesFound(requestId, *matches);
            return;
        }
    }

    if (request.duplicatesConfirmed && !request.duplicatesShown.isEmpty()) {
        if (Status s = (*journal)->recordDuplicatesAnswer(request.duplicatesShown, true,
                                                          request.desk.operatorId);
            !s) {
            emit failed(requestId, s.errorMessage());
            return;
        }
    }

    Result<QList<QByteArray>> contents = readAttachments(request);
    if (!contents) {
        emit failed(requestId, contents.errorMessage());
        return;
    }
    Intake intake = Intake::from(application, check);
    intake.attachmentContents = std::move(contents).value();

    if (check.complete) {
        const Result<Registration> r = (*journal)->registerApplication(intake, request.desk);
        if (!r)
            emit failed(requestId, r.errorMessage());
        else
            emit registered(requestId, *r);
        return;
    }
    const Result<qint64> refused = (*journal)->refuseAtIntake(intake, request.desk);
    if (!refused)
        emit failed(requestId, refused.errorMessage());
    else
        emit refusedAtIntake(requestId, *refused, check.findings);
}

void JournalWorker::declineDuplicates(quint64 requestId, const QList<qint64>& shown,
                                      const QString& operatorId)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    if (Status s = (*journal)->recordDuplicatesAnswer(shown, false, operatorId); !s)
        emit failed(requestId, s.errorMessage());
    else
        emit recorded(requestId);
}

void JournalWorker::search(quint64 requestId, const JournalQuery& query, const QString& operatorId,
                           bool record)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    const Result<QList<JournalEntry>> entries = (*journal)->view(query, operatorId, record);
    if (!entries)
        emit failed(requestId, entries.errorMessage());
    else
        emit searchFinished(requestId, *entries);
}

void JournalWorker::recordHandover(quint64 requestId, qint64 applicationId,
                                   const Handover& handover, const QString& operatorId)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    const Result<Handover> stored = (*journal)->recordHandover(applicationId, handover, operatorId);
    if (!stored)
        emit failed(requestId, stored.errorMessage());
    else
        emit handoverRecorded(requestId, applicationId, *stored);
}

void JournalWorker::openRecord(quint64 requestId, qint64 applicationId, const QString& operatorId)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    Result<QJsonObject> record = (*journal)->openRecord(applicationId, operatorId);
    if (!record) {
        emit failed(requestId, record.errorMessage());
        return;
    }
    // The audit table is for the roles that may read the audit trail (supervisors).
    if (!Authorization::require(m_database->sql(), operatorId, Permission::ViewAuditTrail)) {
        emit recordOpened(requestId, *record);
        return;
    }
    const Result<QList<AuditRecord>> trail = AuditTrail::recordsFor(
        m_database->sql(), QStringLiteral("application:%1").arg(applicationId));
    if (!trail) {
        emit failed(requestId, trail.errorMessage());
        return;
    }
    QJsonArray audit;
    for (const AuditRecord& r : *trail)
        audit.append(QJsonObject{
            {QStringLiteral("seq"), r.seq},
            {QStringLiteral("at"), r.at},
            {QStringLiteral("operator"), r.operatorId},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("details"), QJsonDocument::fromJson(r.details.toUtf8()).object()},
        });
    record->insert(QStringLiteral("audit"), audit);
    emit recordOpened(requestId, *record);
}

void JournalWorker::cancelApplication(quint64 requestId, qint64 applicationId,
                                      const QString& operatorId, const QString& reason)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    const Status s = (*journal)->changeStatus(applicationId, ApplicationStatus::Cancelled,
                                              operatorId, reason.trimmed());
    if (!s)
        emit failed(requestId, s.errorMessage());
    else
        emit applicationCancelled(requestId, applicationId);
}

void JournalWorker::readAttachment(quint64 requestId, qint64 applicationId, const QString& sha256,
                                   const QString& operatorId)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    const Result<QByteArray> content = (*journal)->openScan(applicationId, sha256, operatorId);
    if (!content)
        emit failed(requestId, content.errorMessage());
    else
        emit attachmentRead(requestId, *content);
}

void JournalWorker::recordSettingsChanged(quint64 requestId, const QJsonObject& changes,
                                          const QString& operatorId)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    QSqlDatabase db = m_database->sql();
    Transaction tx(db);
    Status s = tx.begin();
    if (s)
        s = Authorization::require(db, operatorId, Permission::EditSettings);
    if (s)
        s = AuditTrail::append(
            db, {operatorId, AuditTrail::SettingsChanged, QStringLiteral("settings"), changes});
    if (s)
        s = tx.commit();
    if (!s)
        emit failed(requestId, s.errorMessage());
    else
        emit recorded(requestId);
}

} // namespace iin

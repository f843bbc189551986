#include "core/services/JournalWorker.h"

#include "core/store/Database.h"
#include "core/usecases/CancelApplication.h"
#include "core/usecases/DeclineDuplicates.h"
#include "core/usecases/OpenRecord.h"
#include "core/usecases/ReadAttachment.h"
#include "core/usecases/RecordHandover.h"
#include "core/usecases/RecordSettingsChanged.h"
#include "core/usecases/RegisterApplication.h"

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

void JournalWorker::registerApplication(quint64 requestId, const RegisterRequest& request)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    const Result<RegisterOutcome> outcome = RegisterApplication::run(*m_database, request);
    if (!outcome) {
        emit failed(requestId, outcome.errorMessage());
        return;
    }
    switch (outcome->kind) {
    case RegisterOutcome::Kind::DuplicatesFound:
        emit duplicatesFound(requestId, outcome->duplicates);
        return;
    case RegisterOutcome::Kind::Registered:
        emit registered(requestId, outcome->registration);
        return;
    case RegisterOutcome::Kind::RefusedAtIntake:
        emit refusedAtIntake(requestId, outcome->applicationId, outcome->check.findings);
        return;
    }
}

void JournalWorker::declineDuplicates(quint64 requestId, const QList<qint64>& shown,
                                      const QString& operatorId)
{
    Result<Journal*> journal = this->journal();
    if (!journal) {
        emit failed(requestId, journal.errorMessage());
        return;
    }
    if (Status s = DeclineDuplicates::run(*m_database, shown, operatorId); !s)
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
    const Result<Handover> stored =
        RecordHandover::run(*m_database, applicationId, handover, operatorId);
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
    const Result<QJsonObject> record = OpenRecord::run(*m_database, applicationId, operatorId);
    if (!record)
        emit failed(requestId, record.errorMessage());
    else
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
    const Status s = CancelApplication::run(*m_database, applicationId, operatorId, reason);
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
    const Result<QByteArray> content =
        ReadAttachment::run(*m_database, applicationId, sha256, operatorId);
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
    if (Status s = RecordSettingsChanged::run(*m_database, changes, operatorId); !s)
        emit failed(requestId, s.errorMessage());
    else
        emit recorded(requestId);
}

} // namespace iin

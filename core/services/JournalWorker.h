#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"
#include "core/journal/Journal.h"
#include "core/store/Database.h"
#include "core/usecases/RegisterApplication.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace iin {

// The journal's side of the desk, on its own thread: it opens its own Database there (a
// Database belongs to the thread that opened it) and answers requests posted from the UI thread
// through queued calls, so that no SQL and no file reading ever runs on the UI thread. Every
// request carries an id chosen by the caller; every answer names it. Each slot is the use case
// of core/usecases/ of the same name, run on this thread.
//
// Create it without a parent, move it to its thread and call open() there (JournalThread does
// all of this); close() on that thread before the thread ends.
class JournalWorker : public QObject
{
    Q_OBJECT

public:
    explicit JournalWorker(QString databasePath, QObject* parent = nullptr);
    // `check`: how open() checks the file (Database::OpenCheck::Deferred leaves the whole-file
    // check to the caller, for a window that must show before a big journal is read through).
    JournalWorker(QString databasePath, Database::OpenCheck check, QObject* parent = nullptr);
    ~JournalWorker() override;

    QString databasePath() const { return m_path; }

public slots:
    // Opens the database on the calling thread (the worker's); answers opened() or openFailed().
    void open();
    void close();

    // Checks the package against the rule set in force on its date of submission. A complete
    // one: likely duplicates not yet confirmed -> duplicatesFound(), nothing written; otherwise
    // registered(). An incomplete one: refusedAtIntake() with its findings. Any error (an
    // unreadable scan, the journal) -> failed() with nothing written. The warning shown is
    // recorded in the audit trail (Journal::warnOfDuplicates).
    void registerApplication(quint64 requestId, const iin::RegisterRequest& request);
    // The clerk did not register after the duplicate warning: recorded -> recorded().
    void declineDuplicates(quint64 requestId, const QList<qint64>& shown,
                           const QString& operatorId);
    // A search shown to `operatorId` (Journal::view): `record` for the first page of a search,
    // not for the pages scrolled after it.
    void search(quint64 requestId, const iin::JournalQuery& query, const QString& operatorId,
                bool record);
    // Paragraph 11-1: the certificate of `applicationId` handed over as described; answers
    // handoverRecorded() with the handover as stored, or failed() with nothing written.
    void recordHandover(quint64 requestId, qint64 applicationId, const iin::Handover& handover,
                        const QString& operatorId);
    // The whole record for the application view (Journal::openRecord, audited as a view by
    // `operatorId`), with the audit history of "application:<id>" added as "audit" (after the
    // view, so the view itself is in it) when the operator may view the audit trail
    // (Permission::ViewAuditTrail) -> recordOpened().
    void openRecord(quint64 requestId, qint64 applicationId, const QString& operatorId);
    // Withdraws the application (status "cancelled", where the lifecycle allows it), audited with
    // the reason -> applicationCancelled(). The caller checks the operator's role.
    void cancelApplication(quint64 requestId, qint64 applicationId, const QString& operatorId,
                           const QString& reason);
    // A stored scan of the application, checked against its digest, the opening recorded
    // (Journal::openScan) -> attachmentRead().
    void readAttachment(quint64 requestId, qint64 applicationId, const QString& sha256,
                        const QString& operatorId);
    // The desk's settings changed (DeskSettings::changesFrom): recorded by `operatorId`, whose
    // role must allow Permission::EditSettings -> recorded().
    void recordSettingsChanged(quint64 requestId, const QJsonObject& changes,
                               const QString& operatorId);

signals:
    void opened(const QString& path);
    void openFailed(const QString& message);
    void duplicatesFound(quint64 requestId, const QList<iin::DuplicateMatch>& matches);
    void registered(quint64 requestId, const iin::Registration& registration);
    void refusedAtIntake(quint64 requestId, qint64 applicationId, const iin::Findings& findings);
    void searchFinished(quint64 requestId, const QList<iin::JournalEntry>& entries);
    void handoverRecorded(quint64 requestId, qint64 applicationId, const iin::Handover& handover);
    void recordOpened(quint64 requestId, const QJsonObject& record);
    void applicationCancelled(quint64 requestId, qint64 applicationId);
    void attachmentRead(quint64 requestId, const QByteArray& content);
    void recorded(quint64 requestId);
    void failed(quint64 requestId, const QString& message);

private:
    Database::Options openOptions() const;
    // The journal, opened on first use if open() failed or was not called yet.
    Result<Journal*> journal();

    QString m_path;
    Database::OpenCheck m_check = Database::OpenCheck::Full;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Journal> m_journal;
};

} // namespace iin

#pragma once

#include "core/application/ApplicationStatus.h"
#include "core/base/Result.h"
#include "core/journal/Handover.h"
#include "core/journal/Intake.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace iin {

class Database;

// Who registers, where: fixed per workstation, except the operator.
struct DeskContext
{
    QString office;     // 2-8 of A-Z 0-9
    QString desk;       // 1-4 of A-Z 0-9
    QString operatorId; // the signed-in operator
};

// One row of the journal, without the stored application JSON.
struct JournalEntry
{
    qint64 id = 0;
    QString registrationNumber; // empty for refusals at intake
    ApplicationStatus status = ApplicationStatus::Draft;
    QString office;
    QString desk;
    QString createdAt; // UTC ISO 8601
    QString createdBy;
    QString updatedAt;
    QString rulesEdition;
    PersonName nameCyrillic;
    PersonName nameLatin;
    QDate birthDate;
    QString citizenship;
    QString documentNumber;
    QString iin; // empty until the registry forms it
    // The registry's review number while the request waits for a registry officer's decision
    // (a possible match, docs/sync.md); empty otherwise.
    QString reviewId;
};

struct Registration
{
    qint64 applicationId = 0;
    QString registrationNumber;
    QString idempotencyKey; // of the outbox entry
};

// A search over the journal. `text` is an IIN, a registration number, a document number, or
// words of a name in Cyrillic or Latin (each word matches a name word by prefix, in any case
// and either script). Results come newest first, or oldest first with `ascending`; pass the
// last id seen as `beforeId` (newest first) or `afterId` (oldest first) for the next page.
struct JournalQuery
{
    QString text;
    std::optional<ApplicationStatus> status;
    bool awaitingDecision = false; // only requests waiting for a registry officer's decision
    QDate from;                    // registered on or after this local day
    QDate to;                      // registered on or before this local day
    // Only requests the registry has not answered yet (the outbox entry pending or in flight),
    // queued in [queuedSince, queuedBefore), UTC; an invalid end is open (the dashboard's
    // outbox ages).
    bool unanswered = false;
    QDateTime queuedSince;
    QDateTime queuedBefore;
    // Only applications whose status last changed in [changedSince, changedBefore), UTC (with
    // `status`: in that status since then, e.g. printed and not handed over for N days).
    QDateTime changedSince;
    QDateTime changedBefore;
    qint64 beforeId = 0;
    qint64 afterId = 0;
    bool ascending = false;
    int limit = 50;
};

struct DuplicateMatch
{
    JournalEntry entry;
    QStringList reasons; // "document" (same document number and citizenship), "name_birth_date"
};

// The journal of applications: registration (one transaction: application, attachments,
// outbox entry, audit record), refusal at intake, status changes through the one lifecycle,
// search and the duplicate pre-check.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    explicit Journal(Database& database) : m_database(database) {}

    // A draft: saved as typed, unchecked, no number; `draftId` 0 creates one, otherwise the
    // draft is saved again. Audited as created / changed.
    Result<qint64> saveDraft(const Intake& intake, const DeskContext& desk, qint64 draftId = 0);
    // Registers a complete package (a new one, or the draft `draftId` with this content).
    Result<Registration> registerApplication(const Intake& intake, const DeskContext& desk,
                                             qint64 draftId = 0);
    // Records an incomplete package with its findings; queues nothing.
    Result<qint64> refuseAtIntake(const Intake& intake, const DeskContext& desk,
                                  qint64 draftId = 0);

    Status changeStatus(qint64 id, ApplicationStatus to, const QString& operatorId,
                        const QString& note = {});
    // The same, inside the caller's open transaction (the outbox writes results this way).
    static Status changeStatusIn(QSqlDatabase db, qint64 id, ApplicationStatus to,
                                 const QString& operatorId, const QString& note,
                                 const QJsonObject& details = {});

    // Paragraph 11-1: the registration certificate handed over, in one transaction: the
    // handover row, the move certificate_printed -> handed_over through the lifecycle (status
    // history and its audit record) and the audit record `application.handed_over` naming the
    // kind of recipient only. Nothing is written when the handover is incomplete
    // (`handover.invalid`) or the application is in any other status (`handover.wrong_status`,
    // naming both statuses). Returns the handover as stored (time and operator filled in).
    Result<Handover> recordHandover(qint64 id, const Handover& handover, const QString& operatorId);

    // The identity document the application was registered on (none for Annex 2, or when there
    // is no application `id`): the handover dialog compares the one presented with it.
    Result<std::optional<IdentityDocument>> documentOnFile(qint64 id);
    // By id ("42") or registration number.
    Result<std::optional<JournalEntry>> find(const QString& idOrNumber);
    Result<std::optional<JournalEntry>> entry(qint64 id);
    Result<QList<JournalEntry>> search(const JournalQuery& query);
    // Applications already in the journal that are likely the same person (refusals and
    // cancellations left out).
    Result<QList<DuplicateMatch>> likelyDuplicates(const Application& application);

    // A search shown to `operatorId` (ViewApplications), recorded with `record` as a view of
    // the journal (`application.viewed`, subject "journal": how many were listed and the kind of
    // search, never its text). The desk records the first page of each search, not every page
    // scrolled; the CLI records every `list`.
    Result<QList<JournalEntry>> view(const JournalQuery& query, const QString& operatorId,
                                     bool record = true);
    // The likely duplicates shown to `operatorId`: when there are any, the warning is recorded
    // (`application.duplicates_shown`, the applications' ids and the reasons).
    Result<QList<DuplicateMatch>> warnOfDuplicates(const Application& application,
                                                   const QString& operatorId);
    // The clerk's answer to that warning (`application.duplicates_answered`).
    Status recordDuplicatesAnswer(const QList<qint64>& shown, bool registerAnyway,
                                  const QString& operatorId);
    // A stored scan of the application, checked against its digest; the opening is recorded
    // (`application.scan_opened`, the kind of document and the digest).
    Result<QByteArray> openScan(qint64 applicationId, const QString& sha256,
                                const QString& operatorId);

    // The whole record (application, status history, attachments, outbox state, handover) as
    // JSON;
    // audited as a view of personal data by `operatorId`.
    Result<QJsonObject> openRecord(qint64 id, const QString& operatorId);

    // The SQL and bound values `search` runs, for checking its query plan.
    static QString searchSql(const JournalQuery& query, QVariantList* values);

private:
    // A new row (draftId 0) or the draft moved to `status`; then its content.
    Result<qint64> place(qint64 draftId, const Intake& intake, const DeskContext& desk,
                         ApplicationStatus status, const QString& registrationNumber);
    Status writeContent(qint64 id, const Intake& intake, bool replacing);
    Result<QString> nextRegistrationNumber(const DeskContext& desk);

    Database& m_database;
};

} // namespace iin

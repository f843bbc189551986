#include "core/journal/Journal.h"

#include "core/application/ApplicationKeys.h"
#include "core/application/RegistrationNumber.h"
#include "core/atrest/ScanFolder.h"
#include "core/atrest/ScanKeys.h"
#include "core/journal/Outbox.h"
#include "core/operators/Authorization.h"
#include "core/person/NameKey.h"
#include "core/store/AttachmentStore.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StatementCache.h"
#include "core/store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace iin {

namespace {

// Office and desk codes are part of every registration number: checked before any write.
Status checkDeskCodes(const DeskContext& desk)
{
    if (Status s = RegistrationNumber::checkOffice(desk.office); !s)
        return s;
    return RegistrationNumber::checkDesk(desk.desk);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// QtSql binds a null QString as NULL; these columns hold "" for "none".
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString subjectOf(qint64 id)
{
    return QStringLiteral("application:%1").arg(id);
}

// Intake is the clerk's (Annex 2: the officer's); registering is a permission of its own.
Status mayTake(QSqlDatabase db, const Intake& intake, const QString& operatorId, bool registering)
{
    if (Status s = Authorization::require(db, operatorId,
                                          intake.application.basis == ApplicationBasis::Annex2
                                              ? Permission::TakeAnnex2
                                              : Permission::TakeApplication);
        !s)
        return s;
    return registering ? Authorization::require(db, operatorId, Permission::RegisterApplication)
                       : Status{};
}

// The permission a status change asks for: the lifecycle's other moves (printing, the
// registry's answers) are made by the operations that own them.
Permission permissionToMoveTo(ApplicationStatus to)
{
    switch (to) {
    case ApplicationStatus::Cancelled:
        return Permission::CancelApplication;
    case ApplicationStatus::CertificatePrinted:
        return Permission::PrintCertificate;
    case ApplicationStatus::HandedOver:
        return Permission::RecordHandover;
    default:
        return Permission::RegisterApplication;
    }
}

QJsonArray idsOf(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

const QString entryColumns = QStringLiteral(
    "a.id, a.registration_number, a.status, a.office, a.desk, a.created_at, a.created_by,"
    " a.updated_at, a.rules_edition, a.surname_cyr, a.given_name_cyr, a.patronymic_cyr,"
    " a.surname_lat, a.given_name_lat, a.patronymic_lat, a.birth_date, a.citizenship,"
    " a.document_number, a.iin,"
    // The registry's review number while the request waits for its officer (docs/sync.md).
    // Callers that select more columns after these read them from index 20 on.
    " (SELECT o.review_id FROM outbox o WHERE o.application_id = a.id"
    "  AND o.state IN ('pending', 'in_flight'))");

JournalEntry entryFrom(const QSqlQuery& q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.registrationNumber = q.value(1).toString();
    e.status =
        ApplicationStatuses::fromString(q.value(2).toString()).value_or(ApplicationStatus::Draft);
    e.office = q.value(3).toString();
    e.desk = q.value(4).toString();
    e.createdAt = q.value(5).toString();
    e.createdBy = q.value(6).toString();
    e.updatedAt = q.value(7).toString();
    e.rulesEdition = q.value(8).toString();
    e.nameCyrillic = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString()};
    e.nameLatin = {q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
    e.birthDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    e.citizenship = q.value(16).toString();
    e.documentNumber = q.value(17).toString();
    e.iin = q.value(18).toString();
    e.reviewId = q.value(19).toString();
    return e;
}

Status insertKeys(QSqlDatabase db, qint64 id, const Application& a)
{
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db,
        QStringLiteral(
            "INSERT OR IGNORE INTO name_keys (part, key, application_id) VALUES (?, ?, ?)"),
        fallback);
    const auto add = [&](const QString& part, const QStringList& keys) -> Status {
        for (const QString& key : keys) {
            q.bindValue(0, part);
            q.bindValue(1, key);
            q.bindValue(2, id);
            if (!q.exec())
                return StoreError::from(q.lastError(), Journal::tr("Saving the application"));
        }
        return {};
    };
    if (Status s =
            add(QStringLiteral("word"), ApplicationKeys::searchWords(a.nameCyrillic, a.nameLatin));
        !s)
        return s;
    return add(QStringLiteral("full"), ApplicationKeys::fullNames(a.nameCyrillic, a.nameLatin));
}

Status insertHistory(QSqlDatabase db, qint64 id, const QVariant& from, ApplicationStatus to,
                     const QString& at, const QString& operatorId, const QString& note)
{
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db,
        QStringLiteral("INSERT INTO status_history (application_id, from_status,"
                       " to_status, at, operator, note) VALUES (?, ?, ?, ?, ?, ?)"),
        fallback);
    q.addBindValue(id);
    q.addBindValue(from);
    q.addBindValue(ApplicationStatuses::toString(to));
    q.addBindValue(at);
    q.addBindValue(notNull(operatorId));
    q.addBindValue(textOrNull(note));
    if (!q.exec())
        return StoreError::from(q.lastError(), Journal::tr("Saving the status"));
    return {};
}

bool looksLikeIin(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    return re.match(text).hasMatch();
}

// A local calendar day as a half-open UTC range of created_at strings.
QString dayStartUtc(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

} // namespace

Result<QString> Journal::nextRegistrationNumber(const DeskContext& desk)
{
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        m_database.sql(),
        QStringLiteral("INSERT INTO desk_sequence (office, desk, last_value) VALUES (?, ?, 1)"
                       " ON CONFLICT (office, desk) DO UPDATE SET last_value = last_value + 1"
                       " RETURNING last_value"),
        fallback);
    q.addBindValue(desk.office);
    q.addBindValue(desk.desk);
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), tr("Issuing a registration number"));
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();
    return RegistrationNumber::make(desk.office, desk.desk, sequence);
}

namespace {

// The application's own columns, written by registering (a new row) and by saving a draft again.
const QString contentColumns = QStringLiteral(
    "rules_edition, surname_cyr, given_name_cyr, patronymic_cyr, surname_lat, given_name_lat,"
    " patronymic_lat, birth_date, citizenship, document_number, document_key, application_json,"
    " findings_json, updated_at");

// Binds the values of contentColumns, in their order.
void bindContent(QSqlQuery& q, const Intake& intake, const QString& now)
{
    const Application& a = intake.application;
    const QString document = a.identityDocument ? a.identityDocument->number : QString();
    q.addBindValue(textOrNull(intake.rulesEdition));
    q.addBindValue(notNull(a.nameCyrillic.surname));
    q.addBindValue(notNull(a.nameCyrillic.givenName));
    q.addBindValue(notNull(a.nameCyrillic.patronymic));
    q.addBindValue(notNull(a.nameLatin.surname));
    q.addBindValue(notNull(a.nameLatin.givenName));
    q.addBindValue(notNull(a.nameLatin.patronymic));
    q.addBindValue(
        textOrNull(a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QString()));
    q.addBindValue(textOrNull(a.citizenship));
    q.addBindValue(textOrNull(document));
    q.addBindValue(textOrNull(ApplicationKeys::documentNumber(document)));
    q.addBindValue(intake.json);
    q.addBindValue(
        intake.findings.isEmpty()
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(QString::fromUtf8(
                  QJsonDocument(findingsToJson(intake.findings)).toJson(QJsonDocument::Compact))));
    q.addBindValue(now);
}

} // namespace

Status Journal::writeContent(qint64 id, const Intake& intake, bool replacing)
{
    QSqlDatabase db = m_database.sql();
    const Application& a = intake.application;
    const QString what = tr("Saving the application");

    if (replacing) {
        // A draft saved again: its row gets the new content, its keys and attachments are
        // replaced. A new row was inserted with its content (place()).
        QSqlQuery q(db);
        // "rules_edition = ?, surname_cyr = ?, ...": the columns of contentColumns, one list.
        q.prepare(QStringLiteral("UPDATE applications SET ") +
                  QString(contentColumns).replace(u',', QStringLiteral(" = ?,")) +
                  QStringLiteral(" = ? WHERE id = ?"));
        bindContent(q, intake, nowUtc());
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::from(q.lastError(), what);
        for (const QString& sql :
             {QStringLiteral("DELETE FROM name_keys WHERE application_id = ?"),
              QStringLiteral("DELETE FROM attachments WHERE application_id = ?")}) {
            QSqlQuery d(db);
            d.prepare(sql);
            d.addBindValue(id);
            if (!d.exec())
                return StoreError::from(d.lastError(), what);
        }
    }
    if (Status s = insertKeys(db, id, a); !s)
        return s;
    if (a.attachments.isEmpty())
        return {};

    // Scanned files go to the content-addressed folder first, encrypted under the journal's
    // scan key (docs/at-rest.md); their rows follow in this transaction, so a rollback leaves at
    // most an unreferenced file.
    Result<ScanKeys::Access> keys = ScanKeys::open(m_database.path());
    if (!keys)
        return keys.error();
    if (keys->created) {
        if (Status s =
                AuditTrail::append(db, ScanFolder::keyCreated(QStringLiteral("system"), *keys));
            !s)
            return s;
    }
    const AttachmentStore files(m_database.attachmentsPath(), keys->cipher);
    QSqlQuery fallback;
    QSqlQuery& att = StatementCache::prepare(
        db,
        QStringLiteral(
            "INSERT INTO attachments (application_id, kind, file_name, media_type, sha256, size,"
            " certified, electronic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        fallback);
    for (qsizetype i = 0; i < a.attachments.size(); ++i) {
        const Attachment& attachment = a.attachments[i];
        QString digest = attachment.sha256;
        QVariant size(QMetaType(QMetaType::LongLong));
        if (i < intake.attachmentContents.size() && !intake.attachmentContents[i].isEmpty()) {
            const QByteArray& content = intake.attachmentContents[i];
            Result<QString> stored = files.put(content);
            if (!stored)
                return stored.error();
            if (!digest.isEmpty() && digest.compare(*stored, Qt::CaseInsensitive) != 0)
                return Error{QStringLiteral("store.attachment_digest"),
                             tr("The file \"%1\" does not match the SHA-256 given for it.")
                                 .arg(attachment.fileName)};
            digest = *stored;
            size = qint64(content.size());
        }
        att.bindValue(0, id);
        att.bindValue(1, attachmentKindToString(attachment.kind));
        att.bindValue(2, notNull(attachment.fileName));
        att.bindValue(3, textOrNull(attachment.mediaType));
        att.bindValue(4, textOrNull(digest.toLower()));
        att.bindValue(5, size);
        att.bindValue(6, attachment.certified ? 1 : 0);
        att.bindValue(7, attachment.electronic ? 1 : 0);
        if (!att.exec())
            return StoreError::from(att.lastError(), tr("Saving the attachments"));
    }
    return {};
}

Result<qint64> Journal::place(qint64 draftId, const Intake& intake, const DeskContext& desk,
                              ApplicationStatus status, const QString& registrationNumber)
{
    QSqlDatabase db = m_database.sql();
    qint64 id = draftId;
    if (draftId == 0) {
        // The row with its content in one statement (an empty row filled by an UPDATE wrote
        // the row and its indexes twice).
        const QString now = nowUtc();
        QSqlQuery fallback;
        QSqlQuery& q = StatementCache::prepare(
            db,
            QStringLiteral("INSERT INTO applications (registration_number, status, office, desk,"
                           " created_at, created_by, ") +
                contentColumns +
                // Six values of the row's own, then one for each of contentColumns.
                QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?") +
                QStringLiteral(", ?").repeated(contentColumns.count(u',')) + u')',
            fallback);
        q.addBindValue(textOrNull(registrationNumber));
        q.addBindValue(ApplicationStatuses::toString(status));
        q.addBindValue(desk.office);
        q.addBindValue(desk.desk);
        q.addBindValue(now);
        q.addBindValue(notNull(desk.operatorId));
        bindContent(q, intake, now);
        if (!q.exec())
            return StoreError::from(q.lastError(), tr("Saving the application"));
        id = q.lastInsertId().toLongLong();
        if (Status s = insertHistory(db, id, QVariant(QMetaType(QMetaType::QString)), status, now,
                                     desk.operatorId, {});
            !s)
            return s.error();
    } else {
        // A draft moves on (or is saved again) through the one lifecycle.
        Result<std::optional<JournalEntry>> draft = entry(draftId);
        if (!draft)
            return draft.error();
        if (!*draft)
            return Error{QStringLiteral("journal.not_found"),
                         tr("There is no application %1 in the journal.").arg(draftId)};
        if ((*draft)->status != ApplicationStatus::Draft)
            return Error{QStringLiteral("journal.not_draft"),
                         tr("Application %1 is \"%2\", no longer a draft: it cannot be edited.")
                             .arg(draftId)
                             .arg(ApplicationStatuses::toString((*draft)->status))};
        if (status != ApplicationStatus::Draft) {
            if (Status s = changeStatusIn(db, id, status, desk.operatorId, {}); !s)
                return s.error();
        }
        if (!registrationNumber.isEmpty()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE applications SET registration_number = ?,"
                                     " office = ?, desk = ? WHERE id = ?"));
            q.addBindValue(registrationNumber);
            q.addBindValue(desk.office);
            q.addBindValue(desk.desk);
            q.addBindValue(id);
            if (!q.exec())
                return StoreError::from(q.lastError(), tr("Saving the application"));
        }
    }
    if (Status s = writeContent(id, intake, draftId != 0); !s)
        return s.error();
    return id;
}

Result<qint64> Journal::saveDraft(const Intake& intake, const DeskContext& desk, qint64 draftId)
{
    if (Status s = checkDeskCodes(desk); !s)
        return s.error();
    Transaction tx(m_database.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = mayTake(m_database.sql(), intake, desk.operatorId, false); !s)
        return s.error();
    Result<qint64> id = place(draftId, intake, desk, ApplicationStatus::Draft, {});
    if (!id)
        return id.error();
    if (Status s = AuditTrail::append(
            m_database.sql(),
            {desk.operatorId, draftId ? AuditTrail::Changed : AuditTrail::Created, subjectOf(*id),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<Registration> Journal::registerApplication(const Intake& intake, const DeskContext& desk,
                                                  qint64 draftId)
{
    if (Status s = checkDeskCodes(desk); !s)
        return s.error();

    Transaction tx(m_database.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = mayTake(m_database.sql(), intake, desk.operatorId, true); !s)
        return s.error();
    Result<QString> number = nextRegistrationNumber(desk);
    if (!number)
        return number.error();
    Result<qint64> id = place(draftId, intake, desk, ApplicationStatus::Registered, *number);
    if (!id)
        return id.error();
    Result<QString> key = Outbox::enqueueIn(m_database.sql(), *id, QDateTime::currentDateTimeUtc());
    if (!key)
        return key.error();
    if (Status s = AuditTrail::append(
            m_database.sql(),
            {desk.operatorId, draftId ? AuditTrail::Changed : AuditTrail::Created, subjectOf(*id),
             QJsonObject{
                 {QStringLiteral("registration_number"), *number},
                 {QStringLiteral("status"), QStringLiteral("registered")},
                 {QStringLiteral("rules"), intake.rulesEdition},
                 {QStringLiteral("attachments"), int(intake.application.attachments.size())},
                 {QStringLiteral("idempotency_key"), *key}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Registration{*id, *number, *key};
}

Result<qint64> Journal::refuseAtIntake(const Intake& intake, const DeskContext& desk,
                                       qint64 draftId)
{
    if (Status s = checkDeskCodes(desk); !s)
        return s.error();

    Transaction tx(m_database.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = mayTake(m_database.sql(), intake, desk.operatorId, false); !s)
        return s.error();
    Result<qint64> id = place(draftId, intake, desk, ApplicationStatus::RefusedAtIntake, {});
    if (!id)
        return id.error();
    QJsonArray codes;
    for (const Finding& f : intake.findings)
        codes.append(f.code);
    if (Status s = AuditTrail::append(m_database.sql(),
                                      {desk.operatorId, AuditTrail::Refused, subjectOf(*id),
                                       QJsonObject{{QStringLiteral("rules"), intake.rulesEdition},
                                                   {QStringLiteral("findings"), codes}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status Journal::changeStatusIn(QSqlDatabase db, qint64 id, ApplicationStatus to,
                               const QString& operatorId, const QString& note,
                               const QJsonObject& details)
{
    QSqlQuery fallback;
    QSqlQuery& q = StatementCache::prepare(
        db, QStringLiteral("SELECT status FROM applications WHERE id = ?"), fallback);
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the application"));
    if (!q.next())
        return Error{QStringLiteral("journal.not_found"),
                     tr("There is no application %1 in the journal.").arg(id)};
    const QString fromText = q.value(0).toString();
    q.finish();
    const std::optional<ApplicationStatus> from = ApplicationStatuses::fromString(fromText);
    if (!from)
        return Error{QStringLiteral("journal.bad_status"),
                     tr("Application %1 has an unknown status \"%2\".").arg(id).arg(fromText)};
    if (Status s = ApplicationStatuses::checkTransition(*from, to); !s)
        return s;
    // Paragraph 11-1: handed over only together with the record of who received the
    // certificate and on what document (recordHandover writes that row first).
    if (to == ApplicationStatus::HandedOver) {
        QSqlQuery h(db);
        h.prepare(QStringLiteral("SELECT 1 FROM handovers WHERE application_id = ?"));
        h.addBindValue(id);
        if (!h.exec())
            return StoreError::from(h.lastError(), tr("Reading the application"));
        if (!h.next())
            return Error{QStringLiteral("handover.missing"),
                         tr("Application %1 moves to \"handed_over\" only when the handover is "
                            "recorded: who received the certificate and on what document. "
                            "Record the handover instead.")
                             .arg(id)};
    }

    const QString now = nowUtc();
    QSqlQuery updateFallback;
    QSqlQuery& update = StatementCache::prepare(
        db, QStringLiteral("UPDATE applications SET status = ?, updated_at = ? WHERE id = ?"),
        updateFallback);
    update.addBindValue(ApplicationStatuses::toString(to));
    update.addBindValue(now);
    update.addBindValue(id);
    if (!update.exec())
        return StoreError::from(update.lastError(), tr("Saving the status"));
    if (Status s = insertHistory(db, id, fromText, to, now, notNull(operatorId), note); !s)
        return s;
    if (to == ApplicationStatus::Cancelled) {
        QSqlQuery cancel(db);
        cancel.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = ?"
                                      " WHERE application_id = ? AND state = 'pending'"));
        cancel.addBindValue(now);
        cancel.addBindValue(id);
        if (!cancel.exec())
            return StoreError::from(cancel.lastError(), tr("Saving the status"));
    }
    QJsonObject audit = details;
    audit.insert(QStringLiteral("from"), fromText);
    audit.insert(QStringLiteral("to"), ApplicationStatuses::toString(to));
    if (!note.isEmpty())
        audit.insert(QStringLiteral("note"), note);
    return AuditTrail::append(db, {operatorId, AuditTrail::StatusChanged, subjectOf(id), audit});
}

Status Journal::changeStatus(qint64 id, ApplicationStatus to, const QString& operatorId,
                             const QString& note)
{
    Transaction tx(m_database.sql());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = Authorization::require(m_database.sql(), operatorId, permissionToMoveTo(to)); !s)
        return s;
    if (Status s = changeStatusIn(m_database.sql(), id, to, operatorId, note); !s)
        return s;
    return tx.commit();
}

Result<Handover> Journal::recordHandover(qint64 id, const Handover& handover,
                                         const QString& operatorId)
{
    // Judged before anything is written, on the desk's own day.
    if (Status s = handover.validate(QDate::currentDate()); !s)
        return s.error();
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::RecordHandover); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM applications WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the application"));
    if (!q.next())
        return Error{QStringLiteral("journal.not_found"),
                     tr("There is no application %1 in the journal.").arg(id)};
    const QString status = q.value(0).toString();
    q.finish();
    const QString printed = ApplicationStatuses::toString(ApplicationStatus::CertificatePrinted);
    if (status != printed)
        return Error{QStringLiteral("handover.wrong_status"),
                     tr("Application %1 is in status \"%2\": a certificate is handed over only "
                        "in status \"%3\". Print the certificate first; a certificate already "
                        "handed over is not handed over again.")
                         .arg(id)
                         .arg(status, printed)};

    Handover stored = handover.normalized();
    stored.applicationId = id;
    stored.handedAt = nowUtc();
    stored.operatorId = notNull(operatorId);
    const Result<qint64> row = stored.insertIn(db);
    if (!row)
        return row.error();
    if (Status s = changeStatusIn(db, id, ApplicationStatus::HandedOver, operatorId, {}); !s)
        return s.error();
    // Who received it stays in the table; the trail says only which way and which row.
    if (Status s = AuditTrail::append(db, {operatorId, AuditTrail::HandedOver, subjectOf(id),
                                           QJsonObject{{QStringLiteral("recipient"),
                                                        HandoverCodes::recipient(stored.recipient)},
                                                       {QStringLiteral("handover"), *row}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<std::optional<JournalEntry>> Journal::entry(qint64 id)
{
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT ") + entryColumns +
              QStringLiteral(" FROM applications a WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the journal"));
    if (!q.next())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(entryFrom(q));
}

Result<std::optional<IdentityDocument>> Journal::documentOnFile(qint64 id)
{
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT application_json FROM applications WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the journal"));
    if (!q.next())
        return std::optional<IdentityDocument>();
    const QJsonObject document = QJsonDocument::fromJson(q.value(0).toByteArray())
                                     .object()
                                     .value(QStringLiteral("identity_document"))
                                     .toObject();
    const auto type = documentTypeFromString(document.value(QStringLiteral("type")).toString());
    if (document.isEmpty() || !type)
        return std::optional<IdentityDocument>();
    IdentityDocument d;
    d.type = *type;
    d.number = document.value(QStringLiteral("number")).toString();
    d.issuingState = document.value(QStringLiteral("issuing_state")).toString();
    return std::optional<IdentityDocument>(d);
}

Result<std::optional<JournalEntry>> Journal::find(const QString& idOrNumber)
{
    bool isId = false;
    const qint64 id = idOrNumber.trimmed().toLongLong(&isId);
    if (isId)
        return entry(id);
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT ") + entryColumns +
              QStringLiteral(" FROM applications a WHERE a.registration_number = ?"));
    q.addBindValue(RegistrationNumber::normalized(idOrNumber));
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the journal"));
    if (!q.next())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(entryFrom(q));
}

QString Journal::searchSql(const JournalQuery& query, QVariantList* values)
{
    QStringList where;
    const QString text = query.text.trimmed();
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (!text.isEmpty()) {
        if (RegistrationNumber::isValid(text)) {
            where << QStringLiteral("a.registration_number = ?");
            values->append(RegistrationNumber::normalized(text));
        } else if (looksLikeIin(text)) {
            // Twelve digits may also be a document number.
            where << QStringLiteral("a.id IN (SELECT id FROM applications WHERE iin = ?"
                                    " UNION ALL SELECT id FROM applications"
                                    " WHERE document_key = ?)");
            values->append(text);
            values->append(text);
        } else if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
            where << QStringLiteral("a.document_key = ?");
            values->append(ApplicationKeys::documentNumber(text));
        } else if (const QStringList words = NameKey::words(text); words.isEmpty()) {
            where << QStringLiteral("0");
        } else if (!query.status && !query.from.isValid() && !query.to.isValid() &&
                   !query.unanswered && !query.changedSince.isValid() &&
                   !query.changedBefore.isValid()) {
            // Names only: the newest matches are chosen from the keys alone. A common surname
            // matches thousands of applications, and reading each one's row just to sort them
            // costs a page read per match (tens of milliseconds in a million-row journal).
            QString ids = QStringLiteral("SELECT k.application_id FROM name_keys k"
                                         " WHERE k.part = 'word' AND k.key >= ? AND k.key < ?");
            values->append(words.first());
            values->append(QString(words.first() + QChar(0xFFFF)));
            for (qsizetype i = 1; i < words.size(); ++i) {
                ids += QStringLiteral(" AND k.application_id IN (SELECT application_id FROM"
                                      " name_keys WHERE part = 'word' AND key >= ? AND key < ?)");
                values->append(words[i]);
                values->append(QString(words[i] + QChar(0xFFFF)));
            }
            if (query.beforeId > 0) {
                ids += QStringLiteral(" AND k.application_id < ?");
                values->append(query.beforeId);
            }
            if (query.afterId > 0) {
                ids += QStringLiteral(" AND k.application_id > ?");
                values->append(query.afterId);
            }
            // GROUP BY rather than DISTINCT: one temporary b-tree both removes the doubles (a
            // prefix may begin several of one person's names) and gives the order.
            ids += QStringLiteral(" GROUP BY k.application_id ORDER BY k.application_id") +
                   direction + QStringLiteral(" LIMIT ?");
            values->append(qBound(1, query.limit, 1000));
            where << QStringLiteral("a.id IN (") + ids + u')';
        } else {
            // Every word of the query must begin some word of the person's names.
            for (const QString& word : words) {
                where << QStringLiteral("a.id IN (SELECT application_id FROM name_keys"
                                        " WHERE part = 'word' AND key >= ? AND key < ?)");
                values->append(word);
                values->append(QString(word + QChar(0xFFFF)));
            }
        }
    }
    if (query.status) {
        where << QStringLiteral("a.status = ?");
        values->append(ApplicationStatuses::toString(*query.status));
    }
    if (query.awaitingDecision)
        where << QStringLiteral("a.id IN (SELECT application_id FROM outbox WHERE review_id IS NOT"
                                " NULL AND state IN ('pending', 'in_flight'))");
    if (query.unanswered) {
        QString queued = QStringLiteral("a.id IN (SELECT application_id FROM outbox"
                                        " WHERE state IN ('pending', 'in_flight')");
        if (query.queuedSince.isValid()) {
            queued += QStringLiteral(" AND created_at >= ?");
            values->append(query.queuedSince.toUTC().toString(Qt::ISODateWithMs));
        }
        if (query.queuedBefore.isValid()) {
            queued += QStringLiteral(" AND created_at < ?");
            values->append(query.queuedBefore.toUTC().toString(Qt::ISODateWithMs));
        }
        where << queued + u')';
    }
    if (query.changedSince.isValid()) {
        where << QStringLiteral("a.updated_at >= ?");
        values->append(query.changedSince.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.changedBefore.isValid()) {
        where << QStringLiteral("a.updated_at < ?");
        values->append(query.changedBefore.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.from.isValid()) {
        where << QStringLiteral("a.created_at >= ?");
        values->append(dayStartUtc(query.from));
    }
    if (query.to.isValid()) {
        where << QStringLiteral("a.created_at < ?");
        values->append(dayStartUtc(query.to.addDays(1)));
    }
    if (query.beforeId > 0) {
        where << QStringLiteral("a.id < ?");
        values->append(query.beforeId);
    }
    if (query.afterId > 0) {
        where << QStringLiteral("a.id > ?");
        values->append(query.afterId);
    }
    QString sql = QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM applications a");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // With a selective key (IIN, number, name) the few matches are found by index and then
    // sorted; "+a.id" stops SQLite from walking the whole table in id order instead.
    sql += (text.isEmpty() ? QStringLiteral(" ORDER BY a.id") : QStringLiteral(" ORDER BY +a.id")) +
           direction + QStringLiteral(" LIMIT ?");
    values->append(qBound(1, query.limit, 1000));
    return sql;
}

Result<QList<JournalEntry>> Journal::search(const JournalQuery& query)
{
    QVariantList values;
    const QString sql = searchSql(query, &values);
    QSqlQuery q(m_database.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Searching the journal"));
    QList<JournalEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<DuplicateMatch>> Journal::likelyDuplicates(const Application& application)
{
    QList<DuplicateMatch> matches;
    const auto add = [&](const JournalEntry& e, const QString& reason) {
        for (DuplicateMatch& m : matches) {
            if (m.entry.id == e.id) {
                if (!m.reasons.contains(reason))
                    m.reasons.append(reason);
                return;
            }
        }
        matches.append({e, {reason}});
    };
    const QString excluded =
        QStringLiteral(" AND a.status NOT IN ('refused_at_intake','cancelled')");

    const QString document =
        application.identityDocument
            ? ApplicationKeys::documentNumber(application.identityDocument->number)
            : QString();
    if (!document.isEmpty() && !application.citizenship.isEmpty()) {
        QSqlQuery q(m_database.sql());
        q.prepare(QStringLiteral("SELECT ") + entryColumns +
                  QStringLiteral(" FROM applications a WHERE a.document_key = ?"
                                 " AND a.citizenship = ?") +
                  excluded + QStringLiteral(" ORDER BY a.id"));
        q.addBindValue(document);
        q.addBindValue(application.citizenship);
        if (!q.exec())
            return StoreError::from(q.lastError(), tr("Looking for duplicates"));
        while (q.next())
            add(entryFrom(q), QStringLiteral("document"));
    }

    const QStringList names =
        ApplicationKeys::fullNames(application.nameCyrillic, application.nameLatin);
    if (application.birthDate.isValid()) {
        for (const QString& key : names) {
            QSqlQuery q(m_database.sql());
            q.prepare(QStringLiteral("SELECT ") + entryColumns +
                      QStringLiteral(" FROM name_keys k JOIN applications a"
                                     " ON a.id = k.application_id"
                                     " WHERE k.part = 'full' AND k.key = ?"
                                     " AND a.birth_date = ?") +
                      excluded + QStringLiteral(" ORDER BY a.id"));
            q.addBindValue(key);
            q.addBindValue(application.birthDate.toString(Qt::ISODate));
            if (!q.exec())
                return StoreError::from(q.lastError(), tr("Looking for duplicates"));
            while (q.next())
                add(entryFrom(q), QStringLiteral("name_birth_date"));
        }
    }
    return matches;
}

Result<QList<JournalEntry>> Journal::view(const JournalQuery& query, const QString& operatorId,
                                          bool record)
{
    QSqlDatabase db = m_database.sql();
    if (!record) {
        // A further page of a search already recorded: a read, no write lock taken.
        if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
            return s.error();
        return search(query);
    }
    // The search and its record in one transaction: no list is shown unrecorded.
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
        return s.error();
    Result<QList<JournalEntry>> found = search(query);
    if (!found)
        return found.error();
    {
        // What kind of search, never its text: it may be a name or a document number.
        QJsonObject details{{QStringLiteral("listed"), int(found->size())},
                            {QStringLiteral("search"), !query.text.trimmed().isEmpty()}};
        if (query.status)
            details.insert(QStringLiteral("status"), ApplicationStatuses::toString(*query.status));
        if (query.from.isValid())
            details.insert(QStringLiteral("from"), query.from.toString(Qt::ISODate));
        if (query.to.isValid())
            details.insert(QStringLiteral("to"), query.to.toString(Qt::ISODate));
        // A list opened from the dashboard: which kind of age it was narrowed by.
        if (query.unanswered)
            details.insert(QStringLiteral("unanswered"), true);
        if (query.changedSince.isValid() || query.changedBefore.isValid())
            details.insert(QStringLiteral("by_status_age"), true);
        if (Status s = AuditTrail::append(
                db, {operatorId, AuditTrail::Viewed, QStringLiteral("journal"), details});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return found;
}

Result<QList<DuplicateMatch>> Journal::warnOfDuplicates(const Application& application,
                                                        const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
        return s.error();
    Result<QList<DuplicateMatch>> matches = likelyDuplicates(application);
    if (!matches)
        return matches.error();
    if (!matches->isEmpty()) {
        QList<qint64> ids;
        QJsonArray reasons;
        for (const DuplicateMatch& m : *matches) {
            ids.append(m.entry.id);
            reasons.append(QJsonArray::fromStringList(m.reasons));
        }
        if (Status s = AuditTrail::append(
                db, {operatorId, AuditTrail::DuplicatesShown, QStringLiteral("journal"),
                     QJsonObject{{QStringLiteral("applications"), idsOf(ids)},
                                 {QStringLiteral("reasons"), reasons}}});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return matches;
}

Status Journal::recordDuplicatesAnswer(const QList<qint64>& shown, bool registerAnyway,
                                       const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
        return s;
    if (Status s = AuditTrail::append(
            db, {operatorId, AuditTrail::DuplicatesAnswered, QStringLiteral("journal"),
                 QJsonObject{{QStringLiteral("applications"), idsOf(shown)},
                             {QStringLiteral("answer"), registerAnyway
                                                            ? QStringLiteral("register_anyway")
                                                            : QStringLiteral("not_registered")}}});
        !s)
        return s;
    return tx.commit();
}

Result<QByteArray> Journal::openScan(qint64 applicationId, const QString& sha256,
                                     const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
        return s.error();
    // Only a scan of that application: the record then says truthfully whose scan was seen.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind FROM attachments WHERE application_id = ? AND "
                             "lower(sha256) = ? LIMIT 1"));
    q.addBindValue(applicationId);
    q.addBindValue(sha256.toLower());
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the scan"));
    if (!q.next())
        return Error{QStringLiteral("journal.not_found"),
                     tr("Application %1 has no such scan.").arg(applicationId)};
    const QString kind = q.value(0).toString();
    q.finish();
    // No key yet: the journal has only plain scans of an older release, still readable.
    Result<ScanKeys::Access> keys = ScanKeys::open(m_database.path(), false);
    if (!keys && keys.error().code != u"scans.no_key")
        return keys.error();
    Result<QByteArray> content =
        AttachmentStore(m_database.attachmentsPath(), keys ? keys->cipher : nullptr)
            .get(sha256.toLower());
    if (!content)
        return content.error();
    if (Status s =
            AuditTrail::append(db, {operatorId, AuditTrail::ScanOpened, subjectOf(applicationId),
                                    QJsonObject{{QStringLiteral("kind"), kind},
                                                {QStringLiteral("sha256"), sha256.toLower()}}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return content;
}

Result<QJsonObject> Journal::openRecord(qint64 id, const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    // Reading and recording the view in one transaction: no view goes unrecorded.
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ViewApplications); !s)
        return s.error();
    const QString what = tr("Reading the application");

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + entryColumns +
              QStringLiteral(", a.application_json, a.findings_json, a.registry_result_json"
                             " FROM applications a WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), what);
    if (!q.next())
        return Error{QStringLiteral("journal.not_found"),
                     tr("There is no application %1 in the journal.").arg(id)};
    const JournalEntry e = entryFrom(q);
    const QJsonValue null(QJsonValue::Null);
    const auto orNull = [&](const QString& s) { return s.isEmpty() ? null : QJsonValue(s); };
    const auto jsonOf = [&](const QVariant& v) {
        return v.isNull() ? null
               : QJsonDocument::fromJson(v.toByteArray()).isObject()
                   ? QJsonValue(QJsonDocument::fromJson(v.toByteArray()).object())
                   : QJsonValue(QJsonDocument::fromJson(v.toByteArray()).array());
    };
    QJsonObject record{
        {QStringLiteral("application_id"), e.id},
        {QStringLiteral("registration_number"), orNull(e.registrationNumber)},
        {QStringLiteral("status"), ApplicationStatuses::toString(e.status)},
        {QStringLiteral("iin"), orNull(e.iin)},
        {QStringLiteral("office"), e.office},
        {QStringLiteral("desk"), e.desk},
        {QStringLiteral("created_at"), e.createdAt},
        {QStringLiteral("created_by"), e.createdBy},
        {QStringLiteral("updated_at"), e.updatedAt},
        {QStringLiteral("rules"), orNull(e.rulesEdition)},
        {QStringLiteral("application"), jsonOf(q.value(20))},
        {QStringLiteral("findings"),
         q.value(21).isNull() ? QJsonValue(QJsonArray()) : jsonOf(q.value(21))},
        {QStringLiteral("registry_result"), jsonOf(q.value(22))},
    };
    q.finish();

    QSqlQuery h(db);
    h.prepare(QStringLiteral("SELECT from_status, to_status, at, operator, note"
                             " FROM status_history WHERE application_id = ? ORDER BY id"));
    h.addBindValue(id);
    if (!h.exec())
        return StoreError::from(h.lastError(), what);
    QJsonArray history;
    while (h.next())
        history.append(QJsonObject{{QStringLiteral("from"), orNull(h.value(0).toString())},
                                   {QStringLiteral("to"), h.value(1).toString()},
                                   {QStringLiteral("at"), h.value(2).toString()},
                                   {QStringLiteral("operator"), h.value(3).toString()},
                                   {QStringLiteral("note"), orNull(h.value(4).toString())}});
    record.insert(QStringLiteral("history"), history);

    QSqlQuery at(db);
    at.prepare(QStringLiteral("SELECT kind, file_name, media_type, sha256, size, certified,"
                              " electronic FROM attachments WHERE application_id = ? ORDER BY id"));
    at.addBindValue(id);
    if (!at.exec())
        return StoreError::from(at.lastError(), what);
    QJsonArray attachments;
    while (at.next())
        attachments.append(
            QJsonObject{{QStringLiteral("kind"), at.value(0).toString()},
                        {QStringLiteral("file_name"), at.value(1).toString()},
                        {QStringLiteral("media_type"), orNull(at.value(2).toString())},
                        {QStringLiteral("sha256"), orNull(at.value(3).toString())},
                        {QStringLiteral("size"),
                         at.value(4).isNull() ? null : QJsonValue(at.value(4).toLongLong())},
                        {QStringLiteral("certified"), at.value(5).toBool()},
                        {QStringLiteral("electronic"), at.value(6).toBool()}});
    record.insert(QStringLiteral("attachments"), attachments);

    QSqlQuery o(db);
    o.prepare(QStringLiteral("SELECT idempotency_key, state, attempts, last_error,"
                             " next_attempt_at, uncertain, review_id FROM outbox"
                             " WHERE application_id = ?"));
    o.addBindValue(id);
    if (!o.exec())
        return StoreError::from(o.lastError(), what);
    if (o.next())
        record.insert(QStringLiteral("outbox"),
                      QJsonObject{{QStringLiteral("idempotency_key"), o.value(0).toString()},
                                  {QStringLiteral("state"), o.value(1).toString()},
                                  {QStringLiteral("attempts"), o.value(2).toInt()},
                                  {QStringLiteral("last_error"), orNull(o.value(3).toString())},
                                  {QStringLiteral("next_attempt_at"), o.value(4).toString()},
                                  {QStringLiteral("uncertain"), o.value(5).toBool()},
                                  {QStringLiteral("review_id"), orNull(o.value(6).toString())}});
    else
        record.insert(QStringLiteral("outbox"), null);
    o.finish();

    const Result<std::optional<Handover>> handover = Handover::readIn(db, id);
    if (!handover)
        return handover.error();
    record.insert(QStringLiteral("handover"), *handover ? QJsonValue((*handover)->toJson()) : null);

    if (Status s = AuditTrail::append(db, {operatorId, AuditTrail::Viewed, subjectOf(id), {}}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

} // namespace iin

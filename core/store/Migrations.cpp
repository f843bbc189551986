#include "core/store/Migrations.h"

#include "core/application/Application.h"
#include "core/application/ApplicationKeys.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <vector>

namespace iin {

namespace {

using Step = std::function<Status(QSqlDatabase&)>;

Status execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return StoreError::from(q.lastError(), Migrations::tr("Upgrading the database"));
    }
    return {};
}

// Version 1: the journal, its history, attachments, the outbox and the audit trail.
Status createJournal(QSqlDatabase& db)
{
    return execAll(
        db,
        {
            QStringLiteral(
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE desk_sequence ("
                           " office TEXT NOT NULL, desk TEXT NOT NULL,"
                           " last_value INTEGER NOT NULL,"
                           " PRIMARY KEY (office, desk)) WITHOUT ROWID"),
            // AUTOINCREMENT: an id, once used, is never handed out again.
            QStringLiteral(
                "CREATE TABLE applications ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " registration_number TEXT UNIQUE,"
                " status TEXT NOT NULL CHECK (status IN "
                "('draft','registered','sent','iin_assigned',"
                "  "
                "'rejected','certificate_printed','handed_over','refused_at_intake','cancelled')),"
                " office TEXT NOT NULL, desk TEXT NOT NULL,"
                " created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
                " rules_edition TEXT,"
                " surname_cyr TEXT NOT NULL DEFAULT '', given_name_cyr TEXT NOT NULL DEFAULT '',"
                " patronymic_cyr TEXT NOT NULL DEFAULT '',"
                " surname_lat TEXT NOT NULL DEFAULT '', given_name_lat TEXT NOT NULL DEFAULT '',"
                " patronymic_lat TEXT NOT NULL DEFAULT '',"
                " birth_date TEXT, citizenship TEXT,"
                " document_number TEXT, document_key TEXT,"
                " iin TEXT,"
                " application_json BLOB NOT NULL,"
                " findings_json TEXT,"
                " registry_result_json TEXT)"),
            QStringLiteral("CREATE INDEX applications_status ON applications (status, id)"),
            QStringLiteral("CREATE INDEX applications_created ON applications (created_at)"),
            QStringLiteral("CREATE INDEX applications_iin ON applications (iin)"),
            QStringLiteral(
                "CREATE INDEX applications_document ON applications (document_key, citizenship)"),
            QStringLiteral("CREATE TABLE status_history ("
                           " id INTEGER PRIMARY KEY,"
                           " application_id INTEGER NOT NULL REFERENCES applications (id),"
                           " from_status TEXT, to_status TEXT NOT NULL,"
                           " at TEXT NOT NULL, operator TEXT NOT NULL, note TEXT)"),
            QStringLiteral(
                "CREATE INDEX status_history_application ON status_history (application_id, id)"),
            QStringLiteral("CREATE TABLE attachments ("
                           " id INTEGER PRIMARY KEY,"
                           " application_id INTEGER NOT NULL REFERENCES applications (id),"
                           " kind TEXT NOT NULL, file_name TEXT NOT NULL, media_type TEXT,"
                           " sha256 TEXT, size INTEGER,"
                           " certified INTEGER NOT NULL DEFAULT 0,"
                           " electronic INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX attachments_application ON attachments (application_id)"),
            QStringLiteral(
                "CREATE TABLE outbox ("
                " id INTEGER PRIMARY KEY,"
                " application_id INTEGER NOT NULL UNIQUE REFERENCES applications (id),"
                " idempotency_key TEXT NOT NULL UNIQUE,"
                " state TEXT NOT NULL CHECK (state IN ('pending','in_flight','done','rejected',"
                "  'cancelled')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT,"
                " next_attempt_at TEXT NOT NULL,"
                " in_flight_since TEXT,"
                " uncertain INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " seq INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL, operator TEXT NOT NULL, action TEXT NOT NULL,"
                           " subject TEXT NOT NULL, details TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_subject ON audit_log (subject, seq)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        });
}

// Version 2: name keys for script- and case-independent search and duplicate matching,
// filled for the applications already in the journal.
Status addNameKeys(QSqlDatabase& db)
{
    if (Status s = execAll(
            db,
            {
                QStringLiteral("CREATE TABLE name_keys ("
                               " part TEXT NOT NULL CHECK (part IN ('word','full')),"
                               " key TEXT NOT NULL,"
                               " application_id INTEGER NOT NULL REFERENCES applications (id),"
                               " PRIMARY KEY (part, key, application_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX name_keys_application ON name_keys (application_id)"),
            });
        !s)
        return s;

    QSqlQuery select(db);
    if (!select.exec(
            QStringLiteral("SELECT id, surname_cyr, given_name_cyr, patronymic_cyr, surname_lat,"
                           " given_name_lat, patronymic_lat FROM applications")))
        return StoreError::from(select.lastError(), Migrations::tr("Upgrading the database"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO name_keys (part, key, application_id) VALUES (?, ?, ?)"));
    while (select.next()) {
        const PersonName cyr{select.value(1).toString(), select.value(2).toString(),
                             select.value(3).toString()};
        const PersonName lat{select.value(4).toString(), select.value(5).toString(),
                             select.value(6).toString()};
        const qint64 id = select.value(0).toLongLong();
        const auto add = [&](const QString& part, const QStringList& keys) -> Status {
            for (const QString& key : keys) {
                insert.bindValue(0, part);
                insert.bindValue(1, key);
                insert.bindValue(2, id);
                if (!insert.exec())
                    return StoreError::from(insert.lastError(),
                                            Migrations::tr("Upgrading the database"));
            }
            return {};
        };
        if (Status s = add(QStringLiteral("word"), ApplicationKeys::searchWords(cyr, lat)); !s)
            return s;
        if (Status s = add(QStringLiteral("full"), ApplicationKeys::fullNames(cyr, lat)); !s)
            return s;
    }
    return {};
}

// Version 3: the complaints register (rules, chapter 3) and the history of each complaint's
// outcomes. Due dates are stored as computed when last written; docs/complaints.md.
Status addComplaints(QSqlDatabase& db)
{
    return execAll(
        db,
        {
            QStringLiteral(
                "CREATE TABLE complaints ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " application_id INTEGER REFERENCES applications (id),"
                " subject TEXT NOT NULL CHECK (subject IN ('application','officer','employee')),"
                " subject_person TEXT NOT NULL DEFAULT '',"
                " addressee TEXT NOT NULL CHECK (addressee IN ('service_provider',"
                "  'quality_control','state_corporation_head','informatization_body')),"
                " received_on TEXT NOT NULL,"
                " channel TEXT NOT NULL CHECK (channel IN ('in_person','post','portal','email')),"
                " complainant TEXT NOT NULL, contact TEXT NOT NULL DEFAULT '',"
                " substance TEXT NOT NULL,"
                " act_learned_on TEXT,"
                " appeal_instructions_given INTEGER NOT NULL DEFAULT 1,"
                " forward_required INTEGER NOT NULL DEFAULT 1,"
                " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open',"
                "  'satisfied_favourably','forwarded','decided')),"
                " favourable_act_on TEXT, favourable_act_reference TEXT,"
                " forwarded_on TEXT, forwarded_to TEXT,"
                " decision TEXT CHECK (decision IN ('satisfied','refused')),"
                " decided_on TEXT, decision_reference TEXT,"
                " extension_days INTEGER NOT NULL DEFAULT 0,"
                " forward_due TEXT, review_due TEXT NOT NULL,"
                " created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX complaints_application ON complaints (application_id, id)"),
            QStringLiteral("CREATE INDEX complaints_state ON complaints (state, id)"),
            QStringLiteral("CREATE TABLE complaint_events ("
                           " id INTEGER PRIMARY KEY,"
                           " complaint_id INTEGER NOT NULL REFERENCES complaints (id),"
                           " kind TEXT NOT NULL, on_date TEXT NOT NULL,"
                           " at TEXT NOT NULL, operator TEXT NOT NULL,"
                           " reference TEXT, reason TEXT, days INTEGER,"
                           " forward_due TEXT, review_due TEXT)"),
            QStringLiteral("CREATE INDEX complaint_events_complaint"
                           " ON complaint_events (complaint_id, id)"),
        });
}

// Version 4: the registration certificate's number, issued once per application at its first
// print from a sequence per office, desk and year (docs/store.md).
Status addCertificateNumbers(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral("ALTER TABLE applications ADD COLUMN certificate_number TEXT"),
                QStringLiteral("CREATE UNIQUE INDEX applications_certificate"
                               " ON applications (certificate_number)"),
                QStringLiteral("CREATE TABLE certificate_sequence ("
                               " office TEXT NOT NULL, desk TEXT NOT NULL, year INTEGER NOT NULL,"
                               " last_value INTEGER NOT NULL,"
                               " PRIMARY KEY (office, desk, year)) WITHOUT ROWID"),
            });
}

// Version 5: the handover of the registration certificate (rules, paragraph 11-1): who received
// it and on what document, one row per application, written together with the move to
// handed_over (docs/store.md).
Status addHandovers(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral(
                    "CREATE TABLE handovers ("
                    " id INTEGER PRIMARY KEY,"
                    " application_id INTEGER NOT NULL UNIQUE REFERENCES applications (id),"
                    " recipient TEXT NOT NULL"
                    "  CHECK (recipient IN ('applicant','digital','representative')),"
                    " document_type TEXT NOT NULL, document_number TEXT NOT NULL"
                    "  CHECK (document_number <> ''),"
                    " digital_reference TEXT,"
                    " representative_name TEXT,"
                    " power_of_attorney_number TEXT, power_of_attorney_date TEXT,"
                    " power_of_attorney_issued_by TEXT, power_of_attorney_valid_until TEXT,"
                    " handed_at TEXT NOT NULL, operator TEXT NOT NULL,"
                    // A representative receives only on a stated power (paragraph 11-1).
                    " CHECK (recipient <> 'representative' OR (representative_name <> ''"
                    "  AND power_of_attorney_number <> '' AND power_of_attorney_date IS NOT NULL"
                    "  AND power_of_attorney_issued_by <> '')))"),
            });
}

// Version 7: the desk's operator accounts, moved here from a file of their own so that every
// login, lockout and account change is one transaction with its record in the hash-chained audit
// trail (there is no separate event table). Roles and languages are checked by the program;
// the CHECKs are a last guard. docs/store.md, docs/desk.md.
Status addOperators(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral("CREATE TABLE operators ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " login TEXT NOT NULL UNIQUE,"
                               " full_name TEXT NOT NULL,"
                               " role TEXT NOT NULL CHECK (role IN ('clerk','officer','supervisor',"
                               "  'administrator')),"
                               " password_hash TEXT NOT NULL,"
                               " language TEXT NOT NULL,"
                               " failures INTEGER NOT NULL DEFAULT 0,"
                               " locked_until TEXT,"
                               " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                               " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            });
}

// Version 8: document keys in the one spelling the desk and the registry share
// (DocumentNumber::key: NFKC, Cyrillic and Greek look-alikes folded to Latin), recomputed from
// the numbers as typed, so that "FА1234567" with a Cyrillic А now meets "FA1234567" in the
// duplicate check and in search. And the registry's review number on an outbox entry whose
// request waits for a registry officer's decision (docs/sync.md): the entry stays pending and
// the desk asks by key.
Status rekeyDocuments(QSqlDatabase& db)
{
    if (Status s = execAll(db, {QStringLiteral("ALTER TABLE outbox ADD COLUMN review_id TEXT")});
        !s)
        return s;
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral(
            "SELECT id, document_number FROM applications WHERE document_number IS NOT NULL")))
        return StoreError::from(select.lastError(), Migrations::tr("Upgrading the database"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE applications SET document_key = ? WHERE id = ?"));
    while (select.next()) {
        const QString key = ApplicationKeys::documentNumber(select.value(1).toString());
        update.bindValue(0, key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : key);
        update.bindValue(1, select.value(0).toLongLong());
        if (!update.exec())
            return StoreError::from(update.lastError(), Migrations::tr("Upgrading the database"));
    }
    return {};
}

// Version 6 changes nothing: the edited working-day calendar, planned as a table, lives in `meta`
// (docs/calendar.md). The number stays taken so that journals at version 7 stay valid.
Status unusedStep(QSqlDatabase&)
{
    return {};
}

// Version 9: certificates no desk can forge (docs/certificate.md). The registry's signed
// attestation of the IIN and the person, kept with the IIN as the answer brought it, and the
// desk's own keys as the registry certified them at the desk's first sync.
Status addAttestations(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral("ALTER TABLE applications ADD COLUMN registry_attestation TEXT"),
                QStringLiteral("CREATE TABLE desk_keys ("
                               " key_id TEXT PRIMARY KEY,"
                               " desk_id TEXT NOT NULL,"
                               " public_key TEXT NOT NULL,"
                               " certificate_json TEXT NOT NULL,"
                               " registry_key_id TEXT NOT NULL,"
                               " registry_public_key TEXT NOT NULL,"
                               " received_at TEXT NOT NULL) WITHOUT ROWID"),
            });
}

// Version 10: the security-paper blanks (docs/office.md). The ranges the office received, and one
// row per serial used, printed on or spoiled: the UNIQUE serial is what keeps a blank from
// serving twice, whatever the program asks.
Status addBlanks(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral("CREATE TABLE blank_ranges ("
                               " id INTEGER PRIMARY KEY,"
                               " series TEXT NOT NULL,"
                               " first_serial INTEGER NOT NULL,"
                               " last_serial INTEGER NOT NULL CHECK (last_serial >= first_serial),"
                               " received_by TEXT NOT NULL,"
                               " received_at TEXT NOT NULL,"
                               " training INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE blank_uses ("
                               " serial INTEGER NOT NULL UNIQUE,"
                               " kind TEXT NOT NULL CHECK (kind IN ('issued', 'spoiled')),"
                               " application_id INTEGER REFERENCES applications(id),"
                               " certificate_number TEXT,"
                               " copy TEXT,"
                               " reason TEXT,"
                               " operator_id TEXT NOT NULL,"
                               " countersigned_by TEXT,"
                               " at TEXT NOT NULL)"),
            });
}

// Version 11: blanks handed to a clerk's shift (docs/office.md). A hand-out is a range of serials
// a supervisor gives one operator; the return of its unused rest closes it (returned_at) and
// keeps how many went back, so that a past period's balance can still be told. `holder` on a
// used blank says whose holding it came from (NULL: the office's unassigned stock).
Status addBlankHandouts(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral("CREATE TABLE blank_handouts ("
                               " id INTEGER PRIMARY KEY,"
                               " first_serial INTEGER NOT NULL,"
                               " last_serial INTEGER NOT NULL CHECK (last_serial >= first_serial),"
                               " operator_id TEXT NOT NULL,"
                               " handed_by TEXT NOT NULL,"
                               " handed_at TEXT NOT NULL,"
                               " returned_by TEXT,"
                               " returned_at TEXT,"
                               " returned_count INTEGER)"),
                QStringLiteral("CREATE INDEX blank_handouts_operator"
                               " ON blank_handouts (operator_id, returned_at)"),
                QStringLiteral("ALTER TABLE blank_uses ADD COLUMN holder TEXT"),
            });
}

// Version 12: the office's accounts (docs/office.md) count what happened in a period: the audit
// trail's records of one action and the moves into one status, by time, without a scan.
Status addOfficeIndexes(QSqlDatabase& db)
{
    return execAll(
        db, {
                QStringLiteral("CREATE INDEX audit_log_action ON audit_log (action, at)"),
                QStringLiteral("CREATE INDEX status_history_to ON status_history (to_status, at)"),
            });
}

// Version 13: scans encrypted at rest (docs/at-rest.md). No table changes; the files of the
// attachment store may now be IINSCAN1 streams, which an older program would read as damaged
// scans. Raising the version makes that program refuse the journal with its "newer version"
// message instead, and makes a newer one take its backup before the first scan is encrypted.
Status markScansAtRest(QSqlDatabase&)
{
    return {};
}

const std::vector<Step>& steps()
{
    static const std::vector<Step> list{
        createJournal,         // 1
        addNameKeys,           // 2
        addComplaints,         // 3
        addCertificateNumbers, // 4
        addHandovers,          // 5
        unusedStep,            // 6
        addOperators,          // 7
        rekeyDocuments,        // 8
        addAttestations,       // 9
        addBlanks,             // 10
        addBlankHandouts,      // 11
        addOfficeIndexes,      // 12
        markScansAtRest,       // 13
    };
    return list;
}

} // namespace

int Migrations::latest()
{
    return int(steps().size());
}

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return StoreError::from(q.lastError(), tr("Reading the schema version"));
    return q.value(0).toInt();
}

Status Migrations::apply(QSqlDatabase db, int upTo)
{
    const int target = upTo < 0 ? latest() : qMin(upTo, latest());
    // The usual case, an up-to-date file, needs no write lock.
    Result<int> before = currentVersion(db);
    if (!before)
        return before.error();
    if (*before == target)
        return {};
    // Each step reads the version inside its own write transaction, so that two programs
    // opening a new file at once do not both run the same step.
    for (;;) {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        Result<int> current = currentVersion(db);
        if (!current)
            return current.error();
        if (*current > latest())
            return Error{QStringLiteral("store.newer_schema"),
                         tr("The database was written by a newer version of IIN Desk (schema "
                            "%1; this version knows up to %2). Update the program.")
                             .arg(*current)
                             .arg(latest())};
        if (*current >= target)
            return {};
        const int version = *current + 1;
        if (Status s = steps()[version - 1](db); !s)
            return s; // the transaction rolls back
        QSqlQuery q(db);
        // PRAGMA takes no bound parameters; the version is our own integer.
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
            return StoreError::from(q.lastError(), tr("Upgrading the database"));
        if (Status s = tx.commit(); !s)
            return s;
    }
}

} // namespace iin

#include "core/documents/DocumentPrinter.h"

#include "core/application/ApplicationJson.h"
#include "core/base/Catalogue.h"
#include "core/base/EnumCodes.h"
#include "core/blanks/BlankLedger.h"
#include "core/documents/CertificateLayout.h"
#include "core/documents/DocumentLabels.h"
#include "core/documents/ReceiptLayout.h"
#include "core/journal/Journal.h"
#include "core/operators/Authorization.h"
#include "core/registry/DeskKeyStore.h"
#include "core/rules/CompletenessCheck.h"
#include "core/rules/RuleSet.h"
#include "core/rules/RuleSetData.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace iin {

namespace {

QString subjectOf(qint64 id)
{
    return QStringLiteral("application:%1").arg(id);
}

QDateTime localTimeOf(const QString& utc)
{
    return QDateTime::fromString(utc, Qt::ISODateWithMs).toLocalTime();
}

// The stored row a print needs.
struct StoredApplication
{
    ApplicationStatus status = ApplicationStatus::Draft;
    QString registrationNumber;
    QString office;
    QString desk;
    QString createdAt;
    QString rulesEdition;
    QString iin;
    QString certificateNumber;
    QByteArray json;
    QString findingsJson;
    QString attestation; // the registry's RegistryAttestation of the IIN, as the answer brought it
};

Result<StoredApplication> readStored(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT status, registration_number, office, desk, created_at, rules_edition, iin,"
        " certificate_number, application_json, findings_json, registry_attestation"
        " FROM applications WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), DocumentPrinter::tr("Reading the application"));
    if (!q.next())
        return Error{QStringLiteral("journal.not_found"),
                     DocumentPrinter::tr("There is no application %1 in the journal.").arg(id)};
    StoredApplication s;
    s.status =
        ApplicationStatuses::fromString(q.value(0).toString()).value_or(ApplicationStatus::Draft);
    s.registrationNumber = q.value(1).toString();
    s.office = q.value(2).toString();
    s.desk = q.value(3).toString();
    s.createdAt = q.value(4).toString();
    s.rulesEdition = q.value(5).toString();
    s.iin = q.value(6).toString();
    s.certificateNumber = q.value(7).toString();
    s.json = q.value(8).toByteArray();
    s.findingsJson = q.value(9).toString();
    s.attestation = q.value(10).toString();
    return s;
}

Result<Application> applicationOf(const StoredApplication& stored, qint64 id)
{
    ApplicationParse parsed = ApplicationJson::parse(stored.json);
    if (!parsed.application)
        return Error{QStringLiteral("print.bad_record"),
                     DocumentPrinter::tr("The stored application %1 cannot be read.").arg(id)};
    return *parsed.application;
}

// Issues the next certificate number of the desk that registered the application, inside the
// caller's transaction.
Result<QString> issueCertificateNumber(QSqlDatabase db, qint64 id, const StoredApplication& s,
                                       const QDate& issueDate)
{
    const QString what = DocumentPrinter::tr("Issuing a certificate number");
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO certificate_sequence (office, desk, year, last_value) VALUES (?, ?, ?, 1)"
        " ON CONFLICT (office, desk, year) DO UPDATE SET last_value = last_value + 1"
        " RETURNING last_value"));
    q.addBindValue(s.office);
    q.addBindValue(s.desk);
    q.addBindValue(issueDate.year());
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), what);
    const QString number = DocumentPrinter::certificateNumber(s.office, s.desk, issueDate.year(),
                                                              q.value(0).toLongLong());
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE applications SET certificate_number = ? WHERE id = ?"));
    update.addBindValue(number);
    update.addBindValue(id);
    if (!update.exec())
        return StoreError::from(update.lastError(), what);
    return number;
}

// The day the certificate was first printed: the move to certificate_printed.
Result<QDate> firstIssueDate(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT at FROM status_history WHERE application_id = ?"
                             " AND to_status = 'certificate_printed' ORDER BY id LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), DocumentPrinter::tr("Reading the application"));
    return q.next() ? localTimeOf(q.value(0).toString()).date() : QDate::currentDate();
}

// Whether `document` was printed for the application before (the trail is the only record).
Result<bool> printedBefore(QSqlDatabase db, qint64 id, PrintedDocument document)
{
    Result<QList<AuditRecord>> records = AuditTrail::recordsFor(db, subjectOf(id));
    if (!records)
        return records.error();
    const QString name = DocumentPrinter::documentName(document);
    for (const AuditRecord& r : *records) {
        if (r.action == AuditTrail::Printed &&
            QJsonDocument::fromJson(r.details.toUtf8()).object().value(u"document").toString() ==
                name)
            return true;
    }
    return false;
}

Result<qint64> appendPrint(QSqlDatabase db, const QString& operatorId, qint64 id,
                           const QJsonObject& details)
{
    if (Status s =
            AuditTrail::append(db, {operatorId, AuditTrail::Printed, subjectOf(id), details});
        !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT max(seq) FROM audit_log WHERE subject = ?"));
    q.addBindValue(subjectOf(id));
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), DocumentPrinter::tr("Reading the audit trail"));
    return q.value(0).toLongLong();
}

// The refusal lines: the stored findings decide which documents are missing (they are what
// the clerk saw and the applicant was refused for); the check run again under the recorded
// rule edition in Kazakh and in Russian gives each line its two texts. A line the re-run does
// not give again keeps its stored message in both slots, so nothing is ever left out. The two
// runs ask their messages of the two catalogues themselves: the interface's language is not
// touched, so this runs on any thread.
Result<QList<ReceiptItem>> refusalLines(const StoredApplication& stored,
                                        const Application& application)
{
    const QJsonArray storedFindings = QJsonDocument::fromJson(stored.findingsJson.toUtf8()).array();
    Result<RuleSet> rules = RuleSet::edition(stored.rulesEdition);
    if (!rules)
        return rules.error();
    const Findings kazakh =
        CompletenessCheck::check(application, *rules, Catalogue::of(QStringLiteral("kk"))).findings;
    const Findings russian =
        CompletenessCheck::check(application, *rules, Catalogue::of(QStringLiteral("ru"))).findings;
    const auto findingOf = [](const Findings& findings, const QString& code,
                              const QString& field) -> Finding {
        for (const Finding& f : findings) {
            if (f.code == code && f.field == field)
                return f;
        }
        return {};
    };
    QList<ReceiptItem> items;
    for (const QJsonValue& v : storedFindings) {
        const QJsonObject f = v.toObject();
        if (severityFromString(f.value(u"severity").toString()) == Severity::Warning)
            continue;
        const QString code = f.value(u"code").toString();
        const QString field = f.value(u"field").toString();
        const QString fallback = f.value(u"message").toString();
        const QString fallbackRule = f.value(u"rule").toString();
        const Finding kk = findingOf(kazakh, code, field);
        const Finding ru = findingOf(russian, code, field);
        const auto either = [](const QString& s, const QString& fallback) {
            return s.isEmpty() ? fallback : s;
        };
        ReceiptItem item;
        item.text = {either(kk.message, fallback), either(ru.message, fallback)};
        item.reference = {either(kk.rule, fallbackRule), either(ru.rule, fallbackRule)};
        items.append(item);
    }
    return items;
}

// The term of the service in the rule edition the application was checked against; the
// standard's one working day when that edition does not say.
BilingualText serviceTermOf(const QString& edition)
{
    const Result<RuleSet> rules = RuleSet::edition(edition);
    if (rules && !rules->data().serviceTerm.kk.isEmpty())
        return {rules->data().serviceTerm.kk, rules->data().serviceTerm.ru};
    return {QStringLiteral("1 жұмыс күні"), QStringLiteral("1 рабочий день")};
}

QString applicantOf(const Application& a)
{
    if (a.representative && !a.representative->name.isEmpty())
        return a.representative->name.fullName();
    return a.nameCyrillic.isEmpty() ? a.nameLatin.fullName() : a.nameCyrillic.fullName();
}

// What a real certificate needs besides the page: the registry's attestation kept with the IIN
// and a desk key the registry certified for the issue date.
Result<RegistryAttestation> realAttestation(QSqlDatabase db, const StoredApplication& stored,
                                            const SigningKey& deskKey, const PrintRecord& record)
{
    const Result<RegistryAttestation> attestation =
        RegistryAttestation::parse(stored.attestation.toUtf8());
    if (stored.attestation.isEmpty() || !attestation || attestation->training)
        return Error{QStringLiteral("print.no_attestation"),
                     DocumentPrinter::tr("Application %1 has no attestation from the registry "
                                         "(its IIN came from a registry that does not sign, or "
                                         "before it did): a real certificate cannot be signed.")
                         .arg(record.applicationId)};
    const Result<std::optional<DeskKeyCertification>> certified =
        DeskKeyStore::find(db, deskKey.keyId());
    if (!certified)
        return certified.error();
    if (!*certified)
        return Error{QStringLiteral("print.desk_key_not_certified"),
                     DocumentPrinter::tr("The desk key \"%1\" is not certified by the registry "
                                         "yet: sync with the registry first.")
                         .arg(deskKey.keyId())};
    if (!(*certified)->certificate.covers(record.issueDate))
        return Error{QStringLiteral("print.desk_key_expired"),
                     DocumentPrinter::tr("The desk key \"%1\" is certified for %2 to %3 only: "
                                         "make a new desk key and sync.")
                         .arg(deskKey.keyId(),
                              (*certified)->certificate.validFrom.toString(Qt::ISODate),
                              (*certified)->certificate.validUntil.toString(Qt::ISODate))};
    return attestation;
}

} // namespace

QString DocumentPrinter::documentName(PrintedDocument document)
{
    static constexpr EnumCode<PrintedDocument> DocumentCodes[] = {
        {PrintedDocument::Certificate, u"certificate"},
        {PrintedDocument::AcceptanceReceipt, u"acceptance_receipt"},
        {PrintedDocument::RefusalReceipt, u"refusal_receipt"},
    };
    return codeOf(DocumentCodes, document);
}

QString DocumentPrinter::certificateNumber(const QString& office, const QString& desk, int year,
                                           qint64 sequence)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(office, desk)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

Result<PrintRecord> DocumentPrinter::printCertificate(qint64 id, QPagedPaintDevice* device,
                                                      const PrintOptions& options)
{
    if (Status s = Authorization::requireAny(
            m_database.sql(), options.operatorId,
            {Permission::PrintCertificate, Permission::ReprintCertificate});
        !s)
        return s.error();
    return certificate(id, device, options, Mode::Print);
}

Result<PrintRecord> DocumentPrinter::previewCertificate(qint64 id, QPagedPaintDevice* device,
                                                        const PrintOptions& options)
{
    if (Status s = Authorization::requireAny(m_database.sql(), options.operatorId,
                                             {Permission::ViewApplications});
        !s)
        return s.error();
    return certificate(id, device, options, Mode::Preview);
}

Result<PrintRecord> DocumentPrinter::printReceipt(qint64 id, QPagedPaintDevice* device,
                                                  const PrintOptions& options)
{
    if (Status s = Authorization::requireAny(m_database.sql(), options.operatorId,
                                             {Permission::PrintReceipts});
        !s)
        return s.error();
    return receipt(id, device, options, Mode::Print);
}

Result<PrintRecord> DocumentPrinter::previewReceipt(qint64 id, QPagedPaintDevice* device,
                                                    const PrintOptions& options)
{
    if (Status s = Authorization::requireAny(m_database.sql(), options.operatorId,
                                             {Permission::ViewApplications});
        !s)
        return s.error();
    return receipt(id, device, options, Mode::Preview);
}

Result<PrintRecord> DocumentPrinter::certificate(qint64 id, QPagedPaintDevice* device,
                                                 const PrintOptions& options, Mode mode)
{
    const bool preview = mode == Mode::Preview;
    // Training prints and previews make both signatures here, with keys whose secret is no
    // secret (the training keys) or that nobody trusts (a preview's throwaway keys); a real
    // certificate carries the registry's attestation from the journal and the desk's own key.
    std::optional<SigningKey> ownRegistryKey;
    std::optional<SigningKey> deskKey = options.deskKey;
    if (options.training) {
        ownRegistryKey = SigningKey::training();
        deskKey = SigningKey::trainingDesk();
    } else if (preview) {
        Result<SigningKey> registry =
            SigningKey::generate(QStringLiteral("PREVIEW"), QStringLiteral("preview"));
        Result<SigningKey> desk = SigningKey::generateForDesk(QStringLiteral("PREVIEW"));
        if (!registry)
            return registry.error();
        if (!desk)
            return desk.error();
        ownRegistryKey = *registry;
        deskKey = *desk;
    }
    if (!deskKey)
        return Error{QStringLiteral("print.no_key"),
                     tr("A real certificate is signed with this desk's own key, which the "
                        "registry certifies at the desk's first sync; none was given.")};

    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (!preview) {
        if (Status s = tx.begin(); !s)
            return s.error();
    }
    Result<StoredApplication> stored = readStored(db, id);
    if (!stored)
        return stored.error();
    const ApplicationStatus status = stored->status;
    const bool hasIin = status == ApplicationStatus::IinAssigned ||
                        status == ApplicationStatus::CertificatePrinted ||
                        status == ApplicationStatus::HandedOver;
    if (!hasIin || stored->iin.isEmpty())
        return Error{QStringLiteral("print.no_iin"),
                     tr("Application %1 is \"%2\": it has no IIN yet, so there is no "
                        "certificate to print.")
                         .arg(id)
                         .arg(ApplicationStatuses::toString(status))};
    Result<Application> application = applicationOf(*stored, id);
    if (!application)
        return application.error();

    PrintRecord record;
    // The blank is checked before anything is painted: a print with no blank on hand fails
    // with nothing on the page. A training journal gets its training blanks on the first print.
    if (!preview && options.training) {
        if (Status s = BlankLedger::seedTrainingIn(db, options.operatorId); !s)
            return s.error();
    }
    // Once the office hands blanks to each shift, the blank is one of the printing operator's
    // own (BlankLedger::checkFor / nextFor).
    if (options.blankSerial && !preview) {
        if (Status s = BlankLedger::checkFor(db, options.operatorId, *options.blankSerial); !s)
            return s.error();
        record.blankSerial = *options.blankSerial;
    } else {
        Result<std::optional<qint64>> next = BlankLedger::nextFor(db, options.operatorId);
        if (!next)
            return next.error();
        if (!next->has_value()) {
            Result<bool> handing = BlankLedger::handsOut(db);
            if (!handing)
                return handing.error();
            const Error none = *handing ? Error{QStringLiteral("blanks.none_held"),
                                                BlankLedger::noneHeldMessage(options.operatorId)}
                                        : Error{QStringLiteral("blanks.none_on_hand"),
                                                BlankLedger::noneOnHandMessage()};
            if (!preview)
                return none;
            record.blankMessage = none.message;
        }
        record.blankSerial = next->value_or(0);
        if (!next->has_value() && preview && options.training) {
            // A training journal's preview before its first print: the print will receive the
            // training range, which starts at 1.
            Result<QList<BlankRange>> ranges = BlankLedger::ranges(db);
            if (!ranges)
                return ranges.error();
            if (ranges->isEmpty())
                record.blankSerial = 1;
        }
    }
    record.applicationId = id;
    record.document = PrintedDocument::Certificate;
    record.duplicate = status != ApplicationStatus::IinAssigned;
    record.training = options.training;
    if (record.duplicate) {
        Result<QDate> first = firstIssueDate(db, id);
        if (!first)
            return first.error();
        record.issueDate = *first;
    } else {
        record.issueDate = QDate::currentDate();
    }
    record.certificateNumber = stored->certificateNumber;
    QString printedNumber = record.certificateNumber;
    if (record.certificateNumber.isEmpty() && preview) {
        // The number is issued by the print itself; the preview shows where it goes.
        printedNumber = QStringLiteral("%1-%2-%3-______")
                            .arg(stored->office, stored->desk)
                            .arg(record.issueDate.year(), 4, 10, QLatin1Char('0'));
    } else if (record.certificateNumber.isEmpty()) {
        Result<QString> number = issueCertificateNumber(db, id, *stored, record.issueDate);
        if (!number)
            return number.error();
        record.certificateNumber = *number;
        printedNumber = *number;
    }

    CertificateData data = CertificateData::fromApplication(*application);
    data.iin = stored->iin;
    data.certificateNumber = printedNumber;
    data.issueDate = record.issueDate;
    data.issuingOffice = options.office;
    data.issuingOfficer = options.officer;
    data.training = options.training;
    data.duplicate = record.duplicate;
    Result<CertificatePayload> payload = Error{};
    if (ownRegistryKey) {
        payload = CertificateLayout::paintWithOwnKeys(data, *ownRegistryKey, *deskKey, device);
    } else {
        Result<RegistryAttestation> attestation = realAttestation(db, *stored, *deskKey, record);
        if (!attestation)
            return attestation.error();
        payload = CertificateLayout::paint(data, *attestation, *deskKey, device);
    }
    if (!payload)
        return payload.error();
    record.keyId = payload->keyId;
    record.deskKeyId = payload->deskKeyId;
    record.status = status;
    if (preview)
        return record;
    record.payload = payload->encode();
    if (options.beforeRecord) {
        if (Status s = options.beforeRecord(); !s)
            return s.error();
    }

    if (!record.duplicate) {
        if (Status s = Journal::changeStatusIn(
                db, id, ApplicationStatus::CertificatePrinted, options.operatorId, {},
                QJsonObject{{QStringLiteral("certificate_number"), record.certificateNumber}});
            !s)
            return s.error();
        record.status = ApplicationStatus::CertificatePrinted;
    }
    Result<qint64> blank = BlankLedger::issueIn(
        db, record.blankSerial, id, record.certificateNumber, record.duplicate, options.operatorId);
    if (!blank)
        return blank.error();
    QJsonObject details{{QStringLiteral("document"), documentName(record.document)},
                        {QStringLiteral("copy"), record.duplicate ? QStringLiteral("duplicate")
                                                                  : QStringLiteral("original")},
                        {QStringLiteral("certificate_number"), record.certificateNumber},
                        {QStringLiteral("blank_serial"), record.blankSerial},
                        {QStringLiteral("issue_date"), record.issueDate.toString(Qt::ISODate)},
                        {QStringLiteral("key_id"), record.keyId},
                        {QStringLiteral("desk_key_id"), record.deskKeyId},
                        {QStringLiteral("training"), record.training}};
    // Why a duplicate was printed: the office's report of reprints reads it.
    if (record.duplicate)
        details.insert(QStringLiteral("reason"), options.reprintReason
                                                     ? reprintReasonCode(*options.reprintReason)
                                                     : QStringLiteral("unspecified"));
    Result<qint64> seq = appendPrint(db, options.operatorId, id, details);
    if (!seq)
        return seq.error();
    record.auditSeq = *seq;
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

Result<PrintRecord> DocumentPrinter::receipt(qint64 id, QPagedPaintDevice* device,
                                             const PrintOptions& options, Mode mode)
{
    const bool preview = mode == Mode::Preview;
    // The refusal's lines need the check run again: before the write lock is taken.
    std::optional<StoredApplication> peek;
    {
        Result<StoredApplication> s = readStored(m_database.sql(), id);
        if (!s)
            return s.error();
        peek = *s;
    }
    const bool refused = peek->status == ApplicationStatus::RefusedAtIntake;
    // A draft (or a draft cancelled) was never accepted: it has no registration number.
    if (peek->status == ApplicationStatus::Draft ||
        (!refused && peek->registrationNumber.isEmpty()))
        return Error{QStringLiteral("print.no_receipt"),
                     tr("Application %1 is \"%2\": it was neither accepted nor refused at the "
                        "counter, so there is no receipt to print.")
                         .arg(id)
                         .arg(ApplicationStatuses::toString(peek->status))};
    Result<Application> application = applicationOf(*peek, id);
    if (!application)
        return application.error();
    QList<ReceiptItem> lines;
    if (refused) {
        Result<QList<ReceiptItem>> missing = refusalLines(*peek, *application);
        if (!missing)
            return missing.error();
        lines = *missing;
    }

    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    StoredApplication stored = *peek;
    if (!preview) {
        if (Status s = tx.begin(); !s)
            return s.error();
        Result<StoredApplication> now = readStored(db, id);
        if (!now)
            return now.error();
        if ((now->status == ApplicationStatus::RefusedAtIntake) != refused ||
            now->status == ApplicationStatus::Draft)
            return Error{QStringLiteral("print.changed"),
                         tr("Application %1 changed while the receipt was being prepared; print "
                            "it again.")
                             .arg(id)};
        stored = *now;
    }

    PrintRecord record;
    record.applicationId = id;
    record.document =
        refused ? PrintedDocument::RefusalReceipt : PrintedDocument::AcceptanceReceipt;
    record.training = options.training;
    record.status = stored.status;
    Result<bool> before = printedBefore(db, id, record.document);
    if (!before)
        return before.error();
    record.duplicate = *before;

    ReceiptParty party;
    party.office = options.office;
    party.clerk = options.officer;
    party.applicant = applicantOf(*application);
    // The receipt is dated when the package was accepted or refused, also on a duplicate.
    party.issuedAt = localTimeOf(stored.createdAt);
    party.training = options.training;
    party.duplicate = record.duplicate;

    Status painted;
    if (refused) {
        RefusalReceiptData data;
        data.party = party;
        data.missingDocuments = lines;
        painted = ReceiptLayout::paintRefusal(data, device);
    } else {
        AcceptanceReceiptData data;
        data.party = party;
        data.serviceTerm = serviceTermOf(stored.rulesEdition);
        data.registrationNumber = stored.registrationNumber;
        for (const Attachment& a : application->attachments)
            data.documents.append({DocumentLabels::attachmentKind(a.kind), {}});
        painted = ReceiptLayout::paintAcceptance(data, device);
    }
    if (!painted)
        return painted.error();
    if (preview)
        return record;
    if (options.beforeRecord) {
        if (Status s = options.beforeRecord(); !s)
            return s.error();
    }

    QJsonObject details{{QStringLiteral("document"), documentName(record.document)},
                        {QStringLiteral("copy"), record.duplicate ? QStringLiteral("duplicate")
                                                                  : QStringLiteral("original")},
                        {QStringLiteral("training"), record.training}};
    if (!refused)
        details.insert(QStringLiteral("registration_number"), stored.registrationNumber);
    else
        details.insert(QStringLiteral("missing_documents"), int(lines.size()));
    Result<qint64> seq = appendPrint(db, options.operatorId, id, details);
    if (!seq)
        return seq.error();
    record.auditSeq = *seq;
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

} // namespace iin

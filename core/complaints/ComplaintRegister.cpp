#include "core/complaints/ComplaintRegister.h"

#include "core/base/EnumCodes.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString subjectOf(qint64 id)
{
    return QStringLiteral("complaint:%1").arg(id);
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Column 0-28; personal data in 4 (subject_person), 8 (complainant), 9 (contact), 10
// (substance): replaced by '' when not asked for, so lists never carry it.
QString columns(bool withPersonalData)
{
    const QString personal =
        withPersonalData ? QStringLiteral("c.subject_person, c.addressee, c.received_on, c.channel,"
                                          " c.complainant, c.contact, c.substance,")
                         : QStringLiteral("'', c.addressee, c.received_on, c.channel, '', '', '',");
    return QStringLiteral("c.id, c.application_id, a.registration_number, c.subject, ") + personal +
           QStringLiteral(" c.act_learned_on, c.appeal_instructions_given, c.forward_required,"
                          " c.state, c.favourable_act_on, c.favourable_act_reference,"
                          " c.forwarded_on, c.forwarded_to, c.decision, c.decided_on,"
                          " c.decision_reference, c.extension_days, c.forward_due, c.review_due,"
                          " c.created_at, c.created_by, c.updated_at"
                          " FROM complaints c LEFT JOIN applications a ON a.id = c.application_id");
}

Complaint complaintFrom(const QSqlQuery& q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.applicationId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    c.registrationNumber = q.value(2).toString();
    c.subject = ComplaintCodes::subjectFrom(q.value(3).toString()).value_or(c.subject);
    c.subjectPerson = q.value(4).toString();
    c.addressee = ComplaintCodes::addresseeFrom(q.value(5).toString()).value_or(c.addressee);
    c.received = dateOf(q.value(6));
    c.channel = ComplaintCodes::channelFrom(q.value(7).toString()).value_or(c.channel);
    c.complainant = q.value(8).toString();
    c.contact = q.value(9).toString();
    c.substance = q.value(10).toString();
    c.actLearned = dateOf(q.value(11));
    c.appealInstructionsGiven = q.value(12).toBool();
    c.forwardToReviewingBody = q.value(13).toBool();
    c.state = ComplaintCodes::stateFrom(q.value(14).toString()).value_or(c.state);
    c.favourableActOn = dateOf(q.value(15));
    c.favourableActReference = q.value(16).toString();
    c.forwardedOn = dateOf(q.value(17));
    c.forwardedTo = q.value(18).toString();
    c.decision = q.value(19).isNull()
                     ? ComplaintDecision::None
                     : ComplaintCodes::decisionFrom(q.value(19).toString()).value_or(c.decision);
    c.decidedOn = dateOf(q.value(20));
    c.decisionReference = q.value(21).toString();
    c.extensionDays = q.value(22).toInt();
    c.storedForwardDue = dateOf(q.value(23));
    c.storedReviewDue = dateOf(q.value(24));
    c.createdAt = q.value(25).toString();
    c.createdBy = q.value(26).toString();
    c.updatedAt = q.value(27).toString();
    return c;
}

constexpr EnumCode<ComplaintOutcome::Kind> OutcomeKinds[] = {
    {ComplaintOutcome::Kind::SatisfiedFavourably, u"satisfied_favourably"},
    {ComplaintOutcome::Kind::Forwarded, u"forwarded"},
    {ComplaintOutcome::Kind::Decided, u"decided"},
    {ComplaintOutcome::Kind::Extended, u"extended"},
};

QString outcomeCode(ComplaintOutcome::Kind kind)
{
    return codeOf(OutcomeKinds, kind);
}

Error refused(const QString& message)
{
    return Error{QStringLiteral("complaint.outcome_refused"), message};
}

} // namespace

ComplaintRegister::ComplaintRegister(Database& database, WorkingCalendar calendar, int dueSoonDays)
    : m_database(database), m_calendar(std::move(calendar)), m_dueSoonDays(qMax(0, dueSoonDays))
{
}

ComplaintTerms ComplaintRegister::termsOf(const Complaint& complaint, const QDate& today) const
{
    return ComplaintTerms::compute(complaint, m_calendar, today, m_dueSoonDays);
}

ComplaintEntry ComplaintRegister::entryOf(Complaint complaint, const QDate& today) const
{
    ComplaintTerms terms = termsOf(complaint, today);
    return {std::move(complaint), std::move(terms)};
}

void ComplaintRegister::stampDueDates(Complaint& c) const
{
    c.storedForwardDue = c.forwardToReviewingBody
                             ? m_calendar.addWorkingDays(c.received, ComplaintTerms::ForwardDays)
                             : QDate();
    c.storedReviewDue = m_calendar.addWorkingDays(
        c.received, ComplaintTerms::reviewDays(c.addressee) + c.extensionDays);
}

Result<std::optional<Complaint>> ComplaintRegister::read(qint64 id, bool withPersonalData)
{
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("SELECT ") + columns(withPersonalData) +
              QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the complaint"));
    if (!q.next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(complaintFrom(q));
}

Status ComplaintRegister::insertEvent(qint64 id, const QString& kind, const QDate& on,
                                      const QString& operatorId, const QString& reference,
                                      const QString& reason, int days, const Complaint& dues)
{
    QSqlQuery q(m_database.sql());
    q.prepare(QStringLiteral("INSERT INTO complaint_events (complaint_id, kind, on_date, at,"
                             " operator, reference, reason, days, forward_due, review_due)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(nowUtc());
    q.addBindValue(notNull(operatorId));
    q.addBindValue(textOrNull(reference));
    q.addBindValue(textOrNull(reason));
    q.addBindValue(days > 0 ? QVariant(days) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(dateOrNull(dues.storedForwardDue));
    q.addBindValue(dateOrNull(dues.storedReviewDue));
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Saving the complaint"));
    return {};
}

Result<ComplaintEntry> ComplaintRegister::add(const Complaint& input, const QString& operatorId,
                                              const QDate& today)
{
    Complaint c = input;
    if (!c.received.isValid())
        return Error{QStringLiteral("complaint.invalid"),
                     tr("The complaint has no registration date.")};
    if (today.isValid() && c.received > today)
        return Error{
            QStringLiteral("complaint.invalid"),
            tr("The registration date %1 is in the future.").arg(c.received.toString(Qt::ISODate))};
    if (c.actLearned.isValid() && c.actLearned > c.received)
        return Error{QStringLiteral("complaint.invalid"),
                     tr("The complainant cannot have learned of the act after the complaint "
                        "was registered.")};
    if (c.subject == ComplaintSubject::Application && c.applicationId <= 0)
        return Error{QStringLiteral("complaint.invalid"),
                     tr("A complaint about an application must name the application.")};
    if (!Complaint::addresseesFor(c.subject).contains(c.addressee))
        return Error{QStringLiteral("complaint.invalid"),
                     tr("A complaint about a State Corporation employee is addressed to the head "
                        "of the State Corporation or to the authorized body for informatization "
                        "(rules, paragraph 20).")};
    c.state = ComplaintState::Open;
    c.decision = ComplaintDecision::None;
    c.extensionDays = 0;
    c.favourableActOn = c.forwardedOn = c.decidedOn = QDate();
    stampDueDates(c);

    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ManageComplaints); !s)
        return s.error();
    const QString what = tr("Saving the complaint");
    if (c.applicationId > 0) {
        QSqlQuery a(db);
        a.prepare(QStringLiteral("SELECT registration_number FROM applications WHERE id = ?"));
        a.addBindValue(c.applicationId);
        if (!a.exec())
            return StoreError::from(a.lastError(), what);
        if (!a.next())
            return Error{QStringLiteral("complaint.no_application"),
                         tr("There is no application %1 in the journal.").arg(c.applicationId)};
        c.registrationNumber = a.value(0).toString();
    }
    c.createdAt = c.updatedAt = nowUtc();
    c.createdBy = notNull(operatorId);

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO complaints (application_id, subject, subject_person, addressee, received_on,"
        " channel, complainant, contact, substance, act_learned_on, appeal_instructions_given,"
        " forward_required, state, extension_days, forward_due, review_due, created_at,"
        " created_by, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.applicationId > 0 ? QVariant(c.applicationId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(ComplaintCodes::subject(c.subject));
    q.addBindValue(notNull(c.subjectPerson));
    q.addBindValue(ComplaintCodes::addressee(c.addressee));
    q.addBindValue(c.received.toString(Qt::ISODate));
    q.addBindValue(ComplaintCodes::channel(c.channel));
    q.addBindValue(notNull(c.complainant));
    q.addBindValue(notNull(c.contact));
    q.addBindValue(notNull(c.substance));
    q.addBindValue(dateOrNull(c.actLearned));
    q.addBindValue(c.appealInstructionsGiven ? 1 : 0);
    q.addBindValue(c.forwardToReviewingBody ? 1 : 0);
    q.addBindValue(dateOrNull(c.storedForwardDue));
    q.addBindValue(c.storedReviewDue.toString(Qt::ISODate));
    q.addBindValue(c.createdAt);
    q.addBindValue(c.createdBy);
    q.addBindValue(c.updatedAt);
    if (!q.exec())
        return StoreError::from(q.lastError(), what);
    c.id = q.lastInsertId().toLongLong();

    if (Status s =
            insertEvent(c.id, QStringLiteral("registered"), c.received, operatorId, {}, {}, 0, c);
        !s)
        return s.error();
    const LimitationCheck limitation = ComplaintTerms::limitationOf(c);
    QJsonObject details{
        {QStringLiteral("subject"), ComplaintCodes::subject(c.subject)},
        {QStringLiteral("addressee"), ComplaintCodes::addressee(c.addressee)},
        {QStringLiteral("received"), c.received.toString(Qt::ISODate)},
        {QStringLiteral("channel"), ComplaintCodes::channel(c.channel)},
        {QStringLiteral("review_due"), c.storedReviewDue.toString(Qt::ISODate)},
    };
    if (c.applicationId > 0)
        details.insert(QStringLiteral("application_id"), c.applicationId);
    if (c.storedForwardDue.isValid())
        details.insert(QStringLiteral("forward_due"), c.storedForwardDue.toString(Qt::ISODate));
    if (limitation.known)
        details.insert(QStringLiteral("limitation_late"), limitation.late);
    if (Status s = AuditTrail::append(db, {operatorId, Registered, subjectOf(c.id), details}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return entryOf(c, today);
}

Result<ComplaintEntry> ComplaintRegister::recordOutcome(qint64 id, const ComplaintOutcome& outcome,
                                                        const QString& operatorId,
                                                        const QDate& today)
{
    QSqlDatabase db = m_database.sql();
    // Read, check and write under one write lock: two desks recording at once queue up.
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ManageComplaints); !s)
        return s.error();
    Result<std::optional<Complaint>> found = read(id, false);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("complaint.not_found"),
                     tr("There is no complaint %1 in the register.").arg(id)};
    const Complaint before = **found;
    Complaint c = before;
    const QDate on = outcome.on;
    const QString day = on.toString(Qt::ISODate);
    if (!on.isValid())
        return refused(tr("The outcome needs its date."));
    if (on < c.received)
        return refused(tr("The date %1 is before the complaint was registered (%2).")
                           .arg(day, c.received.toString(Qt::ISODate)));
    if (today.isValid() && on > today)
        return refused(tr("The date %1 is in the future.").arg(day));
    if (c.state == ComplaintState::Decided || c.state == ComplaintState::SatisfiedFavourably)
        return refused(tr("The complaint is already finished (%1): nothing more can be recorded.")
                           .arg(ComplaintCodes::state(c.state)));

    const ComplaintTerms terms = termsOf(c, today);
    switch (outcome.kind) {
    case ComplaintOutcome::Kind::SatisfiedFavourably: {
        const ComplaintTerm* forward = terms.term(ComplaintTermKind::Forward);
        if (!forward || c.state != ComplaintState::Open)
            return refused(tr("A favourable act that keeps the complaint from being forwarded "
                              "can only be recorded before it is forwarded; record the "
                              "decision instead."));
        if (on > forward->due)
            return refused(tr("The 3 working days ended on %1: after them the complaint must be "
                              "forwarded; record the reviewing body's decision instead.")
                               .arg(forward->due.toString(Qt::ISODate)));
        c.state = ComplaintState::SatisfiedFavourably;
        c.favourableActOn = on;
        c.favourableActReference = outcome.reference;
        break;
    }
    case ComplaintOutcome::Kind::Forwarded:
        if (!c.forwardToReviewingBody)
            return refused(tr("This complaint was lodged directly with its reviewing body: it is "
                              "not forwarded."));
        if (c.state != ComplaintState::Open)
            return refused(tr("The complaint was already forwarded."));
        c.state = ComplaintState::Forwarded;
        c.forwardedOn = on;
        c.forwardedTo = outcome.forwardedTo.isEmpty() ? outcome.reference : outcome.forwardedTo;
        break;
    case ComplaintOutcome::Kind::Decided:
        if (outcome.decision == ComplaintDecision::None)
            return refused(tr("Say whether the complaint was satisfied or refused."));
        if (outcome.reference.trimmed().isEmpty())
            return refused(tr("The decision needs its reference (number of the act)."));
        if (c.forwardToReviewingBody && c.state != ComplaintState::Forwarded)
            return refused(tr("The complaint goes to the reviewing body with the case file: "
                              "record its forwarding first."));
        if (c.forwardedOn.isValid() && on < c.forwardedOn)
            return refused(tr("The decision cannot be dated before the forwarding (%1).")
                               .arg(c.forwardedOn.toString(Qt::ISODate)));
        c.state = ComplaintState::Decided;
        c.decision = outcome.decision;
        c.decidedOn = on;
        c.decisionReference = outcome.reference.trimmed();
        break;
    case ComplaintOutcome::Kind::Extended: {
        const int max = ComplaintTerms::maxExtension(c.addressee);
        if (max == 0)
            return refused(tr("The review term of this addressee cannot be extended."));
        if (outcome.extensionDays < 1 || c.extensionDays + outcome.extensionDays > max)
            return refused(tr("The review term may be extended by %1 working days in all; %2 "
                              "already used.")
                               .arg(max)
                               .arg(c.extensionDays));
        if (outcome.reason.trimmed().isEmpty())
            return refused(tr("An extension needs its reason."));
        const ComplaintTerm* review = terms.term(ComplaintTermKind::Review);
        if (review && on > review->due)
            return refused(tr("The review term ended on %1: it can no longer be extended.")
                               .arg(review->due.toString(Qt::ISODate)));
        c.extensionDays += outcome.extensionDays;
        break;
    }
    }
    stampDueDates(c);
    if (Status s = writeOutcome(before, c, outcome, operatorId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return entryOf(c, today);
}

Status ComplaintRegister::writeOutcome(const Complaint& before, const Complaint& c,
                                       const ComplaintOutcome& outcome, const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE complaints SET state = ?, favourable_act_on = ?, favourable_act_reference = ?,"
        " forwarded_on = ?, forwarded_to = ?, decision = ?, decided_on = ?,"
        " decision_reference = ?, extension_days = ?, forward_due = ?, review_due = ?,"
        " updated_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(ComplaintCodes::state(c.state));
    q.addBindValue(dateOrNull(c.favourableActOn));
    q.addBindValue(textOrNull(c.favourableActReference));
    q.addBindValue(dateOrNull(c.forwardedOn));
    q.addBindValue(textOrNull(c.forwardedTo));
    q.addBindValue(c.decision == ComplaintDecision::None
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(ComplaintCodes::decision(c.decision)));
    q.addBindValue(dateOrNull(c.decidedOn));
    q.addBindValue(textOrNull(c.decisionReference));
    q.addBindValue(c.extensionDays);
    q.addBindValue(dateOrNull(c.storedForwardDue));
    q.addBindValue(c.storedReviewDue.toString(Qt::ISODate));
    q.addBindValue(nowUtc());
    q.addBindValue(c.id);
    q.addBindValue(ComplaintCodes::state(before.state));
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Saving the complaint"));
    if (q.numRowsAffected() != 1)
        return refused(tr("The complaint changed meanwhile; open it again."));

    const QString kind = outcomeCode(outcome.kind);
    const QString reference = outcome.kind == ComplaintOutcome::Kind::Forwarded
                                  ? c.forwardedTo
                                  : outcome.reference.trimmed();
    if (Status s = insertEvent(
            c.id, kind, outcome.on, operatorId, reference,
            outcome.kind == ComplaintOutcome::Kind::Extended ? outcome.reason.trimmed() : QString(),
            outcome.kind == ComplaintOutcome::Kind::Extended ? outcome.extensionDays : 0, c);
        !s)
        return s;
    // Identifiers, dates and states only: the reason of an extension is free text and stays
    // in the register.
    QJsonObject details{
        {QStringLiteral("outcome"), kind},
        {QStringLiteral("on"), outcome.on.toString(Qt::ISODate)},
        {QStringLiteral("from"), ComplaintCodes::state(before.state)},
        {QStringLiteral("to"), ComplaintCodes::state(c.state)},
        {QStringLiteral("review_due"), c.storedReviewDue.toString(Qt::ISODate)},
    };
    if (c.decision != ComplaintDecision::None)
        details.insert(QStringLiteral("decision"), ComplaintCodes::decision(c.decision));
    if (outcome.kind == ComplaintOutcome::Kind::Extended)
        details.insert(QStringLiteral("extension_days"), outcome.extensionDays);
    if (outcome.kind == ComplaintOutcome::Kind::Decided ||
        outcome.kind == ComplaintOutcome::Kind::SatisfiedFavourably)
        if (!outcome.reference.trimmed().isEmpty())
            details.insert(QStringLiteral("reference"), outcome.reference.trimmed());
    return AuditTrail::append(db, {operatorId, OutcomeRecorded, subjectOf(c.id), details});
}

Result<QList<ComplaintEntry>> ComplaintRegister::list(const ComplaintQuery& query)
{
    QStringList where;
    QVariantList values;
    if (query.applicationId > 0) {
        where << QStringLiteral("c.application_id = ?");
        values << query.applicationId;
    }
    // Only an unfinished complaint can have a term overdue or due soon.
    if (query.openOnly || query.overdue || query.dueSoon)
        where << QStringLiteral("c.state IN ('open','forwarded')");
    if (query.beforeId > 0) {
        where << QStringLiteral("c.id < ?");
        values << query.beforeId;
    }
    QString sql = QStringLiteral("SELECT ") + columns(false);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.id DESC");
    QSqlQuery q(m_database.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the complaints"));
    QList<ComplaintEntry> list;
    const int limit = qBound(1, query.limit, 1000);
    // The term filters need the calendar, so they are applied here rather than in SQL; the
    // unfinished complaints of one office are few.
    while (q.next() && list.size() < limit) {
        ComplaintEntry e = entryOf(complaintFrom(q), query.today);
        if (query.overdue || query.dueSoon) {
            const bool wanted =
                (query.overdue && e.terms.anyOverdue()) || (query.dueSoon && e.terms.anyDueSoon());
            if (!wanted)
                continue;
        }
        list.append(std::move(e));
    }
    return list;
}

Result<QList<ComplaintEntry>> ComplaintRegister::ofApplication(qint64 applicationId,
                                                               const QDate& today)
{
    ComplaintQuery query;
    query.applicationId = applicationId;
    query.today = today;
    query.limit = 1000;
    return list(query);
}

Result<std::optional<ComplaintRecord>> ComplaintRegister::open(qint64 id, const QString& operatorId,
                                                               const QDate& today)
{
    QSqlDatabase db = m_database.sql();
    // Reading and recording the view in one transaction: no view goes unrecorded.
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ManageComplaints); !s)
        return s.error();
    Result<std::optional<Complaint>> found = read(id, true);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<ComplaintRecord>();
    ComplaintRecord record{entryOf(**found, today), {}};

    QSqlQuery h(db);
    h.prepare(QStringLiteral("SELECT kind, on_date, at, operator, reference, reason, days,"
                             " forward_due, review_due FROM complaint_events"
                             " WHERE complaint_id = ? ORDER BY id"));
    h.addBindValue(id);
    if (!h.exec())
        return StoreError::from(h.lastError(), tr("Reading the complaint"));
    while (h.next())
        record.history.append({h.value(0).toString(), dateOf(h.value(1)), h.value(2).toString(),
                               h.value(3).toString(), h.value(4).toString(), h.value(5).toString(),
                               h.value(6).toInt(), dateOf(h.value(7)), dateOf(h.value(8))});
    h.finish();
    if (Status s = AuditTrail::append(db, {operatorId, Viewed, subjectOf(id), {}}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return std::optional<ComplaintRecord>(std::move(record));
}

Status ComplaintRegister::recordPrint(qint64 id, const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = Authorization::require(db, operatorId, Permission::ManageComplaints); !s)
        return s;
    if (Status s = AuditTrail::append(db, {operatorId, Printed, subjectOf(id), {}}); !s)
        return s;
    return tx.commit();
}

Result<int> ComplaintRegister::refreshDueDates(const QString& operatorId)
{
    QSqlDatabase db = m_database.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = Authorization::require(db, operatorId, Permission::ManageComplaints); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + columns(false) +
              QStringLiteral(" WHERE c.state IN ('open','forwarded') ORDER BY c.id"));
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the complaints"));
    QList<Complaint> changed;
    while (q.next()) {
        Complaint c = complaintFrom(q);
        const QDate forward = c.storedForwardDue, review = c.storedReviewDue;
        stampDueDates(c);
        if (c.storedForwardDue != forward || c.storedReviewDue != review)
            changed.append(c);
    }
    q.finish();
    const QDate today = QDate::currentDate();
    for (const Complaint& c : std::as_const(changed)) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE complaints SET forward_due = ?, review_due = ?,"
                                 " updated_at = ? WHERE id = ?"));
        u.addBindValue(dateOrNull(c.storedForwardDue));
        u.addBindValue(c.storedReviewDue.toString(Qt::ISODate));
        u.addBindValue(nowUtc());
        u.addBindValue(c.id);
        if (!u.exec())
            return StoreError::from(u.lastError(), tr("Saving the complaint"));
        if (Status s = insertEvent(c.id, QStringLiteral("due_dates_refreshed"), today, operatorId,
                                   {}, {}, 0, c);
            !s)
            return s.error();
        QJsonObject details{
            {QStringLiteral("review_due"), c.storedReviewDue.toString(Qt::ISODate)}};
        if (c.storedForwardDue.isValid())
            details.insert(QStringLiteral("forward_due"), c.storedForwardDue.toString(Qt::ISODate));
        if (Status s =
                AuditTrail::append(db, {operatorId, DueDatesRefreshed, subjectOf(c.id), details});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(changed.size());
}

} // namespace iin

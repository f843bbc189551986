#include "core/complaints/ComplaintJson.h"

#include <QJsonArray>

namespace iin::ComplaintJson {

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject entry(const ComplaintEntry& e)
{
    const Complaint& c = e.complaint;
    QJsonArray terms;
    for (const ComplaintTerm& t : e.terms.terms)
        terms.append(QJsonObject{
            {QStringLiteral("term"), ComplaintCodes::termKind(t.kind)},
            {QStringLiteral("working_days"), t.workingDays},
            {QStringLiteral("due"), dateJson(t.due)},
            {QStringLiteral("stored_due"), dateJson(t.storedDue)},
            {QStringLiteral("state"), ComplaintCodes::termState(t.state)},
            {QStringLiteral("working_days_left"), t.workingDaysLeft},
            {QStringLiteral("done_on"), dateJson(t.doneOn)},
        });
    QJsonValue outcome(QJsonValue::Null);
    switch (c.state) {
    case ComplaintState::Open:
        break;
    case ComplaintState::SatisfiedFavourably:
        outcome = QJsonObject{{QStringLiteral("kind"), QStringLiteral("satisfied_favourably")},
                              {QStringLiteral("on"), dateJson(c.favourableActOn)},
                              {QStringLiteral("reference"), textJson(c.favourableActReference)}};
        break;
    case ComplaintState::Forwarded:
        outcome = QJsonObject{{QStringLiteral("kind"), QStringLiteral("forwarded")},
                              {QStringLiteral("on"), dateJson(c.forwardedOn)},
                              {QStringLiteral("to"), textJson(c.forwardedTo)}};
        break;
    case ComplaintState::Decided:
        outcome = QJsonObject{{QStringLiteral("kind"), QStringLiteral("decided")},
                              {QStringLiteral("decision"), ComplaintCodes::decision(c.decision)},
                              {QStringLiteral("on"), dateJson(c.decidedOn)},
                              {QStringLiteral("reference"), textJson(c.decisionReference)},
                              {QStringLiteral("forwarded_on"), dateJson(c.forwardedOn)}};
        break;
    }
    QJsonValue limitation(QJsonValue::Null);
    if (e.terms.limitation.known)
        limitation = QJsonObject{{QStringLiteral("learned"), dateJson(e.terms.limitation.learned)},
                                 {QStringLiteral("months"), e.terms.limitation.months},
                                 {QStringLiteral("last_day"), dateJson(e.terms.limitation.lastDay)},
                                 {QStringLiteral("late"), e.terms.limitation.late}};
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("application_id"),
         c.applicationId > 0 ? QJsonValue(c.applicationId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("registration_number"), textJson(c.registrationNumber)},
        {QStringLiteral("subject"), ComplaintCodes::subject(c.subject)},
        {QStringLiteral("addressee"), ComplaintCodes::addressee(c.addressee)},
        {QStringLiteral("received"), dateJson(c.received)},
        {QStringLiteral("channel"), ComplaintCodes::channel(c.channel)},
        {QStringLiteral("forward_to_reviewing_body"), c.forwardToReviewingBody},
        {QStringLiteral("state"), ComplaintCodes::state(c.state)},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("terms"), terms},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("deemed_refusal"), e.terms.deemedRefusal},
        {QStringLiteral("limitation"), limitation},
        {QStringLiteral("calendar_changed"), e.terms.calendarChanged()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.terms.warnings)},
    };
}

QJsonObject record(const ComplaintRecord& r)
{
    const Complaint& c = r.entry.complaint;
    QJsonObject o = entry(r.entry);
    o.insert(QStringLiteral("subject_person"), textJson(c.subjectPerson));
    o.insert(QStringLiteral("complainant"), c.complainant);
    o.insert(QStringLiteral("contact"), textJson(c.contact));
    o.insert(QStringLiteral("substance"), c.substance);
    o.insert(QStringLiteral("act_learned"), dateJson(c.actLearned));
    o.insert(QStringLiteral("appeal_instructions_given"), c.appealInstructionsGiven);
    o.insert(QStringLiteral("created_at"), c.createdAt);
    o.insert(QStringLiteral("created_by"), c.createdBy);
    QJsonArray history;
    for (const ComplaintEvent& ev : r.history) {
        QJsonObject h{{QStringLiteral("kind"), ev.kind},
                      {QStringLiteral("on"), dateJson(ev.on)},
                      {QStringLiteral("at"), ev.at},
                      {QStringLiteral("operator"), ev.operatorId},
                      {QStringLiteral("reference"), textJson(ev.reference)},
                      {QStringLiteral("forward_due"), dateJson(ev.forwardDue)},
                      {QStringLiteral("review_due"), dateJson(ev.reviewDue)}};
        if (ev.days > 0)
            h.insert(QStringLiteral("days"), ev.days);
        if (!ev.reason.isEmpty())
            h.insert(QStringLiteral("reason"), ev.reason);
        history.append(h);
    }
    o.insert(QStringLiteral("history"), history);
    return o;
}

} // namespace iin::ComplaintJson

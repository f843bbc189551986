#include "ui/complaints/ComplaintTexts.h"

#include <QLocale>

namespace iin::ui {

QString ComplaintTexts::subject(ComplaintSubject value)
{
    switch (value) {
    case ComplaintSubject::Application:
        return tr("A decision or (in)action on an application");
    case ComplaintSubject::Officer:
        return tr("An officer of the service provider");
    case ComplaintSubject::StateCorporationEmployee:
        return tr("A State Corporation employee");
    }
    return {};
}

QString ComplaintTexts::addressee(ComplaintAddressee value)
{
    switch (value) {
    case ComplaintAddressee::ServiceProvider:
        return tr("The service provider (5 working days)");
    case ComplaintAddressee::QualityControl:
        return tr("The quality-control authority (15 working days, up to 10 more)");
    case ComplaintAddressee::StateCorporationHead:
        return tr("The head of the State Corporation (5 working days)");
    case ComplaintAddressee::InformatizationBody:
        return tr("The authorized body for informatization (15 working days, up to 10 more)");
    }
    return {};
}

QString ComplaintTexts::channel(ComplaintChannel value)
{
    switch (value) {
    case ComplaintChannel::InPerson:
        return tr("In person");
    case ComplaintChannel::Post:
        return tr("By post");
    case ComplaintChannel::Portal:
        return tr("Through the e-government portal");
    case ComplaintChannel::Email:
        return tr("By e-mail");
    }
    return {};
}

QString ComplaintTexts::state(const Complaint& c)
{
    switch (c.state) {
    case ComplaintState::Open:
        return tr("open");
    case ComplaintState::SatisfiedFavourably:
        return tr("satisfied by a favourable act");
    case ComplaintState::Forwarded:
        return tr("forwarded");
    case ComplaintState::Decided:
        return c.decision == ComplaintDecision::Satisfied ? tr("decided: satisfied")
                                                          : tr("decided: refused");
    }
    return {};
}

QString ComplaintTexts::termName(ComplaintTermKind kind)
{
    return kind == ComplaintTermKind::Forward ? tr("forward") : tr("review");
}

QString ComplaintTexts::eventKind(const QString& kind)
{
    if (kind == u"registered")
        return tr("registered");
    if (kind == u"satisfied_favourably")
        return tr("satisfied by a favourable act");
    if (kind == u"forwarded")
        return tr("forwarded");
    if (kind == u"decided")
        return tr("decided");
    if (kind == u"extended")
        return tr("review term extended");
    if (kind == u"due_dates_refreshed")
        return tr("due dates recomputed after a calendar change");
    return kind;
}

QString ComplaintTexts::date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

QString ComplaintTexts::term(const ComplaintTerm& t)
{
    const QString name = termName(t.kind);
    const QString due = date(t.due);
    switch (t.state) {
    case ComplaintTermState::Overdue:
        return tr("OVERDUE: %1 was due %2, %n working day(s) ago", nullptr, -t.workingDaysLeft)
            .arg(name, due);
    case ComplaintTermState::DueSoon:
        return t.workingDaysLeft == 0
                   ? tr("DUE TODAY: %1 by %2").arg(name, due)
                   : tr("Due soon: %1 by %2, %n working day(s) left", nullptr, t.workingDaysLeft)
                         .arg(name, due);
    case ComplaintTermState::Due:
        return tr("%1 due %2, %n working day(s) left", nullptr, t.workingDaysLeft).arg(name, due);
    case ComplaintTermState::Met:
        return tr("%1 met on %2 (due %3)").arg(name, date(t.doneOn), due);
    case ComplaintTermState::Late:
        return tr("%1 done late on %2 (due %3)").arg(name, date(t.doneOn), due);
    }
    return {};
}

const ComplaintTerm* ComplaintTexts::mostUrgent(const ComplaintTerms& terms)
{
    const ComplaintTerm* best = nullptr;
    const auto rank = [](ComplaintTermState s) {
        switch (s) {
        case ComplaintTermState::Overdue:
            return 0;
        case ComplaintTermState::DueSoon:
            return 1;
        case ComplaintTermState::Due:
            return 2;
        default:
            return 3;
        }
    };
    for (const ComplaintTerm& t : terms.terms) {
        if (!t.isOpen())
            continue;
        if (!best || rank(t.state) < rank(best->state) ||
            (rank(t.state) == rank(best->state) && t.due < best->due))
            best = &t;
    }
    return best;
}

QString ComplaintTexts::summary(const ComplaintTerms& terms)
{
    const ComplaintTerm* t = mostUrgent(terms);
    QString text = t ? term(*t) : tr("no open term");
    if (terms.deemedRefusal)
        text += QStringLiteral(" · ") + tr("deemed refused (no decision in time)");
    return text;
}

QString ComplaintTexts::about(const Complaint& c)
{
    if (c.subject == ComplaintSubject::Application || c.applicationId > 0) {
        const QString number = c.registrationNumber.isEmpty()
                                   ? tr("application %1").arg(c.applicationId)
                                   : c.registrationNumber;
        if (c.subject == ComplaintSubject::Application)
            return number;
        return tr("%1 (%2)").arg(subject(c.subject), number);
    }
    return subject(c.subject);
}

QString ComplaintTexts::detailsHtml(const ComplaintRecord& record)
{
    const Complaint& c = record.entry.complaint;
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(),
                 value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>")
                       .arg(tr("Complaint %1").arg(c.id).toHtmlEscaped());
    html += row(tr("Registered on"), date(c.received));
    html += row(tr("Arrived"), channel(c.channel));
    html += row(tr("About"), about(c));
    if (!c.subjectPerson.isEmpty())
        html += row(tr("Person complained of"), c.subjectPerson);
    html += row(tr("Addressed to"), addressee(c.addressee));
    html += row(tr("Complainant"), c.complainant);
    if (!c.contact.isEmpty())
        html += row(tr("Contact"), c.contact);
    html += row(tr("Substance"), c.substance);
    html += row(tr("State"), state(c));
    for (const ComplaintTerm& t : record.entry.terms.terms)
        html +=
            row(tr("Term: %1 (%n working day(s))", nullptr, t.workingDays).arg(termName(t.kind)),
                term(t));
    if (record.entry.terms.deemedRefusal)
        html += row(tr("Deemed refusal"),
                    tr("No decision by the review term: the complainant may treat it as a refusal "
                       "(APC art. 100 p.5)."));
    const LimitationCheck& l = record.entry.terms.limitation;
    if (l.known)
        html += row(tr("Limitation"),
                    l.late ? tr("filed after the last day to complain, %1").arg(date(l.lastDay))
                           : tr("in time (last day %1)").arg(date(l.lastDay)));
    for (const QString& w : record.entry.terms.warnings)
        html += row(tr("Warning"), w);
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
    for (const ComplaintEvent& e : record.history) {
        QString line = tr("%1 on %2 by %3").arg(eventKind(e.kind), date(e.on), e.operatorId);
        if (!e.reference.isEmpty())
            line += QStringLiteral(" · ") + e.reference;
        if (e.days)
            line += QStringLiteral(" · ") + tr("+%n working day(s)", nullptr, e.days);
        if (!e.reason.isEmpty())
            line += QStringLiteral(" · ") + e.reason;
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace iin::ui

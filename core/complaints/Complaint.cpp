#include "core/complaints/Complaint.h"

#include "core/base/EnumCodes.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <utility>

namespace iin {

namespace {

constexpr EnumCode<ComplaintSubject> Subjects[] = {
    {ComplaintSubject::Application, u"application"},
    {ComplaintSubject::Officer, u"officer"},
    {ComplaintSubject::StateCorporationEmployee, u"employee"},
};

constexpr EnumCode<ComplaintAddressee> Addressees[] = {
    {ComplaintAddressee::ServiceProvider, u"service_provider"},
    {ComplaintAddressee::QualityControl, u"quality_control"},
    {ComplaintAddressee::StateCorporationHead, u"state_corporation_head"},
    {ComplaintAddressee::InformatizationBody, u"informatization_body"},
};

constexpr EnumCode<ComplaintChannel> Channels[] = {
    {ComplaintChannel::InPerson, u"in_person"},
    {ComplaintChannel::Post, u"post"},
    {ComplaintChannel::Portal, u"portal"},
    {ComplaintChannel::Email, u"email"},
};

constexpr EnumCode<ComplaintState> States[] = {
    {ComplaintState::Open, u"open"},
    {ComplaintState::SatisfiedFavourably, u"satisfied_favourably"},
    {ComplaintState::Forwarded, u"forwarded"},
    {ComplaintState::Decided, u"decided"},
};

constexpr EnumCode<ComplaintDecision> Decisions[] = {
    {ComplaintDecision::None, u"none"},
    {ComplaintDecision::Satisfied, u"satisfied"},
    {ComplaintDecision::Refused, u"refused"},
};

// Strict YYYY-MM-DD: "2026-3-5" or "2026-02-30" are refused rather than guessed.
std::optional<QDate> strictDate(const QJsonValue& value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Error invalid(const QString& message)
{
    return Error{QStringLiteral("complaint.invalid"), message};
}

} // namespace

namespace ComplaintCodes {

QString subject(ComplaintSubject value)
{
    return codeOf(Subjects, value);
}
QString addressee(ComplaintAddressee value)
{
    return codeOf(Addressees, value);
}
QString channel(ComplaintChannel value)
{
    return codeOf(Channels, value);
}
QString state(ComplaintState value)
{
    return codeOf(States, value);
}
QString decision(ComplaintDecision value)
{
    return codeOf(Decisions, value);
}
std::optional<ComplaintSubject> subjectFrom(const QString& code)
{
    return valueOf(Subjects, code);
}
std::optional<ComplaintAddressee> addresseeFrom(const QString& code)
{
    return valueOf(Addressees, code);
}
std::optional<ComplaintChannel> channelFrom(const QString& code)
{
    return valueOf(Channels, code);
}
std::optional<ComplaintState> stateFrom(const QString& code)
{
    return valueOf(States, code);
}
std::optional<ComplaintDecision> decisionFrom(const QString& code)
{
    return valueOf(Decisions, code);
}

QStringList addresseeCodes()
{
    return codesOf(Addressees);
}

} // namespace ComplaintCodes

QList<ComplaintAddressee> Complaint::addresseesFor(ComplaintSubject subject)
{
    if (subject == ComplaintSubject::StateCorporationEmployee)
        return {ComplaintAddressee::StateCorporationHead, ComplaintAddressee::InformatizationBody};
    return {ComplaintAddressee::ServiceProvider, ComplaintAddressee::QualityControl,
            ComplaintAddressee::StateCorporationHead, ComplaintAddressee::InformatizationBody};
}

Result<Complaint> Complaint::fromJson(const QJsonObject& o, QString* applicationRef)
{
    static const QStringList known{QStringLiteral("application"),
                                   QStringLiteral("subject"),
                                   QStringLiteral("subject_person"),
                                   QStringLiteral("addressee"),
                                   QStringLiteral("received"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("complainant"),
                                   QStringLiteral("contact"),
                                   QStringLiteral("substance"),
                                   QStringLiteral("act_learned"),
                                   QStringLiteral("appeal_instructions_given"),
                                   QStringLiteral("forward_to_reviewing_body")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(tr("Unknown field \"%1\" in the complaint.").arg(it.key()));

    Complaint c;
    const auto text = [&](const char* key) {
        return o.value(QLatin1String(key)).toString().trimmed();
    };

    if (o.contains(QLatin1String("subject"))) {
        const auto s = ComplaintCodes::subjectFrom(text("subject"));
        if (!s)
            return invalid(tr("\"subject\" must be application, officer or employee."));
        c.subject = *s;
    }
    const QJsonValue app = o.value(QLatin1String("application"));
    if (app.isDouble() && app.toDouble() >= 1)
        *applicationRef = QString::number(qint64(app.toDouble()));
    else if (app.isString() && !app.toString().trimmed().isEmpty())
        *applicationRef = app.toString().trimmed();
    else if (!app.isUndefined() && !app.isNull())
        return invalid(tr("\"application\" must be an application id or registration number."));
    if (c.subject == ComplaintSubject::Application && applicationRef->isEmpty())
        return invalid(tr("A complaint about an application must name it in \"application\"."));

    c.subjectPerson = text("subject_person");
    if (c.subject != ComplaintSubject::Application && c.subjectPerson.isEmpty())
        return invalid(tr("Name the officer or employee complained of in \"subject_person\"."));

    const auto addressee = ComplaintCodes::addresseeFrom(text("addressee"));
    if (!addressee)
        return invalid(tr("\"addressee\" must be one of: %1.")
                           .arg(ComplaintCodes::addresseeCodes().join(QStringLiteral(", "))));
    c.addressee = *addressee;

    const auto received = strictDate(o.value(QLatin1String("received")));
    if (!received)
        return invalid(tr("\"received\" must be the registration date as YYYY-MM-DD."));
    c.received = *received;

    const auto channel = ComplaintCodes::channelFrom(text("channel"));
    if (!channel)
        return invalid(tr("\"channel\" must be in_person, post, portal or email."));
    c.channel = *channel;

    c.complainant = text("complainant");
    c.contact = text("contact");
    c.substance = text("substance");
    if (c.complainant.isEmpty())
        return invalid(tr("\"complainant\" is required."));
    if (c.substance.isEmpty())
        return invalid(tr("\"substance\" is required: what the complaint is about."));

    if (o.contains(QLatin1String("act_learned")) &&
        !o.value(QLatin1String("act_learned")).isNull()) {
        const auto learned = strictDate(o.value(QLatin1String("act_learned")));
        if (!learned)
            return invalid(tr("\"act_learned\" must be a date as YYYY-MM-DD."));
        c.actLearned = *learned;
    }
    for (const auto& [key, flag] :
         {std::pair{QStringLiteral("appeal_instructions_given"), &c.appealInstructionsGiven},
          std::pair{QStringLiteral("forward_to_reviewing_body"), &c.forwardToReviewingBody}}) {
        if (!o.contains(key))
            continue;
        if (!o.value(key).isBool())
            return invalid(tr("\"%1\" must be true or false.").arg(key));
        *flag = o.value(key).toBool();
    }
    return c;
}

} // namespace iin

// Every enum's codes, spelled out: they are stored in journals and registries and printed in
// JSON, so a change here is a change of the data format. Each value has its code, each code
// reads back as its value, and anything else is refused.
#include "core/application/Application.h"
#include "core/application/ApplicationStatus.h"
#include "core/base/EnumCodes.h"
#include "core/base/Finding.h"
#include "core/calendar/CalendarDay.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintTerms.h"
#include "core/documents/CertificateVerifier.h"
#include "core/documents/DocumentPrinter.h"
#include "core/journal/Handover.h"
#include "core/journal/Outbox.h"
#include "core/operators/Role.h"
#include "core/person/Sex.h"
#include "core/registry/RegistryAnswer.h"

#include <QTest>

#include <utility>

using namespace iin;

namespace {

template <typename E>
using Codes = QList<std::pair<E, QString>>;

// `toCode` gives each value its code; `fromCode` (when there is one) reads each code back and
// refuses a code in the wrong case or an unknown one.
template <typename E, typename To, typename From>
void check(const Codes<E>& codes, To toCode, From fromCode)
{
    for (const auto& [value, code] : codes) {
        QCOMPARE(toCode(value), code);
        QVERIFY2(fromCode(code) == value, qPrintable(code));
        QVERIFY2(!fromCode(code.toUpper()).has_value(), qPrintable(code));
    }
    QVERIFY(!fromCode(QString()).has_value());
    QVERIFY(!fromCode(QStringLiteral("no_such_code")).has_value());
}

template <typename E, typename To>
void checkNames(const Codes<E>& codes, To toCode)
{
    for (const auto& [value, code] : codes)
        QCOMPARE(toCode(value), code);
}

} // namespace

class TestEnumCodes : public QObject
{
    Q_OBJECT

private slots:
    void table();
    void person();
    void application();
    void journal();
    void complaints();
    void others();
};

void TestEnumCodes::table()
{
    enum class Colour
    {
        Red,
        Green,
        Blue,
    };
    static constexpr EnumCode<Colour> colours[] = {{Colour::Red, u"red"},
                                                   {Colour::Green, u"green"}};
    QCOMPARE(codeOf(colours, Colour::Green), QString("green"));
    QVERIFY(codeOf(colours, Colour::Blue).isEmpty());
    QVERIFY(valueOf(colours, u"red") == Colour::Red);
    QVERIFY(!valueOf(colours, u"blue"));
    QCOMPARE(codesOf(colours), QStringList({"red", "green"}));
    QCOMPARE(valuesOf(colours), QList<Colour>({Colour::Red, Colour::Green}));
}

void TestEnumCodes::person()
{
    const Codes<Sex> sexes{{Sex::Male, "male"}, {Sex::Female, "female"}, {Sex::Unknown, "unknown"}};
    for (const auto& [value, code] : sexes) {
        QCOMPARE(sexToString(value), code);
        QCOMPARE(sexFromString(code), value);
    }
    QCOMPARE(sexFromString("Male"), Sex::Unknown);
    QCOMPARE(sexFromString("x"), Sex::Unknown);

    check(Codes<Role>{{Role::Clerk, "clerk"},
                      {Role::Officer, "officer"},
                      {Role::Supervisor, "supervisor"},
                      {Role::Administrator, "administrator"}},
          roleToString, roleFromString);
    QCOMPARE(allRoles(),
             QList<Role>({Role::Clerk, Role::Officer, Role::Supervisor, Role::Administrator}));
}

void TestEnumCodes::application()
{
    check(Codes<Channel>{{Channel::StateCorporation, "state_corporation"},
                         {Channel::ServiceProvider, "service_provider"},
                         {Channel::Portal, "portal"}},
          channelToString, channelFromString);
    check(Codes<ApplicationBasis>{{ApplicationBasis::Annex1, "annex1"},
                                  {ApplicationBasis::Annex2, "annex2"}},
          basisToString, basisFromString);
    check(
        Codes<IdentityDocumentType>{
            {IdentityDocumentType::Passport, "passport"},
            {IdentityDocumentType::StatelessTravelDocument, "stateless_travel_document"},
            {IdentityDocumentType::RefugeeTravelDocument, "refugee_travel_document"},
            {IdentityDocumentType::ResidencePermit, "residence_permit"},
            {IdentityDocumentType::IdCard, "id_card"},
            {IdentityDocumentType::Other, "other"}},
        documentTypeToString, documentTypeFromString);
    check(Codes<AttachmentKind>{{AttachmentKind::ApplicationForm, "application_form"},
                                {AttachmentKind::IdentityDocumentCopy, "identity_document_copy"},
                                {AttachmentKind::CertifiedTranslation, "certified_translation"},
                                {AttachmentKind::PowerOfAttorney, "power_of_attorney"},
                                {AttachmentKind::Annex2Application, "annex2_application"},
                                {AttachmentKind::Photo, "photo"},
                                {AttachmentKind::Other, "other"}},
          attachmentKindToString, attachmentKindFromString);

    using S = ApplicationStatus;
    const Codes<S> statuses{{S::Draft, "draft"},
                            {S::Registered, "registered"},
                            {S::Sent, "sent"},
                            {S::IinAssigned, "iin_assigned"},
                            {S::Rejected, "rejected"},
                            {S::CertificatePrinted, "certificate_printed"},
                            {S::HandedOver, "handed_over"},
                            {S::RefusedAtIntake, "refused_at_intake"},
                            {S::Cancelled, "cancelled"}};
    check(statuses, ApplicationStatuses::toString,
          [](const QString& s) { return ApplicationStatuses::fromString(s); });
    QList<S> all;
    for (const auto& [value, code] : statuses)
        all.append(value);
    QCOMPARE(ApplicationStatuses::all(), all);

    check(Codes<Severity>{{Severity::MissingDocument, "missing_document"},
                          {Severity::InvalidField, "invalid_field"},
                          {Severity::Warning, "warning"}},
          severityToString, severityFromString);
}

void TestEnumCodes::journal()
{
    checkNames(Codes<OutboxState>{{OutboxState::Pending, "pending"},
                                  {OutboxState::InFlight, "in_flight"},
                                  {OutboxState::Done, "done"},
                                  {OutboxState::Rejected, "rejected"},
                                  {OutboxState::Cancelled, "cancelled"}},
               outboxStateToString);
    check(Codes<HandoverRecipient>{{HandoverRecipient::Applicant, "applicant"},
                                   {HandoverRecipient::DigitalDocument, "digital"},
                                   {HandoverRecipient::Representative, "representative"}},
          HandoverCodes::recipient, HandoverCodes::recipientFrom);
    QCOMPARE(HandoverCodes::recipientCodes(),
             QStringList({"applicant", "digital", "representative"}));

    using State = RegistryAnswer::State;
    checkNames(Codes<State>{{State::Formed, "formed"},
                            {State::Existing, "existing"},
                            {State::PendingReview, "pending_review"},
                            {State::Rejected, "rejected"}},
               RegistryAnswer::stateToString);
}

void TestEnumCodes::complaints()
{
    check(Codes<ComplaintSubject>{{ComplaintSubject::Application, "application"},
                                  {ComplaintSubject::Officer, "officer"},
                                  {ComplaintSubject::StateCorporationEmployee, "employee"}},
          ComplaintCodes::subject, ComplaintCodes::subjectFrom);
    const Codes<ComplaintAddressee> addressees{
        {ComplaintAddressee::ServiceProvider, "service_provider"},
        {ComplaintAddressee::QualityControl, "quality_control"},
        {ComplaintAddressee::StateCorporationHead, "state_corporation_head"},
        {ComplaintAddressee::InformatizationBody, "informatization_body"}};
    check(addressees, ComplaintCodes::addressee, ComplaintCodes::addresseeFrom);
    QCOMPARE(ComplaintCodes::addresseeCodes(),
             QStringList({"service_provider", "quality_control", "state_corporation_head",
                          "informatization_body"}));
    check(Codes<ComplaintChannel>{{ComplaintChannel::InPerson, "in_person"},
                                  {ComplaintChannel::Post, "post"},
                                  {ComplaintChannel::Portal, "portal"},
                                  {ComplaintChannel::Email, "email"}},
          ComplaintCodes::channel, ComplaintCodes::channelFrom);
    check(Codes<ComplaintState>{{ComplaintState::Open, "open"},
                                {ComplaintState::SatisfiedFavourably, "satisfied_favourably"},
                                {ComplaintState::Forwarded, "forwarded"},
                                {ComplaintState::Decided, "decided"}},
          ComplaintCodes::state, ComplaintCodes::stateFrom);
    check(Codes<ComplaintDecision>{{ComplaintDecision::None, "none"},
                                   {ComplaintDecision::Satisfied, "satisfied"},
                                   {ComplaintDecision::Refused, "refused"}},
          ComplaintCodes::decision, ComplaintCodes::decisionFrom);
    checkNames(Codes<ComplaintTermKind>{{ComplaintTermKind::Forward, "forward"},
                                        {ComplaintTermKind::Review, "review"}},
               ComplaintCodes::termKind);
    checkNames(Codes<ComplaintTermState>{{ComplaintTermState::Due, "due"},
                                         {ComplaintTermState::DueSoon, "due_soon"},
                                         {ComplaintTermState::Overdue, "overdue"},
                                         {ComplaintTermState::Met, "met"},
                                         {ComplaintTermState::Late, "late"}},
               ComplaintCodes::termState);
}

void TestEnumCodes::others()
{
    using Kind = CalendarDay::Kind;
    checkNames(Codes<Kind>{{Kind::Working, "working"},
                           {Kind::WorkingByDecree, "working_by_decree"},
                           {Kind::Weekend, "weekend"},
                           {Kind::Holiday, "holiday"},
                           {Kind::TransferredHoliday, "transferred_holiday"},
                           {Kind::DayOffByDecree, "day_off_by_decree"}},
               [](Kind kind) {
                   CalendarDay day;
                   day.kind = kind;
                   return day.kindCode();
               });
    using Verdict = Verification::Verdict;
    checkNames(Codes<Verdict>{{Verdict::Genuine, "genuine"},
                              {Verdict::Training, "training"},
                              {Verdict::NotGenuine, "not_genuine"},
                              {Verdict::UnknownKey, "unknown_key"},
                              {Verdict::Unreadable, "unreadable"}},
               Verification::verdictName);
    checkNames(Codes<PrintedDocument>{{PrintedDocument::Certificate, "certificate"},
                                      {PrintedDocument::AcceptanceReceipt, "acceptance_receipt"},
                                      {PrintedDocument::RefusalReceipt, "refusal_receipt"}},
               DocumentPrinter::documentName);
}

QTEST_GUILESS_MAIN(TestEnumCodes)
#include "TestEnumCodes.moc"

#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iin {

// What the complaint is about (rules, chapter 3).
enum class ComplaintSubject
{
    Application,              // a decision or (in)action on an application
    Officer,                  // an official of the service provider (migration police)
    StateCorporationEmployee, // paragraph 20
};

// To whom the complaint is addressed; decides which body reviews it and in what term.
enum class ComplaintAddressee
{
    ServiceProvider,      // paragraph 18: 5 working days
    QualityControl,       // paragraph 19: the quality-control authority, 15 (+10) working days
    StateCorporationHead, // paragraph 20: the head of the State Corporation
    InformatizationBody,  // paragraph 20: the authorized body for informatization
};

enum class ComplaintChannel
{
    InPerson,
    Post,
    Portal,
    Email,
};

// Where a complaint stands. Open → Forwarded → Decided, or Open → SatisfiedFavourably (the
// office itself adopted a favourable act within the 3 working days, so it is not forwarded),
// or Open → Decided when the complaint is not forwarded.
enum class ComplaintState
{
    Open,
    SatisfiedFavourably,
    Forwarded,
    Decided,
};

enum class ComplaintDecision
{
    None,
    Satisfied,
    Refused,
};

// One complaint as registered, with its outcome so far. Plain data; ComplaintRegister stores
// it. The complainant, contact and substance are personal data: reading them is audited.
// JSON spelling: docs/complaints.md.
struct Complaint
{
    Q_DECLARE_TR_FUNCTIONS(Complaint)

public:
    qint64 id = 0;
    ComplaintSubject subject = ComplaintSubject::Application;
    qint64 applicationId = 0;   // 0: not tied to an application
    QString registrationNumber; // of that application (read from the journal)
    QString subjectPerson;      // the officer or employee complained of
    ComplaintAddressee addressee = ComplaintAddressee::ServiceProvider;
    QDate received; // the registration date: terms count from the day after
    ComplaintChannel channel = ComplaintChannel::InPerson;
    QString complainant;
    QString contact;
    QString substance;
    // APC art. 92: when the complainant learned of the act, and whether the act said how to
    // appeal it (3 months to complain, 6 without such instructions). Invalid: not known.
    QDate actLearned;
    bool appealInstructionsGiven = true;
    // Paragraph 17: the complaint reached the office whose act it concerns, which must send it
    // with the case file to the reviewing body within 3 working days.
    bool forwardToReviewingBody = true;

    // The outcome so far.
    ComplaintState state = ComplaintState::Open;
    QDate favourableActOn;
    QString favourableActReference;
    QDate forwardedOn;
    QString forwardedTo;
    ComplaintDecision decision = ComplaintDecision::None;
    QDate decidedOn;
    QString decisionReference;
    int extensionDays = 0; // working days added to the review term, in total

    // The due dates computed when the complaint was last written (see ComplaintTerms).
    QDate storedForwardDue;
    QDate storedReviewDue;

    QString createdAt; // UTC ISO 8601
    QString createdBy;
    QString updatedAt;

    // Reads the registration JSON of `complaints add` (docs/complaints.md). The application is
    // given as "application" (id or registration number) and resolved by the caller:
    // `applicationRef` receives it.
    static Result<Complaint> fromJson(const QJsonObject& object, QString* applicationRef);

    // Paragraph 20: a complaint about a State Corporation employee goes to the head of the
    // State Corporation or to the authorized body for informatization; any other complaint may
    // go to any addressee. ComplaintRegister::add refuses the rest; the desk offers only these.
    static QList<ComplaintAddressee> addresseesFor(ComplaintSubject subject);
};

namespace ComplaintCodes {

QString subject(ComplaintSubject value);
QString addressee(ComplaintAddressee value);
QString channel(ComplaintChannel value);
QString state(ComplaintState value);
QString decision(ComplaintDecision value);
std::optional<ComplaintSubject> subjectFrom(const QString& code);
std::optional<ComplaintAddressee> addresseeFrom(const QString& code);
std::optional<ComplaintChannel> channelFrom(const QString& code);
std::optional<ComplaintState> stateFrom(const QString& code);
std::optional<ComplaintDecision> decisionFrom(const QString& code);
QStringList addresseeCodes();

} // namespace ComplaintCodes

} // namespace iin

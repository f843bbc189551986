#include "core/registry/RegistryAnswer.h"

#include "core/base/EnumCodes.h"
#include "core/person/Iin.h"
#include "core/registry/RegistryProtocol.h"
#include "core/registry/RegistryRequest.h"
#include "core/signing/RegistryAttestation.h"

#include <QCoreApplication>

namespace iin {

using namespace Qt::StringLiterals;

namespace {

using State = RegistryAnswer::State;

constexpr EnumCode<State> StateCodes[] = {
    {State::Formed, registry::StateFormed},
    {State::Existing, registry::StateExisting},
    {State::PendingReview, registry::StatePendingReview},
    {State::Rejected, registry::StateRejected},
};

Error malformed(const QString& what)
{
    return Error{
        u"malformed_answer"_s,
        QCoreApplication::translate("RegistryAnswer", "The registry's answer is malformed: %1")
            .arg(what)};
}

} // namespace

QString RegistryAnswer::stateToString(State state)
{
    return codeOf(StateCodes, state);
}

QJsonObject RegistryAnswer::toJson() const
{
    QJsonObject o{{u"idempotency_key"_s, RegistryRequest::keyToString(idempotencyKey)},
                  {u"state"_s, stateToString(state)},
                  {u"answered_at"_s, answeredAt.toUTC().toString(Qt::ISODate)}};
    if (!iin.isEmpty())
        o.insert(u"iin"_s, iin);
    if (state == State::Rejected)
        o.insert(u"reason"_s, reason);
    if (state == State::PendingReview)
        o.insert(u"review_id"_s, reviewId);
    if (!attestation.isEmpty())
        o.insert(u"attestation"_s, attestation);
    return o;
}

Result<RegistryAnswer> RegistryAnswer::fromJson(const QJsonObject& o)
{
    RegistryAnswer a;
    const QJsonValue key = o.value(u"idempotency_key"_s);
    const auto parsedKey =
        key.isString() ? RegistryRequest::keyFromString(key.toString()) : std::nullopt;
    if (!parsedKey)
        return malformed(u"idempotency_key"_s);
    a.idempotencyKey = *parsedKey;

    const QJsonValue state = o.value(u"state"_s);
    if (!state.isString())
        return malformed(u"state"_s);
    const std::optional<State> parsedState = valueOf(StateCodes, state.toString());
    if (!parsedState)
        return malformed(u"state"_s);
    a.state = *parsedState;

    const QJsonValue at = o.value(u"answered_at"_s);
    if (!at.isString())
        return malformed(u"answered_at"_s);
    a.answeredAt = QDateTime::fromString(at.toString(), Qt::ISODate);
    if (!a.answeredAt.isValid())
        return malformed(u"answered_at"_s);

    const QJsonValue iin = o.value(u"iin"_s);
    if (!iin.isUndefined()) {
        if (!iin.isString() || !Iin::parse(iin.toString()))
            return malformed(u"iin"_s);
        a.iin = iin.toString();
    }
    if (a.state == State::PendingReview) {
        // Nothing is decided: no IIN, no reason; the review's number for the officer.
        const QJsonValue review = o.value(u"review_id"_s);
        if (!iin.isUndefined())
            return malformed(u"iin"_s);
        if (!review.isDouble() || review.toDouble() < 1 || review.toDouble() > 9.0e15 ||
            review.toDouble() != double(qint64(review.toDouble())))
            return malformed(u"review_id"_s);
        a.reviewId = qint64(review.toDouble());
    } else if (a.state != State::Rejected && a.iin.isEmpty()) {
        return malformed(u"iin"_s);
    }

    const QJsonValue reason = o.value(u"reason"_s);
    if (a.state == State::Rejected) {
        if (!reason.isString() || reason.toString().isEmpty() || reason.toString().size() > 64)
            return malformed(u"reason"_s);
        a.reason = reason.toString();
    } else if (!reason.isUndefined()) {
        return malformed(u"reason"_s);
    }

    const QJsonValue attestation = o.value(u"attestation"_s);
    if (!attestation.isUndefined()) {
        const Result<RegistryAttestation> parsed =
            attestation.isString() ? RegistryAttestation::parse(attestation.toString().toUtf8())
                                   : Result<RegistryAttestation>(Error{});
        if (a.state == State::Rejected || !parsed || parsed->iin != a.iin)
            return malformed(u"attestation"_s);
        a.attestation = attestation.toString();
    }
    return a;
}

QJsonObject RegistryError::toJson() const
{
    return QJsonObject{
        {u"error"_s,
         QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"retryable"_s, retryable}}}};
}

Result<RegistryError> RegistryError::fromJson(const QJsonObject& o)
{
    const QJsonValue e = o.value(u"error"_s);
    if (!e.isObject())
        return malformed(u"error"_s);
    const QJsonObject eo = e.toObject();
    const QJsonValue code = eo.value(u"code"_s);
    const QJsonValue message = eo.value(u"message"_s);
    const QJsonValue retryable = eo.value(u"retryable"_s);
    if (!code.isString() || code.toString().isEmpty() || code.toString().size() > 64)
        return malformed(u"error.code"_s);
    if (!message.isString())
        return malformed(u"error.message"_s);
    if (!retryable.isBool())
        return malformed(u"error.retryable"_s);
    return RegistryError{code.toString(), message.toString().left(1000), retryable.toBool()};
}

} // namespace iin

#pragma once

#include "core/base/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace iin {

// The registry's answer to one IIN request (docs/registry-protocol.md, "Answers"). The same key
// always gets the same answer: this is what the registry stores under the key.
struct RegistryAnswer
{
    enum class State
    {
        Formed,   // a new IIN was formed for the person
        Existing, // the person already had this IIN (once and for life)
        Rejected, // a motivated refusal: see reason
        // Revision 2: the person may already have an IIN (name, birth date and citizenship
        // match, the document does not): a registry officer decides; ask by key later. Not a
        // final answer: nothing is written to the application but the wait.
        PendingReview,
    };

    QUuid idempotencyKey;
    State state = State::Rejected;
    QString iin;          // formed, existing; also on rejected/iin_already_registered
    QString reason;       // rejected only: a registry::Reason* code
    QDateTime answeredAt; // UTC
    qint64 reviewId = 0;  // pending_review only: the registry's review number, for its officer
    // formed, existing: the registry's signed RegistryAttestation of the IIN and the person
    // (encoded), when the registry signs; empty from a registry without a signing key.
    QString attestation;

    QJsonObject toJson() const;
    // Strict about the fields it knows (types, values, the IIN's shape); ignores fields it does
    // not know, so that the registry may add fields within protocol version 1.
    static Result<RegistryAnswer> fromJson(const QJsonObject& object);

    static QString stateToString(State state);

    friend bool operator==(const RegistryAnswer&, const RegistryAnswer&) = default;
};

// The body of every protocol error: {"error": {"code", "message", "retryable"}}.
struct RegistryError
{
    QString code;
    QString message; // English, for logs and supervisors; the desk shows its own text
    bool retryable = false;

    QJsonObject toJson() const;
    static Result<RegistryError> fromJson(const QJsonObject& object);
};

} // namespace iin

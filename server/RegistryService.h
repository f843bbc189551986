#pragma once

#include "core/registry/RegistryAnswer.h"
#include "core/registry/RegistryRequest.h"
#include "core/signing/SigningKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace iin::server {

class RegistryStore;

// What the registry says to one call: an HTTP status, a JSON body, and a short code for the log
// ("formed", "rejected:data_unreliable", "idempotency_key_reused"...), never personal data.
struct ServiceReply
{
    int httpStatus = 200;
    QJsonObject body;
    QString logCode;
    bool replayed = false;
};

// The registry's logic without HTTP: forms IINs, recognises people who already have one, and
// remembers every answer under its desk and idempotency key. The HTTP server and a desk that
// embeds a training registry both drive it. Rules: docs/registry-protocol.md.
class RegistryService
{
public:
    explicit RegistryService(RegistryStore& store) : m_store(store) {}

    ServiceReply submit(const QString& deskId, const QJsonObject& body);
    ServiceReply submitBatch(const QString& deskId, const QJsonObject& body);
    ServiceReply query(const QString& deskId, const QString& key);
    // POST /v1/desk-keys: certifies the calling desk's public key (DeskKeys).
    ServiceReply certifyDeskKey(const QString& deskId, const QJsonObject& body);
    // GET /v1/ready: 200 when the database answers, else 503 registry_unavailable.
    ServiceReply ready();
    // Requests waiting for an officer's decision now (for /v1/metrics); none when the database
    // does not answer.
    std::optional<qint64> reviewsWaiting();

    // Retry-After of a 503: a lost database connection is re-opened within seconds.
    static constexpr int RetryAfterSeconds = 2;

    // The registry's own key (iin-registryd --signing-key): it signs the attestation of every
    // formed/existing answer and certifies desk keys. None: answers carry no attestation.
    void setSigningKey(const SigningKey& key) { m_signingKey = key; }
    const SigningKey* signingKey() const { return m_signingKey ? &*m_signingKey : nullptr; }

    static ServiceReply error(int httpStatus, QStringView code, const QString& message);

    // An officer's decision on a request that waited (docs/registry.md, "Review"): the person
    // of `sameAs`, or a new person when it is empty. The final answer is made and recorded as an
    // ordinary request's is, under the desk's key; the desk gets it when it asks again.
    // Error codes: unknown_review, already_decided, unknown_iin, not_the_same, document_taken,
    // serials_exhausted, store.
    Result<RegistryAnswer> settleReview(qint64 reviewId, const std::optional<QString>& sameAs);

private:
    struct Decision; // the outcome of one attempt at one request
    struct Verdict;  // what the registry makes of a request, before it is recorded
    // One request in a transaction of its own (committed when it recorded an answer).
    Decision decide(const QString& deskId, const RegistryRequest& request, const QString& bodyHash);
    // One request inside the caller's transaction: neither commits nor rolls back.
    Decision decideIn(const QString& deskId, const RegistryRequest& request,
                      const QString& bodyHash);
    // A whole batch in one transaction (one commit, one fsync), each request behind a savepoint;
    // empty when the database failed: the caller falls back to a transaction per request.
    std::optional<QList<ServiceReply>> submitBatchTogether(const QString& deskId,
                                                           const QJsonArray& items);
    // Makes the answer a verdict gives and records it under the desk and key: the one place
    // for requests as they come and for an officer's decision (`byOfficer`).
    Decision answerWith(const QString& deskId, const RegistryRequest& request,
                        const QString& bodyHash, const Verdict& verdict, bool byOfficer);
    Result<RegistryAnswer> settleReviewOnce(qint64 reviewId, const std::optional<QString>& sameAs,
                                            bool* conflict);
    // Records an answer under the desk and key (new, or the final one in place of a
    // pending_review), inside the caller's transaction: the one path every answer takes, which also
    // signs a formed/existing answer's attestation (AnswerAttestations) into `answer`. False when
    // the database failed.
    bool recordAnswer(const QString& deskId, const RegistryRequest& request,
                      const QString& bodyHash, RegistryAnswer& answer, bool byOfficer);
    static ServiceReply replyFor(const Decision& d);
    static ServiceReply notAnObject();

    RegistryStore& m_store;
    std::optional<SigningKey> m_signingKey;
};

} // namespace iin::server

#include "server/AnswerAttestations.h"

#include "core/signing/RegistryAttestation.h"
#include "server/RegistryStore.h"

namespace iin::server {

using namespace Qt::StringLiterals;

bool AnswerAttestations::attach(RegistryStore& store, const SigningKey* key, const QString& deskId,
                                const RegistryRequest& request, RegistryAnswer& answer)
{
    if (!key || answer.state == RegistryAnswer::State::Rejected || answer.iin.isEmpty())
        return true;
    const Result<RegistryAttestation> a =
        RegistryAttestation::make(answer.iin, request.nameCyrillic, request.nameLatin,
                                  request.birthDate, answer.answeredAt.toUTC().date(), *key);
    if (!a)
        return true; // a name the signature format cannot carry: the answer goes unattested
    answer.attestation = QString::fromUtf8(a->encode());
    QSqlQuery* q = nullptr;
    return store.run(
        q,
        u"INSERT INTO answer_attestations (desk_id, idempotency_key, attestation) "
        "VALUES (?, ?, ?)"_s,
        {deskId, RegistryRequest::keyToString(answer.idempotencyKey), answer.attestation});
}

bool AnswerAttestations::load(RegistryStore& store, const QString& deskId,
                              const QString& idempotencyKey, RegistryAnswer& answer)
{
    QSqlQuery* q = nullptr;
    if (!store.run(q,
                   u"SELECT attestation FROM answer_attestations "
                   "WHERE desk_id = ? AND idempotency_key = ?"_s,
                   {deskId, idempotencyKey}))
        return false;
    if (q->next())
        answer.attestation = q->value(0).toString();
    q->finish();
    return true;
}

} // namespace iin::server

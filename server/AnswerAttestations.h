#pragma once

#include "core/registry/RegistryAnswer.h"
#include "core/registry/RegistryRequest.h"
#include "core/signing/SigningKey.h"

#include <QString>

namespace iin::server {

class RegistryStore;

// The registry's attestation on its answers (docs/registry-protocol.md, "Attestations"): every
// formed/existing answer, when it is recorded, gets the registry's signed RegistryAttestation of
// the IIN and the request's names and birth date, stored beside the answer so that a replay
// returns the same bytes. Without a signing key, answers carry none.
class AnswerAttestations
{
public:
    // Inside the caller's transaction, right after the answer's row was inserted: signs and
    // stores the attestation and puts it into `answer`. False when the database failed (the
    // caller's usual failure path: the transaction rolls back).
    static bool attach(RegistryStore& store, const SigningKey* key, const QString& deskId,
                       const RegistryRequest& request, RegistryAnswer& answer);
    // The attestation stored for an answer read back (replay, query); empty when none.
    static bool load(RegistryStore& store, const QString& deskId, const QString& idempotencyKey,
                     RegistryAnswer& answer);
};

} // namespace iin::server

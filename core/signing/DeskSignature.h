#pragma once

#include "core/signing/TrustStore.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace iin {

// What can be wrong with a desk's signature on a document it made (a certificate, an
// end-of-shift report): the checks every such document passes, worded by each verifier.
enum class DeskSignatureProblem
{
    None,
    UnknownKey,       // no registry of the trust store certified the key
    BadSignature,     // the bytes were altered or the signature forged
    Revoked,          // the registry revoked the key
    TrainingMismatch, // a training key on a real document, or a real key on a training one
    NotInService,     // the document is dated outside the key's certification
};

// Checks `signature` by the desk key `keyId` over `signedPart` for a document marked
// `training` (or not) and dated `date`. `found` receives the key when the store knows it.
DeskSignatureProblem checkDeskSignature(const TrustStore& trust, const QString& keyId,
                                        const QByteArray& signedPart, const QByteArray& signature,
                                        bool training, const QDate& date,
                                        std::optional<TrustedDeskKey>* found = nullptr);

} // namespace iin

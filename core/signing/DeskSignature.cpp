#include "core/signing/DeskSignature.h"

#include "core/signing/SigningKey.h"

namespace iin {

DeskSignatureProblem checkDeskSignature(const TrustStore& trust, const QString& keyId,
                                        const QByteArray& signedPart, const QByteArray& signature,
                                        bool training, const QDate& date,
                                        std::optional<TrustedDeskKey>* found)
{
    const std::optional<TrustedDeskKey> key = trust.findDeskKey(keyId);
    if (found)
        *found = key;
    if (!key)
        return DeskSignatureProblem::UnknownKey;
    if (!SigningKey::verify(key->certificate.publicKey, signedPart, signature))
        return DeskSignatureProblem::BadSignature;
    if (key->revokedOn)
        return DeskSignatureProblem::Revoked;
    if (key->training != training)
        return DeskSignatureProblem::TrainingMismatch;
    if (!key->certificate.covers(date))
        return DeskSignatureProblem::NotInService;
    return DeskSignatureProblem::None;
}

} // namespace iin

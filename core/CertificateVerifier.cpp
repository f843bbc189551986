#include "CertificateVerifier.h"

#include <sodium.h>

namespace iin {

QString Verification::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Genuine:
        return QStringLiteral("genuine");
    case Verdict::Training:
        return QStringLiteral("training");
    case Verdict::NotGenuine:
        return QStringLiteral("not_genuine");
    case Verdict::UnknownKey:
        return QStringLiteral("unknown_key");
    case Verdict::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

Verification CertificateVerifier::verify(const QByteArray& bytes, const TrustStore& trust,
                                         bool trustTraining)
{
    Verification v;
    auto parsed = CertificatePayload::parse(bytes);
    if (!parsed) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason = parsed.errorMessage();
        return v;
    }
    v.payload = parsed.value();
    const CertificatePayload& p = *v.payload;
    v.key = trust.find(p.keyId);
    if (!v.key) {
        v.verdict = Verification::Verdict::UnknownKey;
        v.reason = tr("The certificate is signed by the key \"%1\", which is not in the trust "
                      "store.")
                       .arg(p.keyId);
        return v;
    }
    if (sodium_init() < 0 ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(p.signature.constData()),
            reinterpret_cast<const unsigned char*>(p.signedPart().constData()),
            quint64(p.signedPart().size()),
            reinterpret_cast<const unsigned char*>(v.key->publicKey.constData())) != 0) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason = tr("The signature does not match the certificate's data: it was altered or "
                      "forged.");
        return v;
    }
    if (v.key->training != p.training) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason = v.key->training
                       ? tr("The training key signed a certificate not marked as training.")
                       : tr("A real key signed a certificate marked as training.");
        return v;
    }
    if (!v.key->coversIssueDate(p.issueDate)) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason =
            tr("The key \"%1\" was not in service on the certificate's issue date.").arg(p.keyId);
        return v;
    }
    if (p.training && !trustTraining) {
        v.verdict = Verification::Verdict::Training;
        v.reason = tr("A training certificate: it was made in training mode and proves nothing.");
        return v;
    }
    v.verdict = Verification::Verdict::Genuine;
    v.reason = p.training ? tr("A genuine training certificate (training keys are trusted here).")
                          : tr("Genuine: signed by %1.").arg(v.key->issuer);
    return v;
}

} // namespace iin

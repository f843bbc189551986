#pragma once

#include "CertificatePayload.h"
#include "TrustStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace iin {

// The verdict on one certificate's QR payload.
struct Verification
{
    enum class Verdict
    {
        Genuine,    // signed by a trusted key, untouched
        Training,   // a valid training certificate, and training keys are not trusted here
        NotGenuine, // altered, forged, or signed against the rules
        UnknownKey, // well formed, but signed by a key this verifier does not know
        Unreadable, // no certificate code could be read at all
    };

    Verdict verdict = Verdict::Unreadable;
    QString reason; // why, in the current language
    std::optional<CertificatePayload> payload;
    std::optional<TrustedKey> key;

    bool genuine() const { return verdict == Verdict::Genuine; }
    static QString verdictName(Verdict v); // "genuine", "training", "not_genuine", ...
};

// Checks a certificate's payload against a trust store. A certificate signed by a training key
// is genuine only when `trustTraining` says so (and must be marked training in any case).
class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerifier)

public:
    static Verification verify(const QByteArray& payload, const TrustStore& trust,
                               bool trustTraining = false);
};

} // namespace iin

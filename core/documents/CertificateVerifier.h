#pragma once

#include "core/documents/CertificatePayload.h"
#include "core/signing/TrustStore.h"

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
        Genuine,    // signed by trusted keys, untouched, within their validity
        Training,   // a valid training certificate, and training keys are not trusted here
        NotGenuine, // altered, forged, or signed against the rules
        UnknownKey, // well formed, but signed by a key this verifier does not know
        Unreadable, // no certificate code could be read at all
    };

    Verdict verdict = Verdict::Unreadable;
    QString reason; // why, in the current language
    std::optional<CertificatePayload> payload;
    std::optional<TrustedKey> key;         // the registry key
    std::optional<TrustedDeskKey> deskKey; // version 2: the desk key

    bool genuine() const { return verdict == Verdict::Genuine; }
    static QString verdictName(Verdict v); // "genuine", "training", "not_genuine", ...
};

// Checks a certificate's payload against a trust store. Version 2 is genuine only when the
// registry's attestation and the desk's signature both hold, the desk key is certified and not
// revoked, and the dates fall in the keys' validity windows; version 1 when its one registry
// signature holds. A certificate signed by training keys is genuine only when `trustTraining`
// says so (and must be marked training in any case).
class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerifier)

public:
    static Verification verify(const QByteArray& payload, const TrustStore& trust,
                               bool trustTraining = false);

private:
    static Status checkDesk(const CertificatePayload& p, const TrustStore& trust, Verification* v);
};

} // namespace iin

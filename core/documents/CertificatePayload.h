#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"
#include "core/documents/CertificateData.h"
#include "core/signing/RegistryAttestation.h"
#include "core/signing/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace iin {

// What the certificate's QR code carries: who the certificate is for and the signatures over
// it, so that anyone can check it offline (docs/certificate.md).
//
// Version 2 (what desks print): UTF-8 text, fields joined by '|':
//   IINC2|flags|IIN|certificate no.|surname|given|patronymic (Cyrillic)|
//   surname|given|patronymic (Latin)|birth YYYYMMDD|issued YYYYMMDD|
//   registry key id|attested YYYYMMDD|registry signature|desk key id|desk signature
// The registry's signature is its RegistryAttestation of the IIN, names and birth date (the
// verifier rebuilds the attested bytes from the payload's fields); the desk's signature is over
// every byte before it, the last '|' included, so it binds the certificate number and issue
// date to that attestation. Signatures in base64url without padding.
//
// Version 1 (certificates printed before; still verified):
//   IINC1|key id|flags|IIN|certificate no.|names (6)|birth|issued|signature
// one registry signature over every byte before it.
//
// Flags: "T" for a training certificate, empty otherwise. Text fields are canonical: Unicode
// NFC, inner whitespace collapsed to one space, trimmed; '|' and control characters refused.
struct CertificatePayload
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePayload)

public:
    static constexpr char16_t Magic[] = u"IINC1";
    static constexpr char16_t MagicV2[] = u"IINC2";
    static constexpr int FieldCount = 14;
    static constexpr int FieldCountV2 = 17;

    int version = 2;
    QString keyId; // v1: the registry key that signed; v2: the registry key of the attestation
    bool training = false;
    QString iin;
    QString certificateNumber;
    PersonName nameCyrillic;
    PersonName nameLatin;
    QDate birthDate;
    QDate issueDate;
    QByteArray signature;     // v1: over the payload; v2: the registry's attestation signature
    QDate attestedOn;         // v2
    QString deskKeyId;        // v2: the desk key that signed the certificate
    QByteArray deskSignature; // v2

    // The certificate's fields, canonicalized, not yet signed.
    static Result<CertificatePayload> fromCertificate(const CertificateData& data);

    // Version 1: one signature by `key` (its id goes into the payload). Training certificates
    // are signed only by the training key and real ones only by real keys.
    Status sign(const SigningKey& key);
    // Version 2: the registry's attestation of this IIN and person (refused unless it speaks of
    // exactly this person) and the desk's own signature by `deskKey`.
    Status sign(const RegistryAttestation& attestation, const SigningKey& deskKey);
    // Version 2: the attestation the payload carries (its signature not checked here).
    RegistryAttestation attestation() const;

    QByteArray signedPart() const; // the canonical bytes the last signature covers
    QByteArray encode() const;     // signedPart() + base64url(last signature)

    // Strict: anything not exactly what encode() would produce is refused.
    static Result<CertificatePayload> parse(const QByteArray& bytes);

    static QString canonical(const QString& text);
};

} // namespace iin

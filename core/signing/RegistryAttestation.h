#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"
#include "core/signing/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace iin {

// What only the registry knows, signed by the registry: this IIN was formed for (or already
// belonged to) the person of these names and this birth date. The registry sends it with every
// `formed` and `existing` answer; the desk keeps it with the IIN in the journal and copies it
// into the certificate's QR code (CertificatePayload, version 2), where a verifier checks it
// with the registry's public key. A desk cannot make one: it never holds the registry's key.
//
// Signed bytes, version 1 (docs/registry-protocol.md, "Attestations"): UTF-8, '|'-joined,
//   IINA1|registry key id|flags|IIN|surname|given|patronymic (Cyrillic)|
//   surname|given|patronymic (Latin)|birth YYYYMMDD|attested YYYYMMDD|
// followed in the encoded form by the Ed25519 signature in base64url without padding. Flags:
// "T" for the training registry's key, empty otherwise. Names canonical as in the certificate
// (canonicalText, core/signing/SignedText.h).
struct RegistryAttestation
{
    Q_DECLARE_TR_FUNCTIONS(RegistryAttestation)

public:
    static constexpr char16_t Magic[] = u"IINA1";
    static constexpr int FieldCount = 13;

    QString keyId; // the registry key that signed
    bool training = false;
    QString iin;
    PersonName nameCyrillic;
    PersonName nameLatin;
    QDate birthDate;
    QDate attestedOn; // the day the registry signed (its clock, UTC)
    QByteArray signature;

    // Canonicalizes the fields and signs them with the registry's key.
    static Result<RegistryAttestation> make(const QString& iin, const PersonName& cyrillic,
                                            const PersonName& latin, const QDate& birthDate,
                                            const QDate& attestedOn, const SigningKey& key);

    QByteArray signedPart() const;
    QByteArray encode() const; // signedPart() + base64url(signature)
    // Strict: anything not exactly what encode() would produce is refused.
    static Result<RegistryAttestation> parse(const QByteArray& bytes);

    bool verify(const QByteArray& publicKey) const;
    // Whether it speaks of this person: same IIN, birth date and (canonical) names.
    bool matches(const QString& iin, const PersonName& cyrillic, const PersonName& latin,
                 const QDate& birthDate) const;
};

} // namespace iin

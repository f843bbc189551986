#pragma once

#include "Application.h"
#include "CertificateData.h"
#include "Result.h"
#include "SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace iin {

// What the certificate's QR code carries: who the certificate is for and the issuing
// registry's Ed25519 signature over it, so that anyone can check it offline.
//
// Encoding, version 1 (docs/certificate.md): UTF-8 text, fields joined by '|':
//   IINC1|key id|flags|IIN|certificate no.|surname|given|patronymic (Cyrillic)|
//   surname|given|patronymic (Latin)|birth YYYYMMDD|issued YYYYMMDD|signature
// The signature (base64url, no padding) is over every byte before it, the last '|' included.
// Flags: "T" for a training certificate, empty otherwise. Text fields are canonical: Unicode
// NFC, inner whitespace collapsed to one space, trimmed; '|' and control characters refused.
struct CertificatePayload
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePayload)

public:
    static constexpr char16_t Magic[] = u"IINC1";
    static constexpr int FieldCount = 14;

    QString keyId;
    bool training = false;
    QString iin;
    QString certificateNumber;
    PersonName nameCyrillic;
    PersonName nameLatin;
    QDate birthDate;
    QDate issueDate;
    QByteArray signature; // SigningKey::SignatureBytes

    // The certificate's fields, canonicalized, not yet signed.
    static Result<CertificatePayload> fromCertificate(const CertificateData& data);

    // Signs with `key` (its id goes into the payload). Training certificates are signed only by
    // the training key and real ones only by real keys.
    Status sign(const SigningKey& key);

    QByteArray signedPart() const; // the canonical bytes the signature covers
    QByteArray encode() const;     // signedPart() + base64url(signature)

    // Strict: anything not exactly what encode() would produce is refused.
    static Result<CertificatePayload> parse(const QByteArray& bytes);

    static QString canonical(const QString& text);
};

} // namespace iin

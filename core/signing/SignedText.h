#pragma once

#include <QString>

namespace iin {

// The one text form that signatures cover: Unicode NFC, runs of white space made one space, no
// leading or trailing space. Certificates (CertificatePayload) and the registry's attestations
// (RegistryAttestation) both sign names in this form, so that a name compares equal in both.
inline QString canonicalText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace iin

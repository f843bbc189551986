#pragma once

#include "core/base/Result.h"
#include "core/documents/CertificateData.h"
#include "core/documents/CertificatePayload.h"
#include "core/signing/SigningKey.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace iin {

// The registration certificate (тіркеу куәлігі / регистрационное свидетельство) on one page:
// Kazakh and Russian, the IIN prominent, the person's data, and a QR code with the signed
// payload (CertificatePayload). Draws on any paged device: QPdfWriter, QPrinter.
class CertificateLayout
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)

public:
    // Signs the certificate's payload with `key` and paints the page. Returns the signed
    // payload (what the QR code holds) so that the caller can keep it with the record.
    // Version 1 (one registry signature): kept for verifying old certificates in tests and
    // benchmarks; desks print version 2.
    static Result<CertificatePayload> paint(const CertificateData& data, const SigningKey& key,
                                            QPagedPaintDevice* device);
    // Version 2: the registry's attestation from the journal and the desk's own key.
    static Result<CertificatePayload> paint(const CertificateData& data,
                                            const RegistryAttestation& attestation,
                                            const SigningKey& deskKey, QPagedPaintDevice* device);
    // Version 2 with an attestation made here by `registryKey`: only for keys whose secret is
    // no secret — the training keys and a preview's throwaway keys. A real registry key never
    // reaches a desk.
    static Result<CertificatePayload> paintWithOwnKeys(const CertificateData& data,
                                                       const SigningKey& registryKey,
                                                       const SigningKey& deskKey,
                                                       QPagedPaintDevice* device);
    // Paints the page around a payload already signed.
    static Status paintSigned(const CertificateData& data, const CertificatePayload& payload,
                              QPagedPaintDevice* device);
};

} // namespace iin

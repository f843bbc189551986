#pragma once

#include "CertificateData.h"
#include "CertificatePayload.h"
#include "Result.h"
#include "SigningKey.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace iin {

// The registration certificate (тіркеу куәлігі / регистрационное свидетельство) on one page:
// Kazakh and Russian, the IIN prominent, the person's data, and a QR code with the payload
// signed by the issuing registry's key. Draws on any paged device: QPdfWriter, QPrinter.
class CertificateLayout
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)

public:
    // Signs the certificate's payload with `key` and paints the page. Returns the signed
    // payload (what the QR code holds) so that the caller can keep it with the record.
    static Result<CertificatePayload> paint(const CertificateData& data, const SigningKey& key,
                                            QPagedPaintDevice* device);
};

} // namespace iin

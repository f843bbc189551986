#pragma once

#include "core/documents/CertificateVerifier.h"
#include "core/office/ShiftReportPayload.h"
#include "core/signing/TrustStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace iin {

struct ShiftReportVerification
{
    Verification::Verdict verdict = Verification::Verdict::Unreadable;
    QString reason;
    std::optional<ShiftReportPayload> payload;
    std::optional<TrustedDeskKey> deskKey;

    bool genuine() const { return verdict == Verification::Verdict::Genuine; }
};

// Checks an end-of-shift report's QR payload as a certificate's desk signature is checked
// (checkDeskSignature): signed by a desk key a trusted registry certified, not revoked, in service
// on the day it was made, training only for a training report and trusted only when training
// keys are.
class ShiftReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportVerifier)

public:
    static ShiftReportVerification verify(const QByteArray& payload, const TrustStore& trust,
                                          bool trustTraining = false);
    // The report's code among the codes read off a page (QrReader); empty when there is none.
    static QByteArray pick(const QList<QByteArray>& codes);
};

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/documents/CertificateData.h"
#include "core/office/ShiftReportData.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace iin {

// The printed end-of-shift report, in Kazakh and Russian (fixed pairs, whatever the interface
// language): A4, numbered pages, the office, desk, operator and period, the counts, the blanks
// with every spoiled serial, the exceptions by registration number (no personal names), and the
// desk's signature as a QR code (ShiftReportPayload) that `iin-desk-cli report verify` checks.
class ShiftReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportLayout)

public:
    // `signedPayload`: ShiftReportPayload::encode() of this report, signed.
    static Status paint(const ShiftReportData& report, const BilingualText& officeName,
                        const QByteArray& signedPayload, QPagedPaintDevice* device);
};

} // namespace iin

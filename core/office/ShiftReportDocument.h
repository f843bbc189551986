#pragma once

#include "core/base/Result.h"
#include "core/documents/CertificateData.h"
#include "core/office/ShiftReportData.h"
#include "core/signing/SigningKey.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace iin {

// The printed end-of-shift report, signed: what the command line and the desk share.
class ShiftReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportDocument)

public:
    // The key that signs a report: the training desk key on a training desk, else the desk's
    // own key from `keyFile` (empty: desk-signing.key beside the journal at `journalPath`).
    static Result<SigningKey> signingKey(bool training, const QString& keyFile,
                                         const QString& journalPath);
    // Signs the report's payload with `key` and paints the pages; answers the key's id.
    static Result<QString> paint(const ShiftReportData& report, const BilingualText& office,
                                 const SigningKey& key, QPagedPaintDevice* device);
    static Result<QString> writePdf(const ShiftReportData& report, const BilingualText& office,
                                    const SigningKey& key, const QString& path);
    static QString title(); // the PDF's title, both languages
};

} // namespace iin

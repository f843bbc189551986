#include "core/office/ShiftReportDocument.h"

#include "core/documents/DocumentPdf.h"
#include "core/office/ShiftReportLayout.h"
#include "core/office/ShiftReportPayload.h"
#include "core/registry/DeskKeyStore.h"

namespace iin {

Result<SigningKey> ShiftReportDocument::signingKey(bool training, const QString& keyFile,
                                                   const QString& journalPath)
{
    if (training)
        return SigningKey::trainingDesk();
    return SigningKey::load(keyFile.isEmpty() ? DeskKeyStore::defaultKeyFile(journalPath)
                                              : keyFile);
}

Result<QString> ShiftReportDocument::paint(const ShiftReportData& report,
                                           const BilingualText& office, const SigningKey& key,
                                           QPagedPaintDevice* device)
{
    Result<ShiftReportPayload> payload = ShiftReportPayload::fromReport(report);
    if (!payload)
        return payload.error();
    if (Status s = payload->sign(key); !s)
        return s.error();
    if (Status s = ShiftReportLayout::paint(report, office, payload->encode(), device); !s)
        return s.error();
    return payload->deskKeyId;
}

Result<QString> ShiftReportDocument::writePdf(const ShiftReportData& report,
                                              const BilingualText& office, const SigningKey& key,
                                              const QString& path)
{
    QString keyId;
    const Status written = DocumentPdf::write(path, title(), [&](QPagedPaintDevice* device) {
        Result<QString> painted = paint(report, office, key, device);
        if (!painted)
            return Status(painted.error());
        keyId = *painted;
        return Status();
    });
    if (!written)
        return written.error();
    return keyId;
}

QString ShiftReportDocument::title()
{
    return QStringLiteral("Ауысым соңындағы есеп / Отчет за смену");
}

} // namespace iin

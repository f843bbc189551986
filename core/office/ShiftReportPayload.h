#pragma once

#include "core/base/Result.h"
#include "core/office/ShiftReportData.h"
#include "core/signing/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace iin {

// What the end-of-shift report's QR code carries, signed by the desk's key so that anyone can
// check the printed figures offline, as a certificate is checked (docs/office.md). UTF-8 text,
// fields joined by '|':
//   IINR1|flags|desk key id|office|desk|operator|from YYYYMMDD|to YYYYMMDD|made YYYYMMDD|
//   12 counts joined by ','|6 blank figures joined by ','|exceptions|SHA-256 of the JSON|
//   signature
// Flags "T" for a training desk. The counts in the order of the JSON's keys as the report lists
// them (received … handed_over); the blanks begin, received, issued, spoiled, returned, on hand.
// The hash (base64url) is over the report's canonical JSON (ShiftReportJson::canonical): the
// figures printed and that file were one report. The signature (Ed25519, base64url without padding)
// is over every byte before it, the last '|' included.
struct ShiftReportPayload
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportPayload)

public:
    static constexpr char16_t Magic[] = u"IINR1";
    static constexpr int FieldCount = 14;
    static constexpr int Counts = 12;
    static constexpr int Blanks = 6;

    bool training = false;
    QString deskKeyId;
    QString office;
    QString desk;
    QString operatorId; // empty: the whole desk
    QDate from, to;
    QDate made; // the day it was made (UTC): the desk key must be in service then
    QList<qint64> counts;
    QList<qint64> blanks;
    qint64 exceptions = 0;
    QByteArray jsonHash; // SHA-256, 32 bytes
    QByteArray signature;

    // The report's figures, not yet signed.
    static Result<ShiftReportPayload> fromReport(const ShiftReportData& report);
    Status sign(const SigningKey& deskKey);

    QByteArray signedPart() const;
    QByteArray encode() const;
    // Strict: anything not exactly what encode() would produce is refused.
    static Result<ShiftReportPayload> parse(const QByteArray& bytes);
};

} // namespace iin

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iin {

// Why a certificate is printed again (a DUPLICATE); the codes are what the audit trail, the
// command line and the office's report of reprints use (docs/office.md).
enum class ReprintReason
{
    Lost,         // the applicant lost the certificate
    Damaged,      // the certificate was damaged
    SpoiledBlank, // the print before came out spoiled on its blank
    Correction,   // printed again after a correction
    Other,
};

QString reprintReasonCode(ReprintReason reason); // "lost", "damaged", "spoiled_blank", ...
std::optional<ReprintReason> reprintReasonFrom(const QString& code);
QList<ReprintReason> reprintReasons();
QStringList reprintReasonCodes();

// The reasons' labels in the interface language.
class ReprintReasonLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReprintReasonLabels)

public:
    static QString label(ReprintReason reason);
};

} // namespace iin

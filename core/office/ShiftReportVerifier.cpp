#include "core/office/ShiftReportVerifier.h"

#include "core/signing/DeskSignature.h"

namespace iin {

ShiftReportVerification ShiftReportVerifier::verify(const QByteArray& bytes,
                                                    const TrustStore& trust, bool trustTraining)
{
    using Verdict = Verification::Verdict;
    ShiftReportVerification v;
    Result<ShiftReportPayload> parsed = ShiftReportPayload::parse(bytes);
    if (!parsed) {
        v.verdict = Verdict::NotGenuine;
        v.reason = parsed.errorMessage();
        return v;
    }
    v.payload = *parsed;
    const ShiftReportPayload& p = *v.payload;
    const DeskSignatureProblem problem = checkDeskSignature(
        trust, p.deskKeyId, p.signedPart(), p.signature, p.training, p.made, &v.deskKey);
    v.verdict = Verdict::NotGenuine;
    switch (problem) {
    case DeskSignatureProblem::None:
        break;
    case DeskSignatureProblem::UnknownKey:
        v.verdict = Verdict::UnknownKey;
        v.reason = tr("The report was signed by the desk key \"%1\", which no registry of this "
                      "trust store certified.")
                       .arg(p.deskKeyId);
        return v;
    case DeskSignatureProblem::BadSignature:
        v.reason = tr("The desk's signature does not match the report's figures: they were "
                      "altered or forged.");
        return v;
    case DeskSignatureProblem::Revoked:
        v.reason = tr("The desk key \"%1\" was revoked by the registry: reports it signed prove "
                      "nothing.")
                       .arg(p.deskKeyId);
        return v;
    case DeskSignatureProblem::TrainingMismatch:
        v.reason = p.training ? tr("A real desk key signed a report marked as training.")
                              : tr("The training desk key signed a report not marked as "
                                   "training.");
        return v;
    case DeskSignatureProblem::NotInService:
        v.reason = tr("The desk key \"%1\" was not in service on the day the report was made.")
                       .arg(p.deskKeyId);
        return v;
    }
    if (p.training && !trustTraining) {
        v.verdict = Verdict::Training;
        v.reason = tr("A training report: it was made in training mode and proves nothing.");
        return v;
    }
    v.verdict = Verdict::Genuine;
    v.reason = p.training ? tr("A genuine training report (training keys are trusted here).")
                          : tr("Genuine: signed by desk %1.").arg(v.deskKey->certificate.deskId);
    return v;
}

QByteArray ShiftReportVerifier::pick(const QList<QByteArray>& codes)
{
    const QByteArray magic = QString::fromUtf16(ShiftReportPayload::Magic).toLatin1() + '|';
    for (const QByteArray& code : codes)
        if (code.startsWith(magic))
            return code;
    return {};
}

} // namespace iin

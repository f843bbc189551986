#include "core/documents/CertificateVerifier.h"

#include "core/signing/DeskSignature.h"

#include "core/base/EnumCodes.h"

namespace iin {

namespace {

using Verdict = Verification::Verdict;

constexpr EnumCode<Verdict> VerdictCodes[] = {
    {Verdict::Genuine, u"genuine"},        {Verdict::Training, u"training"},
    {Verdict::NotGenuine, u"not_genuine"}, {Verdict::UnknownKey, u"unknown_key"},
    {Verdict::Unreadable, u"unreadable"},
};

} // namespace

QString Verification::verdictName(Verdict v)
{
    return codeOf(VerdictCodes, v);
}

Status CertificateVerifier::checkDesk(const CertificatePayload& p, const TrustStore& trust,
                                      Verification* v)
{
    const auto notGenuine = [](const QString& why) {
        return Status(Error{QStringLiteral("not_genuine"), why});
    };
    const DeskKeyCertificate* desk = nullptr;
    const DeskSignatureProblem problem = checkDeskSignature(
        trust, p.deskKeyId, p.signedPart(), p.deskSignature, p.training, p.issueDate, &v->deskKey);
    if (v->deskKey)
        desk = &v->deskKey->certificate;
    switch (problem) {
    case DeskSignatureProblem::None:
        break;
    case DeskSignatureProblem::UnknownKey:
        return Error{QStringLiteral("unknown_key"),
                     tr("The certificate was signed by the desk key \"%1\", which no registry "
                        "of this trust store certified.")
                         .arg(p.deskKeyId)};
    case DeskSignatureProblem::BadSignature:
        return notGenuine(tr("The desk's signature does not match the certificate's data: it was "
                             "altered or forged."));
    case DeskSignatureProblem::Revoked:
        return notGenuine(tr("The desk key \"%1\" (desk %2) was revoked by the registry: "
                             "certificates it signed prove nothing.")
                              .arg(p.deskKeyId, desk->deskId));
    case DeskSignatureProblem::TrainingMismatch:
        return notGenuine(v->deskKey->training
                              ? tr("The training desk key signed a certificate not marked as "
                                   "training.")
                              : tr("A real desk key signed a certificate marked as training."));
    case DeskSignatureProblem::NotInService:
        return notGenuine(tr("The desk key \"%1\" was not in service on the certificate's issue "
                             "date.")
                              .arg(p.deskKeyId));
    }
    if (p.attestedOn > p.issueDate)
        return notGenuine(tr("The certificate is dated before the registry attested its IIN."));
    return {};
}

Verification CertificateVerifier::verify(const QByteArray& bytes, const TrustStore& trust,
                                         bool trustTraining)
{
    Verification v;
    auto parsed = CertificatePayload::parse(bytes);
    if (!parsed) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason = parsed.errorMessage();
        return v;
    }
    v.payload = parsed.value();
    const CertificatePayload& p = *v.payload;
    v.key = trust.find(p.keyId);
    if (!v.key) {
        v.verdict = Verification::Verdict::UnknownKey;
        v.reason = tr("The certificate is signed by the key \"%1\", which is not in the trust "
                      "store.")
                       .arg(p.keyId);
        return v;
    }
    const bool registrySigned =
        p.version == 1 ? SigningKey::verify(v.key->publicKey, p.signedPart(), p.signature)
                       : p.attestation().verify(v.key->publicKey);
    if (!registrySigned) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason = p.version == 1
                       ? tr("The signature does not match the certificate's data: it was "
                            "altered or forged.")
                       : tr("The registry's signature does not match the IIN, names and birth "
                            "date: they were altered or forged.");
        return v;
    }
    if (v.key->training != p.training) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason = v.key->training
                       ? tr("The training key signed a certificate not marked as training.")
                       : tr("A real key signed a certificate marked as training.");
        return v;
    }
    // Version 2: the registry key signed on the attestation's day; version 1: on the issue day.
    if (!v.key->coversIssueDate(p.version == 1 ? p.issueDate : p.attestedOn)) {
        v.verdict = Verification::Verdict::NotGenuine;
        v.reason =
            tr("The key \"%1\" was not in service on the certificate's issue date.").arg(p.keyId);
        return v;
    }
    if (p.version != 1) {
        if (Status desk = checkDesk(p, trust, &v); !desk) {
            v.verdict = desk.error().code == u"unknown_key" ? Verification::Verdict::UnknownKey
                                                            : Verification::Verdict::NotGenuine;
            v.reason = desk.errorMessage();
            return v;
        }
    }
    if (p.training && !trustTraining) {
        v.verdict = Verification::Verdict::Training;
        v.reason = tr("A training certificate: it was made in training mode and proves nothing.");
        return v;
    }
    v.verdict = Verification::Verdict::Genuine;
    if (p.training)
        v.reason = tr("A genuine training certificate (training keys are trusted here).");
    else if (p.version == 1)
        v.reason = tr("Genuine: signed by %1.").arg(v.key->issuer);
    else
        v.reason = tr("Genuine: attested by %1, printed by desk %2.")
                       .arg(v.key->issuer, v.deskKey->certificate.deskId);
    return v;
}

} // namespace iin

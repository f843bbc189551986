#include "core/rules/CompletenessCheck.h"

#include "core/application/ApplicationValidator.h"
#include "core/rules/RuleSetData.h"

#include <algorithm>

namespace iin {

bool CompletenessCheck::applies(const Requirement& r, const Application& a)
{
    if (!(r.channels & (1u << unsigned(a.channel))) || !(r.bases & (1u << unsigned(a.basis))))
        return false;
    if (r.representative && *r.representative != a.representative.has_value())
        return false;
    if (r.documentInCyrillicOrLatin) {
        // Without a document there is nothing to translate (the Annex 2 case).
        if (!a.identityDocument ||
            a.identityDocument->hasCyrillicOrLatinData != *r.documentInCyrillicOrLatin)
            return false;
    }
    return true;
}

namespace {

// The message and code suffix of what keeps `r` unmet, or nullptr when it is met.
const LocalizedText* unmet(const Requirement& r, const Application& a, QStringView& suffix)
{
    if (r.signature && !a.signature.present)
        return &r.missing;
    if (!r.attachment)
        return nullptr;
    bool any = false;
    bool certified = false;
    bool electronic = false;
    for (const Attachment& at : a.attachments) {
        if (at.kind != *r.attachment)
            continue;
        any = true;
        // One attachment must carry every qualifier asked for.
        if ((!r.certified || at.certified) && (!r.electronic || at.electronic)) {
            certified = electronic = true;
            break;
        }
        certified = certified || at.certified;
        electronic = electronic || at.electronic;
    }
    if (!any)
        return &r.missing;
    if (r.certified && !certified) {
        suffix = u".not_certified";
        return &r.notCertified;
    }
    if (r.electronic && !electronic) {
        suffix = u".not_electronic";
        return &r.notElectronic;
    }
    if (r.notarized && !(a.representative && a.representative->powerOfAttorney.notarized)) {
        suffix = u".not_notarized";
        return &r.notNotarized;
    }
    return nullptr;
}

} // namespace

CheckResult CompletenessCheck::check(const Application& application, const RuleSet& rules,
                                     const Catalogue& messages)
{
    CheckResult result;
    result.rules = rules.id();
    result.findings = ApplicationValidator::validate(application, messages);
    const QString language = messages.code();
    for (const Requirement& r : rules.data().requirements) {
        if (!applies(r, application))
            continue;
        QStringView suffix;
        if (const LocalizedText* message = unmet(r, application, suffix)) {
            result.findings.append({r.id + suffix, r.reference.in(language), r.severity, r.field,
                                    message->in(language)});
        }
    }
    result.complete =
        std::none_of(result.findings.cbegin(), result.findings.cend(),
                     [](const Finding& f) { return f.severity != Severity::Warning; });
    return result;
}

} // namespace iin

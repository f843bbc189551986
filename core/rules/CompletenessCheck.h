#pragma once

#include "core/application/Application.h"
#include "core/base/Catalogue.h"
#include "core/base/Finding.h"
#include "core/rules/RuleSet.h"

#include <QCoreApplication>

namespace iin {

struct Requirement;

struct CheckResult
{
    bool complete = false; // no finding of severity MissingDocument or InvalidField
    QString rules;         // the rule-set edition applied
    Findings findings;
};

// Paragraph 7 item 1: checks an application against a rule set: field validity and the
// documents of Annex 3 row 8 for its channel, representative, translation and Annex 2 basis.
class CompletenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(CompletenessCheck)

public:
    // The findings' messages and references are in the language of `messages`: the
    // interface's by default, Kazakh and Russian for the receipt of refusal.
    static CheckResult check(const Application& application, const RuleSet& rules,
                             const Catalogue& messages = Catalogue::installed());
    // Whether a requirement of the rule set concerns this application at all (its channel,
    // basis, representative, document script): the desk's checklist lists these, met or not.
    static bool applies(const Requirement& requirement, const Application& application);
};

} // namespace iin

#include "core/journal/Intake.h"

#include "core/application/ApplicationJson.h"
#include "core/rules/CompletenessCheck.h"

namespace iin {

Intake Intake::from(const Application& application, const CheckResult& check)
{
    Intake intake;
    intake.application = application;
    intake.json = ApplicationJson::toBytes(application);
    intake.rulesEdition = check.rules;
    intake.findings = check.findings;
    return intake;
}

} // namespace iin

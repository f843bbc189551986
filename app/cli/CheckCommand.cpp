#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/application/ApplicationJson.h"
#include "core/rules/CompletenessCheck.h"
#include "core/rules/RuleSet.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace iin::cli {

int runCheckCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Checks an application (JSON, see docs/application-format.md) for completeness "
               "against the rules. Exit 0 when complete, 1 when not, 2 when the input is "
               "unreadable or malformed."));
    cl.addPositional(QStringLiteral("file"),
                     QCoreApplication::translate("Cli", "The application file, or - for "
                                                        "standard input."),
                     QStringLiteral("<file.json|->"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        QCoreApplication::translate("Cli", "The rule edition to apply (default: the one in "
                                           "force on the date of submission)."),
        QStringLiteral("edition"));
    cl.parser().addOption(rulesOption);
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    const auto bytes = readApplicationInput(cl.positionals().constFirst());
    if (!bytes)
        return ExitBadInput;
    const ApplicationParse parsed = ApplicationJson::parse(*bytes);
    if (!parsed.problems.isEmpty()) {
        for (const Problem& p : parsed.problems)
            printError(p.message);
        return ExitBadInput;
    }
    const Application& application = *parsed.application;

    const Result<RuleSet> rules =
        cl.parser().isSet(rulesOption)
            ? RuleSet::edition(cl.parser().value(rulesOption))
            : RuleSet::effectiveOn(application.submittedOn.isValid() ? application.submittedOn
                                                                     : QDate::currentDate());
    if (!rules) {
        printError(rules.errorMessage());
        return ExitBadInput;
    }

    const CheckResult result = CompletenessCheck::check(application, *rules);
    printJson({{QStringLiteral("complete"), result.complete},
               {QStringLiteral("rules"), result.rules},
               {QStringLiteral("findings"), findingsToJson(result.findings)}});
    return result.complete ? ExitOk : ExitNegative;
}

} // namespace iin::cli

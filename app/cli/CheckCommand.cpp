#include "CliCommands.h"
#include "CliSupport.h"

#include "ApplicationJson.h"
#include "CompletenessCheck.h"
#include "RuleSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace iin::cli {

namespace {

// Reads at most one byte past the limit, so a huge file or stream is refused without being
// loaded whole.
std::optional<QByteArray> readInput(const QString& name)
{
    QFile file;
    const bool opened = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QCoreApplication::translate("Cli", "Cannot read %1: %2.")
                       .arg(name, file.errorString()));
        return std::nullopt;
    }
    QByteArray bytes;
    const qsizetype limit = ApplicationJson::MaxBytes + 1;
    while (bytes.size() < limit) {
        const QByteArray chunk = file.read(limit - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

} // namespace

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

    const auto bytes = readInput(cl.positionals().constFirst());
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
    QJsonArray findings;
    for (const Finding& f : result.findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), severityToString(f.severity)},
                                    {QStringLiteral("field"), f.field},
                                    {QStringLiteral("message"), f.message}});
    }
    printJson({{QStringLiteral("complete"), result.complete},
               {QStringLiteral("rules"), result.rules},
               {QStringLiteral("findings"), findings}});
    return result.complete ? ExitOk : ExitNegative;
}

} // namespace iin::cli

#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"
#include "core/desk/DeskSettings.h"

#include "core/application/ApplicationJson.h"
#include "core/application/RegistrationNumber.h"
#include "core/store/Database.h"
#include "core/usecases/RegisterApplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace iin::cli {

namespace {

QJsonArray duplicatesToJson(const QList<DuplicateMatch>& matches)
{
    QJsonArray array;
    for (const DuplicateMatch& m : matches) {
        QJsonObject o = entryToJson(m.entry);
        o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons));
        array.append(o);
    }
    return array;
}

// Scanned files named in the application and lying beside it are stored with it. A name with
// a folder in it is not followed: the JSON must not make the desk read files elsewhere.
std::optional<QList<QByteArray>> attachmentContents(const Application& application,
                                                    const QString& jsonFile)
{
    QList<QByteArray> contents;
    const QDir folder = jsonFile == u"-" ? QDir::current() : QFileInfo(jsonFile).absoluteDir();
    for (const Attachment& a : application.attachments) {
        const QFileInfo file(folder.filePath(a.fileName));
        if (a.fileName.isEmpty() || a.fileName.contains(u'/') || a.fileName.contains(u'\\') ||
            a.fileName.startsWith(u'.') || !file.isFile()) {
            contents.append(QByteArray());
            continue;
        }
        QFile f(file.absoluteFilePath());
        if (f.size() > MaxAttachmentBytes || !f.open(QIODevice::ReadOnly)) {
            printError(QCoreApplication::translate("Cli", "Cannot read the attachment %1.")
                           .arg(file.absoluteFilePath()));
            return std::nullopt;
        }
        contents.append(f.readAll());
    }
    return contents;
}

} // namespace

int runSubmitCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Checks an application against the rules in force and registers it in the "
               "journal (queued for the registry), or records the refusal when the package is "
               "incomplete. Prints the outcome as JSON. Exit 0 registered, 1 refused as "
               "incomplete, 2 bad input, 3 when the journal cannot be written."));
    addStoreOptions(cl);
    QCommandLineParser& p = cl.parser();
    // The desk's own settings, so that the CLI registers under the same office and desk codes.
    const DeskSettings deskSettings =
        DeskSettings::load(QSettings(QStringLiteral("IIN Desk"), QStringLiteral("iin-desk")));
    p.addOptions({
        {QStringLiteral("office"),
         QCoreApplication::translate("Cli", "The office code (2-8 of A-Z 0-9)."),
         QStringLiteral("code"), deskSettings.officeCodeInUse()},
        {QStringLiteral("desk"),
         QCoreApplication::translate("Cli", "The desk code within the office (1-4 of A-Z 0-9)."),
         QStringLiteral("code"), deskSettings.deskCodeInUse()},
        {QStringLiteral("rules"),
         QCoreApplication::translate("Cli", "The rule edition to apply (default: the one in "
                                            "force on the date of submission)."),
         QStringLiteral("edition")},
    });
    cl.addPositional(QStringLiteral("file"),
                     QCoreApplication::translate("Cli", "The application file, or - for "
                                                        "standard input."),
                     QStringLiteral("<file.json|->"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    DeskContext desk{p.value(QStringLiteral("office")), p.value(QStringLiteral("desk")), {}};
    for (const Status& s :
         {RegistrationNumber::checkOffice(desk.office), RegistrationNumber::checkDesk(desk.desk)}) {
        if (!s) {
            printError(s.errorMessage());
            return ExitBadInput;
        }
    }
    const QString file = cl.positionals().constFirst();
    const auto bytes = readApplicationInput(file);
    if (!bytes)
        return ExitBadInput;
    const ApplicationParse parsed = ApplicationJson::parse(*bytes);
    if (!parsed.problems.isEmpty()) {
        for (const Problem& problem : parsed.problems)
            printError(problem.message);
        return ExitBadInput;
    }
    // Everything about the input is told before the journal is opened: the rules, the scans.
    RegisterRequest request;
    request.application = *parsed.application;
    const Result<CheckResult> check = RegisterApplication::check(
        request.application, p.isSet(QStringLiteral("rules"))
                                 ? std::optional<QString>(p.value(QStringLiteral("rules")))
                                 : std::nullopt);
    if (!check) {
        printError(check.errorMessage());
        return ExitBadInput;
    }
    request.rulesEdition = check->rules;
    request.attachmentContents = attachmentContents(request.application, file);
    if (!request.attachmentContents)
        return ExitBadInput;
    // The likely duplicates are printed (a view of those applications, recorded), not asked about.
    request.duplicateWarning = DuplicateWarning::Report;

    auto store = openSignedIn(p, {Permission::TakeApplication, Permission::TakeAnnex2});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    std::unique_ptr<Database>& db = std::get<SignedInStore>(store).db;
    desk.operatorId = std::get<SignedInStore>(store).operatorId;
    request.desk = desk;
    const Result<RegisterOutcome> outcome = RegisterApplication::run(*db, request);
    if (!outcome) {
        printError(outcome.errorMessage());
        return ExitFailure;
    }

    const QJsonValue null(QJsonValue::Null);
    QJsonObject out{{QStringLiteral("rules"), outcome->check.rules},
                    {QStringLiteral("findings"), findingsToJson(outcome->check.findings)},
                    {QStringLiteral("duplicates"), duplicatesToJson(outcome->duplicates)}};
    out.insert(QStringLiteral("application_id"), outcome->applicationId);
    if (outcome->kind == RegisterOutcome::Kind::Registered) {
        out.insert(QStringLiteral("registration_number"), outcome->registration.registrationNumber);
        out.insert(QStringLiteral("status"),
                   ApplicationStatuses::toString(ApplicationStatus::Registered));
        printJson(out);
        return ExitOk;
    }
    out.insert(QStringLiteral("registration_number"), null);
    out.insert(QStringLiteral("status"),
               ApplicationStatuses::toString(ApplicationStatus::RefusedAtIntake));
    printJson(out);
    return ExitNegative;
}

} // namespace iin::cli

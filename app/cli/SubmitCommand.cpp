#include "app/cli/CliCommands.h"
#include "core/desk/DeskSettings.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/application/ApplicationJson.h"
#include "core/rules/CompletenessCheck.h"
#include "core/store/Database.h"
#include "core/application/RegistrationNumber.h"
#include "core/rules/RuleSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace iin::cli {

namespace {

constexpr qint64 MaxAttachmentBytes = 50 * 1024 * 1024;

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
         QStringLiteral("code"),
         deskSettings.officeCode.isEmpty() ? QStringLiteral("TRAIN") : deskSettings.officeCode},
        {QStringLiteral("desk"),
         QCoreApplication::translate("Cli", "The desk code within the office (1-4 of A-Z 0-9)."),
         QStringLiteral("code"),
         deskSettings.deskCode.isEmpty() ? QStringLiteral("1") : deskSettings.deskCode},
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
    const Application& application = *parsed.application;
    const QDate day =
        application.submittedOn.isValid() ? application.submittedOn : QDate::currentDate();
    const Result<RuleSet> rules = p.isSet(QStringLiteral("rules"))
                                      ? RuleSet::edition(p.value(QStringLiteral("rules")))
                                      : RuleSet::effectiveOn(day);
    if (!rules) {
        printError(rules.errorMessage());
        return ExitBadInput;
    }
    const CheckResult check = CompletenessCheck::check(application, *rules);
    Intake intake = Intake::from(application, check);
    const auto contents = attachmentContents(application, file);
    if (!contents)
        return ExitBadInput;
    intake.attachmentContents = *contents;

    auto store = openSignedIn(p, {Permission::TakeApplication, Permission::TakeAnnex2});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    std::unique_ptr<Database>& db = std::get<SignedInStore>(store).db;
    desk.operatorId = std::get<SignedInStore>(store).operatorId;
    Journal journal(*db);
    // The likely duplicates are printed: a view of those applications, recorded.
    const Result<QList<DuplicateMatch>> duplicates =
        journal.warnOfDuplicates(application, desk.operatorId);
    if (!duplicates) {
        printError(duplicates.errorMessage());
        return ExitFailure;
    }

    const QJsonValue null(QJsonValue::Null);
    QJsonObject out{{QStringLiteral("rules"), check.rules},
                    {QStringLiteral("findings"), findingsToJson(check.findings)},
                    {QStringLiteral("duplicates"), duplicatesToJson(*duplicates)}};
    if (check.complete) {
        const Result<Registration> r = journal.registerApplication(intake, desk);
        if (!r) {
            printError(r.errorMessage());
            return ExitFailure;
        }
        out.insert(QStringLiteral("application_id"), r->applicationId);
        out.insert(QStringLiteral("registration_number"), r->registrationNumber);
        out.insert(QStringLiteral("status"),
                   ApplicationStatuses::toString(ApplicationStatus::Registered));
        printJson(out);
        return ExitOk;
    }
    const Result<qint64> id = journal.refuseAtIntake(intake, desk);
    if (!id) {
        printError(id.errorMessage());
        return ExitFailure;
    }
    out.insert(QStringLiteral("application_id"), *id);
    out.insert(QStringLiteral("registration_number"), null);
    out.insert(QStringLiteral("status"),
               ApplicationStatuses::toString(ApplicationStatus::RefusedAtIntake));
    printJson(out);
    return ExitNegative;
}

} // namespace iin::cli

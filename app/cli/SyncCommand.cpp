#include "app/cli/CliCommands.h"
#include "app/cli/SignIn.h"
#include "app/cli/StoreOptions.h"

#include "core/base/Clock.h"
#include "core/base/SecretFile.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"
#include "server/TrainingRegistry.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace iin::cli {

using namespace Qt::StringLiterals;

namespace {

// The desk credential for `registry`, from (in this order) --desk-token-file, the environment
// variable IIN_DESK_TOKEN, or the desk's own settings when they name the same registry. Never from
// the command line: /proc/<pid>/cmdline and the shell's history are readable by others.
Result<QString> deskTokenFor(const QCommandLineParser& p, const QString& registry)
{
    if (p.isSet(u"desk-token-file"_s))
        return SecretFile::read(p.value(u"desk-token-file"_s), u"--desk-token-file"_s);
    if (const QString env = qEnvironmentVariable("IIN_DESK_TOKEN"); !env.isEmpty())
        return env.trimmed();
    // The desk program's settings (not this tool's): a credential is sent only to the registry
    // it was configured for, never to another address named on the command line.
    const QSettings desk(QSettings::UserScope, QCoreApplication::organizationName(), u"iin-desk"_s);
    const RegistrySettings stored = RegistrySettings::load(desk);
    const auto same = [](const QString& a, const QString& b) {
        return QUrl(a.trimmed()).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments) ==
               QUrl(b.trimmed()).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    };
    if (!stored.url.isEmpty() && same(stored.url, registry) && !stored.deskToken.isEmpty())
        return stored.deskToken;
    return Error{u"cli.no_token"_s,
                 QCoreApplication::translate(
                     "Cli", "--registry needs the desk credential: set the environment variable "
                            "IIN_DESK_TOKEN, or name a file with --desk-token-file (readable by "
                            "its owner only), or configure this registry in the desk's "
                            "settings.")};
}

} // namespace

int runSyncCommand(const QStringList& arguments)
{
    CommandLine cl(QCoreApplication::translate(
        "Cli", "Sends the queued applications to the registry and records its answers. Without "
               "--registry the embedded training registry is used (a local file beside the "
               "journal). Prints {\"sent\", \"formed\", \"existing\", \"rejected\", \"pending\"} "
               "as JSON. Exit 0 when the queue is empty, 1 when entries remain pending, 2 bad "
               "arguments, 3 failure."));
    addStoreOptions(cl);
    QCommandLineParser& p = cl.parser();
    p.addOptions({
        {u"registry"_s,
         QCoreApplication::translate("Cli", "The registry's address, e.g. https://registry:8443."),
         u"url"_s},
        {u"desk-token-file"_s,
         QCoreApplication::translate(
             "Cli", "A file whose first line is the desk credential issued by the registry "
                    "(<desk-id>:<secret>); it must be readable by its owner only. Without it: the "
                    "environment variable IIN_DESK_TOKEN, then the desk's settings."),
         u"file"_s},
        {u"ca"_s,
         QCoreApplication::translate("Cli", "A PEM file with the registry's certificate or its "
                                            "private CA."),
         u"file"_s},
        {u"until-empty"_s, QCoreApplication::translate(
                               "Cli", "Keep going, waiting out retry delays, until the queue is "
                                      "empty (or --timeout).")},
        {u"timeout"_s,
         QCoreApplication::translate("Cli", "Stop after this many seconds (0: no limit)."),
         u"seconds"_s, u"0"_s},
        {u"max-delay"_s,
         QCoreApplication::translate("Cli", "The longest wait between two attempts of one entry, "
                                            "in seconds (default 3600)."),
         u"seconds"_s, u"3600"_s},
        {u"batch"_s,
         QCoreApplication::translate("Cli", "Requests per batch, 1 to 100 (default 100)."), u"n"_s,
         u"100"_s},
    });
    // Known, so that it is refused with a reason rather than as an unknown option.
    QCommandLineOption tokenOnCommandLine(u"desk-token"_s, QString(), u"token"_s);
    tokenOnCommandLine.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(tokenOnCommandLine);
    if (auto exit = cl.parse(arguments))
        return *exit;

    bool ok = false;
    const double timeout = p.value(u"timeout"_s).toDouble(&ok);
    bool delayOk = false;
    const double maxDelay = p.value(u"max-delay"_s).toDouble(&delayOk);
    bool batchOk = false;
    const int batch = p.value(u"batch"_s).toInt(&batchOk);
    if (!ok || timeout < 0 || !delayOk || maxDelay < 0.1 || !batchOk || batch < 1 ||
        batch > registry::MaxBatchItems) {
        printError(QCoreApplication::translate(
            "Cli", "--timeout, --max-delay and --batch need numbers in their ranges. See --help."));
        return ExitBadInput;
    }
    if (p.isSet(tokenOnCommandLine)) {
        printError(QCoreApplication::translate(
            "Cli", "--desk-token is refused: a credential on the command line can be read by "
                   "every user of this computer. Pass it in the environment variable "
                   "IIN_DESK_TOKEN or in a file named by --desk-token-file (readable by its "
                   "owner only)."));
        return ExitBadInput;
    }
    if (p.isSet(u"desk-token-file"_s) && !p.isSet(u"registry"_s)) {
        printError(QCoreApplication::translate(
            "Cli", "--desk-token-file needs --registry (the training registry needs no "
                   "credential)."));
        return ExitBadInput;
    }
    RegistrySettings settings;
    settings.url = p.value(u"registry"_s);
    settings.caFile = p.value(u"ca"_s);
    if (!settings.url.isEmpty()) {
        Result<QString> token = deskTokenFor(p, settings.url);
        if (!token) {
            printError(token.errorMessage());
            return ExitBadInput;
        }
        settings.deskToken = *token;
        if (Result<RegistryConnection> c = RegistryConnection::fromSettings(settings); !c) {
            printError(c.errorMessage());
            return ExitBadInput;
        }
    }

    auto store = openSignedIn(p, {Permission::SyncNow});
    if (const int* exit = std::get_if<int>(&store))
        return *exit;
    std::unique_ptr<Database>& db = std::get<SignedInStore>(store).db;
    Result<RegistryLink> link =
        RegistryLink::open(settings, db->path(), &server::TrainingRegistry::start);
    if (!link) {
        printError(link.errorMessage());
        return ExitFailure;
    }

    SyncWorker::Options options;
    options.databasePath = db->path();
    options.endpoint = link->connection.endpoint();
    options.training = link->connection.isTraining();
    options.operatorId = std::get<SignedInStore>(store).operatorId;
    options.batchSize = batch;
    options.pollInterval = std::chrono::milliseconds(1000);
    const auto maxDelayMs = std::chrono::milliseconds(qint64(maxDelay * 1000));
    options.backoff.maximum = std::chrono::duration_cast<std::chrono::seconds>(
        std::max<std::chrono::milliseconds>(maxDelayMs, std::chrono::seconds(1)));
    options.backoff.initial = std::min(options.backoff.initial, options.backoff.maximum);

    SyncWorker worker(options);
    QEventLoop loop;
    const bool untilEmpty = p.isSet(u"until-empty"_s);
    QObject::connect(&worker, &SyncWorker::caughtUp, &loop, [&] {
        if (!untilEmpty || worker.state().pending == 0)
            loop.quit();
    });
    if (timeout > 0)
        QTimer::singleShot(qint64(timeout * 1000), &loop, &QEventLoop::quit);
    worker.start();
    loop.exec();
    worker.stop();

    const SyncState s = worker.state();
    const Result<OutboxCounts> counts = Outbox(*db).counts(
        Clock::currentDateTimeUtc().addSecs(-qint64(SyncWorker::Options().overdueAfter.count())),
        SyncWorker::attentionCodes());
    if (!counts) {
        printError(counts.errorMessage());
        return ExitFailure;
    }
    const int pending = counts->pending + counts->inFlight;
    printJson(QJsonObject{{u"sent"_s, s.sent},
                          {u"formed"_s, s.formed},
                          {u"existing"_s, s.existing},
                          {u"rejected"_s, s.rejected},
                          {u"pending"_s, pending},
                          {u"attention"_s, counts->attention},
                          {u"overdue"_s, counts->overdue},
                          {u"training"_s, s.training},
                          {u"last_error"_s, s.lastError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(s.lastError)}});
    return pending == 0 ? ExitOk : ExitNegative;
}

} // namespace iin::cli

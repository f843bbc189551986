// iin-registryd: the reference registry. Usage and deployment: docs/registry.md.
#include "core/base/SecretFile.h"
#include "server/CommandExit.h"
#include "server/ConnectionLimiter.h"
#include "server/DeskCredentials.h"
#include "server/OfficerCommands.h"
#include "server/RegistryHttpServer.h"
#include "server/RegistryService.h"
#include "server/RegistryStore.h"
#include "server/RegistryWorkers.h"
#include "server/ServiceManager.h"
#include "server/SigningCommands.h"
#include "server/StopSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <sys/stat.h>

using namespace iin;
using namespace iin::server;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Everything the registry creates (its SQLite database, -wal, -shm, logs written beside it)
    // is its own account's alone: persons, document numbers and IINs.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"iin-registryd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IIN_DESK_VERSION));
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"_s);

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main", "The IIN registry. Commands: serve (default), add-desk, disable-desk, "
                "enable-desk, duplicates, review list|show ID|decide ID, keygen, trust-file, "
                "revoke-desk-key."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(u"command"_s, u"serve | add-desk | disable-desk | enable-desk | "
                                          "duplicates | review | keygen | trust-file | "
                                          "revoke-desk-key"_s);
    const QCommandLineOption listen(
        u"listen"_s, u"Address to listen on, host:port (port 0: any)."_s, u"host:port"_s);
    const QCommandLineOption db(u"db"_s, u"SQLite database file."_s, u"file"_s);
    const QCommandLineOption postgres(
        u"postgres"_s, u"PostgreSQL connection (libpq key=value), without a password."_s,
        u"conninfo"_s);
    const QCommandLineOption postgresPasswordFile(
        u"postgres-password-file"_s,
        u"File whose first line is the PostgreSQL password (owner-only). Without it libpq's "
        "PGPASSFILE or ~/.pgpass is used."_s,
        u"file"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"TLS certificate chain (PEM)."_s, u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"TLS private key (PEM)."_s, u"file"_s);
    const QCommandLineOption desks(u"desks"_s, u"Desks file: \"desk-id sha256-hex\" lines."_s,
                                   u"file"_s);
    const QCommandLineOption desk(
        u"desk"_s, u"Desk id (add-desk, disable-desk, enable-desk, revoke-desk-key)."_s, u"id"_s);
    const QCommandLineOption requestTimeout(u"request-timeout"_s,
                                            u"Milliseconds a client may take to send one "
                                            "request (default 30000)."_s,
                                            u"ms"_s, u"30000"_s);
    // Connections and operations (docs/registry.md, "Connections" and "Metrics").
    const QCommandLineOption maxConnections(
        u"max-connections"_s,
        u"Connections open at once (default: from the open-files limit, which is raised to its "
        "hard limit at start)."_s,
        u"n"_s);
    const QCommandLineOption maxPerAddress(
        u"max-connections-per-address"_s,
        u"Connections open at once from one client address (default 256)."_s, u"n"_s, u"256"_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s,
        u"Milliseconds a connection with no request in progress is kept (default 15000)."_s,
        u"ms"_s, u"15000"_s);
    const QCommandLineOption metricsTokenFile(
        u"metrics-token-file"_s,
        u"File whose first line is the bearer token for /v1/metrics from other addresses than "
        "loopback (owner-only)."_s,
        u"file"_s);
    const QCommandLineOption sameAs(u"same-as"_s, u"review decide: the person of this IIN."_s,
                                    u"IIN"_s);
    const QCommandLineOption newPerson(u"new-person"_s, u"review decide: a new person."_s);
    const QCommandLineOption workers(
        u"workers"_s,
        u"Worker threads, each with its own database connection (default: PostgreSQL two per "
        "core and at least 4; SQLite 3: one writer, two readers). 0: one thread for all."_s,
        u"n"_s);
    p.addOptions({listen, db, postgres, postgresPasswordFile, tlsCert, tlsKey, desks, desk,
                  requestTimeout, maxConnections, maxPerAddress, idleTimeout, metricsTokenFile,
                  sameAs, newPerson, workers});
    signing::addOptions(p);
    p.process(app);

    const QStringList args = p.positionalArguments();
    const QString command = args.isEmpty() ? u"serve"_s : args.first();
    if (args.size() > 1 && command != u"review")
        return fail(u"one command at a time"_s, ExitUsage);
    if (const std::optional<int> exit = signing::runWithoutStore(command, p))
        return *exit;
    if (p.isSet(db) == p.isSet(postgres))
        return fail(u"give exactly one of --db and --postgres"_s, ExitUsage);

    if (p.isSet(postgresPasswordFile) && !p.isSet(postgres))
        return fail(u"--postgres-password-file goes with --postgres"_s, ExitUsage);
    QString postgresPassword;
    if (p.isSet(postgresPasswordFile)) {
        const Result<QString> secret =
            SecretFile::read(p.value(postgresPasswordFile), u"--postgres-password-file"_s);
        if (!secret)
            return fail(secret.errorMessage(), ExitUsage);
        postgresPassword = *secret;
    }

    Result<std::unique_ptr<RegistryStore>> store =
        p.isSet(db) ? RegistryStore::openSqlite(p.value(db))
                    : RegistryStore::openPostgres(p.value(postgres), postgresPassword);
    if (!store)
        return fail(store.errorMessage(),
                    store.error().code == u"store.password_in_conninfo" ? ExitUsage : ExitFailure);
    DeskCredentials credentials(**store);
    if (const std::optional<int> exit = signing::run(command, p, **store))
        return *exit;

    if (command == u"add-desk" || command == u"disable-desk" || command == u"enable-desk") {
        if (!p.isSet(desk))
            return fail(u"--desk is required"_s, ExitUsage);
        if (command == u"add-desk") {
            const Result<QString> token = credentials.addDesk(p.value(desk));
            if (!token)
                return fail(token.errorMessage());
            // The only time the token is shown: the registry keeps its hash alone.
            QTextStream(stdout) << *token << '\n';
            return ExitOk;
        }
        const Status st = credentials.setEnabled(p.value(desk), command == u"enable-desk");
        return st ? ExitOk : fail(st.errorMessage());
    }
    if (command == u"duplicates" || command == u"review") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        RegistryService service(**store);
        // An officer's decision is an answer like any other: signed when the registry signs.
        if (!signing::configureService(p, service))
            return ExitUsage;
        return command == u"duplicates"
                   ? OfficerCommands::duplicates(**store, out, err)
                   : OfficerCommands::review(**store, service, args.mid(1),
                                             p.isSet(sameAs) ? std::optional(p.value(sameAs))
                                                             : std::nullopt,
                                             p.isSet(newPerson), out, err);
    }
    if (command != u"serve")
        return fail(u"unknown command \"%1\""_s.arg(command), ExitUsage);

    if (p.isSet(desks)) {
        if (Status st = credentials.loadFile(p.value(desks)); !st)
            return fail(st.errorMessage());
    }
    ListenOptions options;
    const QString hostPort = p.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&portOk) : -1;
    options.address = QHostAddress(hostPort.left(colon).remove(u'[').remove(u']'));
    if (!portOk || port < 0 || port > 65535 || options.address.isNull())
        return fail(u"--listen needs host:port, e.g. 127.0.0.1:8443"_s, ExitUsage);
    options.port = quint16(port);
    if (p.isSet(tlsCert) != p.isSet(tlsKey))
        return fail(u"--tls-cert and --tls-key go together"_s, ExitUsage);
    options.tlsCertificateFile = p.value(tlsCert);
    options.tlsKeyFile = p.value(tlsKey);
    bool timeoutOk = false;
    const int timeoutMs = p.value(requestTimeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutMs < 100)
        return fail(u"--request-timeout needs milliseconds (100 or more)"_s, ExitUsage);
    options.limits.requestTimeout = std::chrono::milliseconds(timeoutMs);
    {
        // Connections: every one is a descriptor, so the limit on descriptors is raised first
        // and the default cap sized from it (ConnectionLimiter).
        const quint64 openFiles = ConnectionLimiter::raiseOpenFilesLimit();
        bool ok = true;
        if (p.isSet(maxConnections))
            options.limits.maxConnections = p.value(maxConnections).toInt(&ok);
        if (!ok || options.limits.maxConnections < 0 ||
            (p.isSet(maxConnections) && options.limits.maxConnections == 0))
            return fail(u"--max-connections needs a number (1 or more)"_s, ExitUsage);
        options.limits.maxConnectionsPerAddress = p.value(maxPerAddress).toInt(&ok);
        if (!ok || options.limits.maxConnectionsPerAddress < 1)
            return fail(u"--max-connections-per-address needs a number (1 or more)"_s, ExitUsage);
        const int idleMs = p.value(idleTimeout).toInt(&ok);
        if (!ok || idleMs < 100)
            return fail(u"--idle-timeout needs milliseconds (100 or more)"_s, ExitUsage);
        options.limits.idleTimeout = std::chrono::milliseconds(idleMs);
        if (options.limits.maxConnections == 0)
            options.limits.maxConnections = ConnectionLimiter::defaultMaxConnections(openFiles);
        else if (quint64(options.limits.maxConnections) >= openFiles)
            qWarning().noquote() << u"--max-connections %1 is not below the open-files limit %2: "
                                    "the registry may run out of descriptors"_s
                                        .arg(options.limits.maxConnections)
                                        .arg(openFiles);
        if (p.isSet(metricsTokenFile)) {
            const Result<QString> token =
                SecretFile::read(p.value(metricsTokenFile), u"--metrics-token-file"_s);
            if (!token)
                return fail(token.errorMessage(), ExitUsage);
            if (token->trimmed().isEmpty())
                return fail(u"--metrics-token-file: the file holds no token"_s, ExitUsage);
            options.metricsToken = token->trimmed();
        }
        qInfo().noquote() << u"connections: at most %1 open, %2 from one address; open-files "
                             "limit %3"_s.arg(options.limits.maxConnections)
                                 .arg(options.limits.maxConnectionsPerAddress)
                                 .arg(openFiles);
    }

    int workerCount = RegistryWorkers::defaultCount((*store)->kind());
    if (p.isSet(workers)) {
        bool ok = false;
        workerCount = p.value(workers).toInt(&ok);
        if (!ok || workerCount < 0 || workerCount > 1024)
            return fail(u"--workers needs a number from 0 to 1024"_s, ExitUsage);
    }
    // An in-memory SQLite database is one per connection: one thread must serve it all.
    const QString sqliteFile = p.value(db);
    if (p.isSet(db) && (sqliteFile.isEmpty() || sqliteFile.startsWith(u':')))
        workerCount = 0;

    RegistryService service(**store);
    if (!signing::configureService(p, service))
        return ExitUsage;
    RegistryHttpServer server(service, credentials);
    std::unique_ptr<RegistryWorkers> pool;
    if (workerCount > 0) {
        RegistryWorkers::Setup setup;
        const QString conninfo = p.value(postgres);
        setup.openStore = [sqliteFile, conninfo, postgresPassword, sqlite = p.isSet(db)] {
            return sqlite ? RegistryStore::openSqlite(sqliteFile)
                          : RegistryStore::openPostgres(conninfo, postgresPassword);
        };
        setup.desksFrom = &credentials;
        setup.signingKey = service.signingKey();
        setup.workers = workerCount;
        setup.oneWriter = (*store)->kind() == RegistryStore::Kind::Sqlite;
        Result<std::unique_ptr<RegistryWorkers>> started = RegistryWorkers::start(setup);
        if (!started)
            return fail(started.errorMessage());
        pool = std::move(started).value();
        server.useWorkers(pool.get());
    }
#ifdef IIN_REGISTRY_TEST_BUILD
    // Fault injection for the sync tests (docs/sync.md), compiled into the test-only build
    // iin-registryd-test alone: an inherited variable must never break a production registry.
    if (const QString fault = qEnvironmentVariable("IIN_REGISTRY_FAULT"); !fault.isEmpty()) {
        bool ok = false;
        const int every = fault.section(u':', 1).toInt(&ok);
        if (fault.section(u':', 0, 0) != u"drop-after-commit" || !ok || every < 2)
            return fail(u"IIN_REGISTRY_FAULT must be drop-after-commit:N"_s, ExitUsage);
        server.setDropAfterCommitEvery(every);
        QTextStream(stderr) << "iin-registryd: TEST FAULT: of every " << every
                            << " answers, all but the last are dropped after commit\n";
    }
#endif
    // SIGTERM or SIGINT: stop accepting, finish what is in flight, exit 0 (docs/registry.md).
    Result<std::unique_ptr<StopSignals>> stopSignals = StopSignals::install();
    if (!stopSignals)
        return fail(stopSignals.errorMessage());
    QObject::connect(stopSignals->get(), &StopSignals::stopRequested, &server, [&server] {
        ServiceManager::notifyStopping();
        server.stop();
    });
    QObject::connect(&server, &RegistryHttpServer::stopped, &app,
                     [] { QCoreApplication::exit(0); });
    if (Status st = server.listen(options); !st)
        return fail(st.errorMessage());
    // Tests and scripts read the real port from this line when they asked for port 0.
    QTextStream(stdout) << "iin-registryd listening on " << options.address.toString() << ':'
                        << server.port() << (server.usesTls() ? " (TLS)" : "") << Qt::endl;
    ServiceManager::notifyReady();
    const int exit = app.exec();
    // The workers end before the server they report to.
    pool.reset();
    return exit;
}

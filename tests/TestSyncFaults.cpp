// The sync end to end with real processes on loopback: iin-registryd over SQLite and
// iin-desk-cli sync. The registry is SIGKILLed while 1000 applications drain, the desk's sync
// is SIGKILLed mid-way, and the registry commits and then drops the connection before answering
// (its test-only fault hook). Afterwards every application has exactly one IIN, no IIN belongs
// to two people (journal and registry checked against each other), and the audit chain holds.
#include "core/application/ApplicationJson.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"
#include "tests/RegistryTestSupport.h"
#include "tests/ShiftedClock.h"
#include "tests/StoreTestData.h"
#include "tests/SyncTestSupport.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace iin;
using namespace iin::test;

namespace {

const QString DeskId = "ALM01-02";

// A registry process on a fixed port (restarts come back where the desk expects them).
struct Registry
{
    QTemporaryDir* dir;
    RegistryBackend backend;
    RegistryProcess process;
    QString token;
    quint16 port = 0;

    QString file() const { return backend.args.value(1); }
    QString url() const { return "http://127.0.0.1:" + QString::number(port); }
    bool start(QString* why)
    {
        const QStringList listen =
            port ? QStringList{"--listen", "127.0.0.1:" + QString::number(port)} : QStringList();
        if (!process.start(backend, listen, why))
            return false;
        port = process.port();
        return true;
    }
};

std::unique_ptr<Registry> makeRegistry(QTemporaryDir& dir)
{
    auto r = std::make_unique<Registry>();
    r->dir = &dir;
    r->backend.args = {"--db", dir.filePath("registry.sqlite")};
    r->token = addDesk(r->backend, DeskId);
    return r;
}

// The desk credential goes in the environment, never on the command line.
QStringList syncArgs(const QString& db, const Registry& r)
{
    return {"sync", "--db", db, "--registry", r.url()};
}

QProcessEnvironment deskEnv(const QString& token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("IIN_DESK_TOKEN", token);
    return env;
}

// The permission bits of a file (0600...), -1 when it does not exist.
int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

// Every /proc/<pid>/cmdline that holds `needle`, as "pid: cmdline".
QStringList commandLinesHolding(const QByteArray& needle)
{
    QStringList found;
    const QStringList entries = QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : entries) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile f("/proc/" + pid + "/cmdline");
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray line = f.readAll();
            if (line.contains(needle))
                found << pid + ": " + QString::fromUtf8(line).replace(QChar(0), ' ');
        }
    }
    return found;
}

// Nothing left to send or answer, as the journal says (the worker's state may not have seen
// entries just queued).
bool drained(const QString& journal)
{
    std::unique_ptr<Database> db = openOrFail(journal);
    return db && scalar(*db, "SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')")
                         .toInt() == 0;
}

qint64 auditCount(const QString& journal, const QString& action)
{
    std::unique_ptr<Database> db = openOrFail(journal);
    return db ? scalar(*db, "SELECT count(*) FROM audit_log WHERE action = '" + action + "'")
                    .toLongLong()
              : -1;
}

QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
}

// Runs the CLI to completion with a longer limit than runCli's.
ProcessResult runLong(const QStringList& args, int ms = 180000,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    ProcessResult r;
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trainingRegistryByDefault();
    void registryDownLeavesEntriesPending();
    void badArguments();
    void registryKilledWhileDraining();
    void deskSyncKilledMidway();
    void answerDroppedAfterCommit();
    void tokenNeverOnTheCommandLine();
    void deskTokenOnTheCommandLineIsRefused();
    void deskTokenFileMustBePrivate();
    void deskTokenFromTheDeskSettings();
    void plainHttpOnlyToThisComputer();
    void registryFilesArePrivate();
    void faultInjectionOnlyInTheTestBuild();
    void clockSetBackDuringDrain();
    void clockSkewWarnedOncePerEpisode();
};

void TestSyncFaults::initTestCase()
{
    // The registry with its fault hook (IIN_REGISTRY_FAULT) compiled in.
    useRegistryd(QStringLiteral(IIN_REGISTRYD_PATH));
}

void TestSyncFaults::trainingRegistryByDefault()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    // Filled the way a clerk does it: `submit` with application files.
    for (int i = 0; i < 5; ++i) {
        const QString file = dir.filePath(QString("app%1.json").arg(i));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ApplicationJson::toBytes(sampleApplication(i)));
        f.close();
        const ProcessResult r =
            runCli({"submit", file, "--db", db, "--office", "ALM01", "--desk", "02"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    ProcessResult r = runLong({"sync", "--db", db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject out = lastJsonLine(r.out);
    QCOMPARE(out.value("formed").toInt(), 5);
    QCOMPARE(out.value("pending").toInt(), 0);
    QCOMPARE(out.value("training").toBool(), true);
    QVERIFY(QFile::exists(dir.filePath("training-registry.sqlite")));
    // The training registry holds applicants' data like the journal: as private.
    QCOMPARE(octal(modeOf(dir.filePath("training-registry.sqlite"))), octal(0600));
    // The log names registration numbers and result codes, never a name or an IIN.
    QVERIFY(r.err.contains("ALM01-02-"));
    QVERIFY(r.err.contains("formed"));
    // No IIN: neither those formed here nor anything shaped like one (the registry's random hex
    // request ids may hold twelve digits in a row, but never as a word of their own).
    QVERIFY(!QString::fromUtf8(r.err).contains(QRegularExpression("\\b\\d{12}\\b")));
    const ProcessResult listed = runCli({"list", "--db", db});
    int iins = 0;
    for (const QByteArray& line : listed.out.split('\n')) {
        const QString iin = QJsonDocument::fromJson(line).object().value("iin").toString();
        if (iin.isEmpty())
            continue;
        ++iins;
        QVERIFY2(!r.err.contains(iin.toUtf8()), qPrintable(iin));
    }
    QCOMPARE(iins, 5);
    QVERIFY(!r.err.contains("QASYMOV"));
    QVERIFY(!QString::fromUtf8(r.err).contains("Қасымов"));

    const SyncInvariants inv =
        checkSyncInvariants(db, dir.filePath("training-registry.sqlite"), "TRAINING", 5);
    QVERIFY2(inv.ok, qPrintable(inv.why));

    // Nothing left: a second run sends nothing.
    r = runLong({"sync", "--db", db});
    QCOMPARE(r.exitCode, 0);
    out = lastJsonLine(r.out);
    QCOMPARE(out.value("sent").toInt(), 0);
    QString why;
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncFaults::registryDownLeavesEntriesPending()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 4));
    // A port bound but never listened on: connections are refused, and no test running in
    // parallel can be handed the same port while this socket holds it.
    const int holder = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(holder >= 0);
    const auto release = qScopeGuard([holder] { ::close(holder); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::bind(holder, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    QVERIFY(::getsockname(holder, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);
    const ProcessResult r =
        runLong({"sync", "--db", db, "--registry", "http://127.0.0.1:" + QString::number(port)},
                180000, deskEnv("ALM01-02:x"));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject out = lastJsonLine(r.out);
    QCOMPARE(out.value("pending").toInt(), 4);
    QCOMPARE(out.value("formed").toInt(), 0);
    QVERIFY(!out.value("last_error").toString().isEmpty());
    // Each entry carries the error and a next attempt.
    const ProcessResult show = runCli({"show", "1", "--db", db});
    QVERIFY2(show.out.contains("network"), show.out.constData());
}

void TestSyncFaults::badArguments()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QCOMPARE(runCli({"sync", "--db", db, "--registry", "http://127.0.0.1:1"}).exitCode, 2);
    QCOMPARE(runCli({"sync", "--db", db, "--batch", "500"}).exitCode, 2);
    QCOMPARE(runLong({"sync", "--db", db, "--registry", "ftp://x"}, 30000, deskEnv("a:b")).exitCode,
             2);
    QCOMPARE(
        runLong({"sync", "--db", db, "--registry", "http://127.0.0.1:1"}, 30000, deskEnv("nocolon"))
            .exitCode,
        2);
    QCOMPARE(runCli({"sync", "--db", db, "--timeout", "soon"}).exitCode, 2);
    // A file that is not a journal: failure.
    QFile junk(dir.filePath("junk.sqlite"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all, just text that goes on for a while");
    junk.close();
    QCOMPARE(runCli({"sync", "--db", dir.filePath("junk.sqlite")}).exitCode, 3);
}

void TestSyncFaults::registryKilledWhileDraining()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 1000));
    auto registry = makeRegistry(dir);
    QVERIFY(!registry->token.isEmpty());
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why));

    SyncWorker::Options o;
    o.databasePath = db;
    o.endpoint = RegistryEndpoint{QUrl(registry->url()), registry->token};
    o.endpoint.timeout = std::chrono::seconds(5);
    o.backoff.initial = std::chrono::seconds(1);
    o.backoff.maximum = std::chrono::seconds(1);
    o.pollInterval = std::chrono::milliseconds(200);
    // Small batches: a batch is one transaction on each side, so with large ones the whole queue
    // drains in well under a second — before the kills below could land mid-drain.
    o.batchSize = 5;
    SyncWorker worker(o);
    worker.start();
    // From the first answers on, so that the kills land mid-drain.
    QVERIFY(QTest::qWaitFor([&] { return worker.state().formed > 0; }, 30000));

    int kills = 0;
    while (kills < 8 && worker.state().pending != 0) {
        QTest::qWait(50 + QRandomGenerator::global()->bounded(250));
        registry->process.kill();
        ++kills;
        QTest::qWait(200);
        QVERIFY2(registry->start(&why), qPrintable(why));
    }
    QVERIFY2(kills >= 3, "the queue drained before the registry was killed three times");
    QVERIFY2(QTest::qWaitFor([&] { return worker.state().pending == 0; }, 180000),
             qPrintable(QString("still pending: %1").arg(worker.state().pending)));
    worker.stop();
    registry->process.stop();

    const SyncInvariants inv = checkSyncInvariants(db, registry->file(), DeskId, 1000);
    QVERIFY2(inv.ok, qPrintable(inv.why));
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncFaults::deskSyncKilledMidway()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 300));
    auto registry = makeRegistry(dir);
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why));

    for (int round = 0; round < 4; ++round) {
        QProcess sync;
        sync.setProcessEnvironment(deskEnv(registry->token));
        sync.start(cliPath(), syncArgs(db, *registry) + QStringList{"--until-empty", "--batch",
                                                                    "10", "--max-delay", "1"});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(200 + QRandomGenerator::global()->bounded(600));
        // SIGKILL: whatever was in flight stays so in the journal. A fast round may already
        // have drained everything and exited; waitForFinished() is false for a finished process.
        if (sync.state() != QProcess::NotRunning) {
            sync.kill();
            QVERIFY(sync.waitForFinished());
        }
    }
    const ProcessResult r =
        runLong(syncArgs(db, *registry) +
                    QStringList{"--until-empty", "--max-delay", "1", "--timeout", "150"},
                180000, deskEnv(registry->token));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(lastJsonLine(r.out).value("pending").toInt(), 0);
    registry->process.stop();

    const SyncInvariants inv = checkSyncInvariants(db, registry->file(), DeskId, 300);
    QVERIFY2(inv.ok, qPrintable(inv.why));
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncFaults::answerDroppedAfterCommit()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 200));
    auto registry = makeRegistry(dir);
    QString why;
    qputenv("IIN_REGISTRY_FAULT", "drop-after-commit:5");
    const bool started = registry->start(&why);
    qunsetenv("IIN_REGISTRY_FAULT");
    QVERIFY2(started, qPrintable(why));

    const ProcessResult r =
        runLong(syncArgs(db, *registry) + QStringList{"--until-empty", "--batch", "20",
                                                      "--max-delay", "1", "--timeout", "150"},
                180000, deskEnv(registry->token));
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject out = lastJsonLine(r.out);
    QCOMPARE(out.value("pending").toInt(), 0);
    QCOMPARE(out.value("formed").toInt() + out.value("existing").toInt(), 200);
    registry->process.stop();
    QVERIFY(registry->process.log().contains("test fault: answer dropped after commit"));

    // Dropped answers were failures on the desk, then found by asking the registry by key.
    std::unique_ptr<Database> journal = openOrFail(db);
    QVERIFY(scalar(*journal, "SELECT count(*) FROM outbox WHERE attempts > 0").toInt() > 0);
    journal.reset();
    const SyncInvariants inv = checkSyncInvariants(db, registry->file(), DeskId, 200);
    QVERIFY2(inv.ok, qPrintable(inv.why));
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncFaults::tokenNeverOnTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 40));
    auto registry = makeRegistry(dir);
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why));
    const QByteArray secret = registry->token.section(':', 1).toUtf8();
    QVERIFY(secret.size() >= 16);

    QFile tokenFile(dir.filePath("desk.token"));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(registry->token.toUtf8() + '\n');
    tokenFile.close();
    QVERIFY(tokenFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    // Once with the credential in the environment, once in a file; each run has entries to send
    // one by one, so that it runs long enough to be looked at.
    for (const bool fromFile : {false, true}) {
        if (fromFile)
            QVERIFY(fillJournal(db, 40, 40));
        QStringList args = syncArgs(db, *registry) +
                           QStringList{"--until-empty", "--batch", "1", "--timeout", "120"};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (fromFile)
            args << "--desk-token-file" << tokenFile.fileName();
        else
            env.insert("IIN_DESK_TOKEN", registry->token);
        QProcess sync;
        sync.setProcessEnvironment(env);
        sync.start(cliPath(), args);
        QVERIFY(sync.waitForStarted());
        // While it runs: its own command line is the sync's, and no command line of any process
        // on this computer holds the secret.
        int looks = 0;
        while (sync.state() != QProcess::NotRunning) {
            QFile own(QString("/proc/%1/cmdline").arg(sync.processId()));
            if (own.open(QIODevice::ReadOnly)) {
                const QByteArray line = own.readAll();
                if (!line.isEmpty()) {
                    ++looks;
                    QVERIFY2(line.contains("sync"), line.constData());
                }
            }
            const QStringList holding = commandLinesHolding(secret);
            QVERIFY2(holding.isEmpty(), qPrintable(holding.join('\n')));
            sync.waitForFinished(25);
        }
        QVERIFY2(looks > 0, "the sync ended before its command line could be read");
        const QByteArray out = sync.readAllStandardOutput();
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        QCOMPARE(lastJsonLine(out).value("formed").toInt(), 40);
    }
    registry->process.stop();
}

void TestSyncFaults::deskTokenOnTheCommandLineIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    const ProcessResult r = runCli({"sync", "--db", db, "--registry", "http://127.0.0.1:1",
                                    "--desk-token", "ALM01-02:secret"});
    QCOMPARE(r.exitCode, 2);
    // The message names the two ways that keep the credential off the command line.
    QVERIFY2(r.err.contains("IIN_DESK_TOKEN") && r.err.contains("--desk-token-file"),
             r.err.constData());
    // Without any credential at all, the same two (and the settings) are named.
    const ProcessResult none = runCli({"sync", "--db", db, "--registry", "http://127.0.0.1:1"});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("IIN_DESK_TOKEN"), none.err.constData());
}

void TestSyncFaults::deskTokenFileMustBePrivate()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    const QString file = dir.filePath("desk.token");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ALM01-02:secret\n");
    f.close();
    const QStringList args{
        "sync", "--db", db, "--registry", "http://127.0.0.1:1", "--desk-token-file", file};
    for (const QFile::Permissions shared :
         {QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther,
          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup}) {
        QVERIFY(QFile::setPermissions(file, shared));
        const ProcessResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("chmod 600"), r.err.constData());
    }
    // Owner-only: taken (and then the registry is simply not there).
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(fillJournal(db, 1));
    const ProcessResult r = runCli(args + QStringList{"--timeout", "3"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lastJsonLine(r.out).value("pending").toInt(), 1);
    // A file that is not there, or without --registry.
    QCOMPARE(runCli({"sync", "--db", db, "--registry", "http://127.0.0.1:1", "--desk-token-file",
                     dir.filePath("missing")})
                 .exitCode,
             2);
    QCOMPARE(runCli({"sync", "--db", db, "--desk-token-file", file}).exitCode, 2);
}

void TestSyncFaults::deskTokenFromTheDeskSettings()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 3));
    auto registry = makeRegistry(dir);
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why));
    // The desk program's settings (this test's own configuration folder, as the CLI's).
    QSettings desk(QSettings::UserScope, "IIN Desk", "iin-desk");
    const auto forget = qScopeGuard([&desk] {
        desk.clear();
        desk.sync();
    });
    desk.setValue("registry/url", registry->url());
    desk.setValue("registry/deskId", DeskId);
    desk.setValue("registry/deskToken", registry->token.section(':', 1));
    desk.sync();
    QCOMPARE(desk.status(), QSettings::NoError);

    // The credential is sent only to the registry the settings name: another address (here the
    // same registry spelt otherwise) gets nothing.
    const QString other = "http://localhost:" + QString::number(registry->port);
    ProcessResult r = runCli({"sync", "--db", db, "--registry", other});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("IIN_DESK_TOKEN"), r.err.constData());

    r = runLong(syncArgs(db, *registry) + QStringList{"--until-empty", "--timeout", "60"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(lastJsonLine(r.out).value("formed").toInt(), 3);
    registry->process.stop();
}

void TestSyncFaults::plainHttpOnlyToThisComputer()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    for (const char* url :
         {"http://registry.example:8443", "http://10.0.0.5:8443", "http://[2001:db8::1]:8443",
          "http://127.0.0.1.example.com:8443", "http://localhost.example.com"}) {
        const ProcessResult r =
            runLong({"sync", "--db", db, "--registry", QString::fromLatin1(url)}, 30000,
                    deskEnv("ALM01-02:x"));
        QVERIFY2(r.exitCode == 2, url);
        QVERIFY2(r.err.contains("https://") && r.err.contains("Registry address"),
                 r.err.constData());
    }
    // The same addresses over https are taken (nothing queued: nothing is sent), and http to
    // this computer is.
    for (const char* url : {"https://registry.example:8443", "http://localhost:1",
                            "http://127.0.0.2:1", "http://[::1]:1"}) {
        const ProcessResult r =
            runLong({"sync", "--db", db, "--registry", QString::fromLatin1(url)}, 30000,
                    deskEnv("ALM01-02:x"));
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QString::fromLatin1(url) + ": " + QString::fromUtf8(r.err)));
    }
}

void TestSyncFaults::registryFilesArePrivate()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 2));
    auto registry = makeRegistry(dir);
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why));
    const ProcessResult r = runLong(syncArgs(db, *registry) + QStringList{"--until-empty"}, 60000,
                                    deskEnv(registry->token));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // While the registry runs, its database and the WAL files beside it hold persons, document
    // numbers and IINs: its account's alone, whatever the umask it was started with.
    for (const char* suffix : {"", "-wal", "-shm"})
        QCOMPARE(octal(modeOf(registry->file() + QString::fromLatin1(suffix))), octal(0600));
    registry->process.stop();
    QCOMPARE(octal(modeOf(registry->file())), octal(0600));
}

void TestSyncFaults::faultInjectionOnlyInTheTestBuild()
{
    QTemporaryDir dir;
    // The production registry with the variable set, as an inherited environment might: it
    // ignores it and answers as usual.
    const QString file = dir.filePath("registry.sqlite");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("IIN_REGISTRY_FAULT", "drop-after-commit:2");
    QProcess registry;
    registry.setProcessEnvironment(env);
    registry.start(QStringLiteral(IIN_REGISTRYD_RELEASE_PATH),
                   {"serve", "--db", file, "--listen", "127.0.0.1:0"});
    QVERIFY(registry.waitForStarted());
    const auto stop = qScopeGuard([&registry] {
        registry.terminate();
        if (!registry.waitForFinished(5000)) {
            registry.kill();
            registry.waitForFinished();
        }
    });
    QVERIFY(QTest::qWaitFor(
        [&] { return registry.canReadLine() || registry.state() != QProcess::Running; }, 20000));
    const QByteArray line = registry.readLine();
    QVERIFY2(line.contains("listening on"), line.constData());
    QVERIFY(!registry.readAllStandardError().contains("TEST FAULT"));
}

void TestSyncFaults::clockSetBackDuringDrain()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 20));
    auto registry = makeRegistry(dir);
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why)); // to learn its port
    registry->process.stop();

    auto [clock, installed] = ShiftedClock::install();
    SyncWorker::Options o;
    o.databasePath = db;
    o.endpoint = RegistryEndpoint{QUrl(registry->url()), registry->token};
    o.endpoint.timeout = std::chrono::seconds(5);
    o.backoff.initial = std::chrono::seconds(10);
    o.backoff.maximum = std::chrono::seconds(10);
    o.backoff.jitter = 0;
    o.pollInterval = std::chrono::milliseconds(200);
    o.batchSize = 5;
    SyncWorker worker(o);
    worker.start();
    // The registry is down: every entry fails once and waits its 10 s.
    std::unique_ptr<Database> journal = openOrFail(db);
    QVERIFY(journal);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(*journal, "SELECT count(*) FROM outbox WHERE attempts > 0 AND"
                                    " state = 'pending'")
                       .toInt() == 20;
        },
        30000));

    // The clock is set back two hours and the registry comes back. By the clock that reckoned
    // them the retries are two hours off; the queue drains at once all the same.
    clock->shift(std::chrono::hours(-2));
    QVERIFY2(registry->start(&why), qPrintable(why));
    QVERIFY2(QTest::qWaitFor([&] { return worker.state().pending == 0; }, 8000),
             qPrintable(QString("still pending: %1").arg(worker.state().pending)));
    worker.stop();
    registry->process.stop();
    journal.reset();
    const SyncInvariants inv = checkSyncInvariants(db, registry->file(), DeskId, 20);
    QVERIFY2(inv.ok, qPrintable(inv.why));
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

void TestSyncFaults::clockSkewWarnedOncePerEpisode()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("journal.sqlite");
    QVERIFY(fillJournal(db, 20));
    auto registry = makeRegistry(dir);
    QString why;
    QVERIFY2(registry->start(&why), qPrintable(why));

    // The desk's clock is 40 minutes ahead of the registry's.
    auto [clock, installed] = ShiftedClock::install();
    clock->shift(std::chrono::minutes(40));
    SyncWorker::Options o;
    o.databasePath = db;
    o.endpoint = RegistryEndpoint{QUrl(registry->url()), registry->token};
    o.pollInterval = std::chrono::milliseconds(200);
    o.batchSize = 5; // four exchanges at least, each with the registry's Date
    SyncWorker worker(o);
    worker.start();
    QVERIFY(QTest::qWaitFor([&] { return drained(db); }, 30000));
    const qint64 skew = worker.state().clockSkewSeconds;
    QVERIFY2(skew < -2390 && skew > -2410, qPrintable(QString::number(skew)));
    // One record for the episode, not one per exchange.
    QCOMPARE(auditCount(db, AuditTrail::ClockSkew), 1);
    {
        std::unique_ptr<Database> journal = openOrFail(db);
        const QJsonObject details =
            QJsonDocument::fromJson(scalar(*journal, "SELECT details FROM audit_log WHERE action"
                                                     " = 'sync.clock_skew'")
                                        .toByteArray())
                .object();
        QVERIFY(details.value("skew_seconds").toInteger() < -2390);
        QVERIFY(details.contains("registry_time") && details.contains("desk_time"));
    }

    // Set right: the warning ends at the next exchange.
    clock->shift(std::chrono::milliseconds(0));
    QVERIFY(fillJournal(db, 5, 20));
    QVERIFY(QTest::qWaitFor([&] { return worker.state().clockSkewSeconds == 0; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return drained(db); }, 30000));
    QCOMPARE(auditCount(db, AuditTrail::ClockSkew), 1);

    // Set back 30 minutes: a new episode, a second record (and the entries queued "in the
    // future" by that clock are sent all the same).
    clock->shift(std::chrono::minutes(-30));
    QVERIFY(fillJournal(db, 5, 25));
    QVERIFY(QTest::qWaitFor([&] { return worker.state().clockSkewSeconds != 0; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return drained(db); }, 30000));
    const qint64 behind = worker.state().clockSkewSeconds;
    QVERIFY2(behind > 1790 && behind < 1810, qPrintable(QString::number(behind)));
    QCOMPARE(auditCount(db, AuditTrail::ClockSkew), 2);
    worker.stop();
    registry->process.stop();
    QVERIFY2(auditVerifies(db, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"

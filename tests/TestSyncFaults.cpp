// The sync end to end with real processes on loopback: iin-registryd over SQLite and
// iin-desk-cli sync. The registry is SIGKILLed while 1000 applications drain, the desk's sync
// is SIGKILLed mid-way, and the registry commits and then drops the connection before answering
// (its test-only fault hook). Afterwards every application has exactly one IIN, no IIN belongs
// to two people (journal and registry checked against each other), and the audit chain holds.
#include "ApplicationJson.h"
#include "Database.h"
#include "RegistryTestSupport.h"
#include "StoreTestData.h"
#include "SyncTestSupport.h"
#include "SyncWorker.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace iin;
using namespace iin::test;

namespace {

const QString DeskId = "ALM01-02";

template <typename F>
bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

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

QStringList syncArgs(const QString& db, const Registry& r)
{
    return {"sync", "--db", db, "--registry", r.url(), "--desk-token", r.token};
}

QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
}

// Runs the CLI to completion with a longer limit than runCli's.
ProcessResult runLong(const QStringList& args, int ms = 180000)
{
    QProcess p;
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
    void trainingRegistryByDefault();
    void registryDownLeavesEntriesPending();
    void badArguments();
    void registryKilledWhileDraining();
    void deskSyncKilledMidway();
    void answerDroppedAfterCommit();
};

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
        runLong({"sync", "--db", db, "--registry", "http://127.0.0.1:" + QString::number(port),
                 "--desk-token", "ALM01-02:x"});
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
    QCOMPARE(runCli({"sync", "--db", db, "--registry", "ftp://x", "--desk-token", "a:b"}).exitCode,
             2);
    QCOMPARE(
        runCli({"sync", "--db", db, "--registry", "http://x", "--desk-token", "nocolon"}).exitCode,
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
    QVERIFY(waitFor([&] { return worker.state().formed > 0; }, 30000));

    int kills = 0;
    while (kills < 8 && worker.state().pending != 0) {
        QTest::qWait(50 + QRandomGenerator::global()->bounded(250));
        registry->process.kill();
        ++kills;
        QTest::qWait(200);
        QVERIFY2(registry->start(&why), qPrintable(why));
    }
    QVERIFY2(kills >= 3, "the queue drained before the registry was killed three times");
    QVERIFY2(waitFor([&] { return worker.state().pending == 0; }, 180000),
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
                QStringList{"--until-empty", "--max-delay", "1", "--timeout", "150"});
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
                                                      "--max-delay", "1", "--timeout", "150"});
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

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"

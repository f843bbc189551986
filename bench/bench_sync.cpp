// A desk coming back online: 10,000 applications waiting in the outbox of a real journal file
// (made by the bulk loader) drained by the real SyncWorker to a real iin-registryd process on
// loopback, against the same number of GET /v1/health round trips to the same server, one at a
// time: what the HTTP exchange alone costs. Every application must end with an answer, and no
// IIN may be formed twice.
#include "bench/BenchSupport.h"
#include "bench/JournalLoader.h"
#include "tests/RegistryTestSupport.h"

#include "core/registry/RegistryProtocol.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

using namespace iin;
using namespace iin::bench;
using namespace iin::test;

namespace {

void removeDatabase(const QString& file)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}

// `count` GET /v1/health exchanges, one after the other; seconds.
double healthRoundTrips(quint16 port, int count)
{
    QNetworkAccessManager manager;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port) +
                   QString::fromUtf16(registry::PathHealth));
    QEventLoop loop;
    std::function<void(int)> next = [&](int done) {
        if (done == count) {
            loop.quit();
            return;
        }
        QNetworkReply* reply = manager.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, done] {
            reply->readAll();
            reply->deleteLater();
            next(done + 1);
        });
    };
    QElapsedTimer timer;
    timer.start();
    next(0);
    loop.exec();
    return timer.nsecsElapsed() / 1e9;
}

struct Drained
{
    double seconds = 0;
    SyncState state;
    bool timedOut = false;
};

Drained drain(const QString& journal, quint16 port, const QString& token)
{
    SyncWorker::Options options;
    options.databasePath = journal;
    options.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.endpoint.deskToken = token;
    options.operatorId = QStringLiteral("bench");
    options.pollInterval = std::chrono::milliseconds(1000);
    SyncWorker worker(options);
    QEventLoop loop;
    Drained d;
    QObject::connect(&worker, &SyncWorker::caughtUp, &loop, [&] {
        if (worker.state().pending == 0)
            loop.quit();
    });
    QTimer::singleShot(600000, &loop, [&] {
        d.timedOut = true;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    worker.start();
    loop.exec();
    d.seconds = timer.nsecsElapsed() / 1e9;
    worker.stop();
    d.state = worker.state();
    return d;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // One log line per application would be measured too: a desk logs to its journal, not a
    // terminal.
    QLoggingCategory::setFilterRules(QStringLiteral("iin.sync.info=false"));
    const Options options = Options::parse(QCoreApplication::arguments());
    const int queued = options.size(10000, 500);
    const QDir work(options.workDir.isEmpty() ? QDir::tempPath() : options.workDir);
    work.mkpath(QStringLiteral("."));

    // A fresh queue every run: draining changes the journal.
    const QString journal = work.filePath(QStringLiteral("sync-journal.sqlite"));
    removeDatabase(journal);
    QString why;
    if (!JournalLoader::load(journal, queued, &why, queued)) {
        qCritical("cannot generate the journal: %s", qPrintable(why));
        return 1;
    }
    const QString registryFile = work.filePath(QStringLiteral("sync-registry.sqlite"));
    removeDatabase(registryFile);
    const RegistryBackend backend{{QStringLiteral("--db"), registryFile}, false};
    const QString token = addDesk(backend, QStringLiteral("ALM01-1"));
    RegistryProcess server;
    if (token.isEmpty() || !server.start(backend, {}, &why)) {
        qCritical("cannot start iin-registryd: %s", qPrintable(why));
        return 1;
    }

    const Drained d = drain(journal, server.port(), token);
    const double health = healthRoundTrips(server.port(), queued);

    // Every application answered, and each IIN given to one application only.
    qint64 answered = 0, distinctIins = 0, withIin = 0;
    {
        auto db = Database::open(journal);
        if (!db) {
            qCritical("%s", qPrintable(db.error().message));
            return 1;
        }
        QSqlQuery q(db.value()->sql());
        q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('done', 'rejected')"));
        answered = q.next() ? q.value(0).toLongLong() : 0;
        // "existing" rightly repeats an IIN (the same person applied twice); "formed" never may.
        q.exec(QStringLiteral("SELECT count(iin), count(DISTINCT iin) FROM applications"
                              " WHERE iin IS NOT NULL"
                              " AND json_extract(registry_result_json, '$.state') = 'formed'"));
        if (q.next()) {
            withIin = q.value(0).toLongLong();
            distinctIins = q.value(1).toLongLong();
        }
    }
    const double rate = d.seconds > 0 ? queued / d.seconds : 0;
    const double healthRate = queued / health;
    print({.name = QStringLiteral("sync: drain %L1 queued applications, per second").arg(queued),
           .value = rate,
           .unit = QStringLiteral("appl/s"),
           .baselineName = QStringLiteral("GET /v1/health round trips"),
           .baselineValue = healthRate,
           .target = QStringLiteral("ratio >= 0.5, >= 1000/s"),
           .met = !d.timedOut && answered == queued && rate >= 1000 && rate / healthRate >= 0.5});
    // The counts of the answers go to the log; the table says whether all were answered.
    qInfo("sync: %d formed, %d existing, %d rejected; %lld IINs formed twice", d.state.formed,
          d.state.existing, d.state.rejected, withIin - distinctIins);
    print(
        {.name =
             QStringLiteral("sync: answered, of %L1 queued (and no IIN formed twice)").arg(queued),
         .value = double(answered),
         .unit = QStringLiteral("appl"),
         .target = QStringLiteral("all, no IIN twice"),
         .met = answered == queued && withIin == distinctIins});
    if (!d.state.lastError.isEmpty())
        qWarning("last sync error: %s", qPrintable(d.state.lastError));
    return answered == queued && withIin == distinctIins && !d.timedOut ? 0 : 1;
}

// The officer's review end to end: a desk's sync worker against a real iin-registryd on
// loopback. A request that matches a person by name, birth date and citizenship alone waits in
// the registry; the desk shows it as waiting, asks by key at a bounded pace (also after a
// restart), and records the officer's answer when `iin-registryd review decide` gives it.
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/store/Database.h"
#include "core/sync/SyncWorker.h"
#include "tests/RegistryTestSupport.h"
#include "tests/StoreTestData.h"
#include "tests/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

int countLines(const QByteArray& log, const QByteArray& needle)
{
    int n = 0;
    for (const QByteArray& line : log.split('\n'))
        n += line.contains(needle) ? 1 : 0;
    return n;
}

} // namespace

class TestRegistryReview : public QObject
{
    Q_OBJECT

private slots:
    void officersDecisionReachesTheDesk()
    {
        QTemporaryDir dir;
        const QString journalPath = dir.filePath("journal.sqlite");
        RegistryBackend backend;
        backend.args = {"--db", dir.filePath("registry.sqlite")};
        const QString token = addDesk(backend, DeskId);
        QVERIFY(!token.isEmpty());
        RegistryProcess registry;
        QString why;
        QVERIFY2(registry.start(backend, {}, &why), qPrintable(why));

        // The same person twice: the second time with a new passport (say, renewed), so only the
        // name, birth date and citizenship say who it is.
        qint64 firstId = 0;
        qint64 secondId = 0;
        {
            auto db = openOrFail(journalPath);
            QVERIFY(db);
            Journal journal(*db);
            const Application person = sampleApplication(7);
            Result<Registration> first =
                journal.registerApplication(intakeOf(person), sampleDesk());
            STORE_VERIFY(first);
            Application renewed = person;
            renewed.identityDocument->number = "FA7000007";
            Result<Registration> second =
                journal.registerApplication(intakeOf(renewed), sampleDesk());
            STORE_VERIFY(second);
            firstId = first->applicationId;
            secondId = second->applicationId;
        }

        SyncWorker::Options o;
        o.databasePath = journalPath;
        o.endpoint =
            RegistryEndpoint{QUrl("http://127.0.0.1:" + QString::number(registry.port())), token};
        o.endpoint.timeout = std::chrono::seconds(10);
        o.backoff.initial = std::chrono::seconds(1);
        o.backoff.maximum = std::chrono::seconds(2);
        o.pollInterval = std::chrono::milliseconds(100);
        o.reviewPoll = std::chrono::milliseconds(500);

        auto reviewIdInJournal = [&]() -> QString {
            auto db = openOrFail(journalPath);
            return db ? scalar(*db, QString("SELECT coalesce(review_id, '') FROM outbox WHERE "
                                            "application_id = %1")
                                        .arg(secondId))
                            .toString()
                      : QString();
        };
        {
            SyncWorker worker(o);
            worker.start();
            QVERIFY(waitFor([&] { return worker.state().formed == 1; }, 30000));
            QVERIFY(waitFor([&] { return !reviewIdInJournal().isEmpty(); }, 30000));
            // It waits: pending, asked about by key, at most every reviewPoll (±20 %).
            const int before = countLines(registry.log(), " query -> ");
            QTest::qWait(2000);
            const int asked = countLines(registry.log(), " query -> ") - before;
            QVERIFY2(asked >= 1 && asked <= 6, qPrintable(QString::number(asked)));
            QCOMPARE(worker.state().pending, 1);
            worker.stop();
        }
        const QString reviewId = reviewIdInJournal();
        {
            auto db = openOrFail(journalPath);
            QVERIFY(db);
            QCOMPARE(
                scalar(*db, QString("SELECT status FROM applications WHERE id = %1").arg(secondId))
                    .toString(),
                QString("sent"));
            QCOMPARE(
                scalar(*db,
                       QString("SELECT iin IS NULL FROM applications WHERE id = %1").arg(secondId))
                    .toInt(),
                1);
            // The journal shows it and its status filter finds it.
            Journal journal(*db);
            JournalQuery waiting;
            waiting.status = ApplicationStatus::Sent;
            waiting.awaitingDecision = true;
            const Result<QList<JournalEntry>> found = journal.search(waiting);
            STORE_VERIFY(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().id, secondId);
            QCOMPARE(found->first().reviewId, reviewId);
            const Result<QJsonObject> record = journal.openRecord(secondId, "test");
            STORE_VERIFY(record);
            QCOMPARE(record->value("outbox").toObject().value("review_id").toString(), reviewId);
            // One audit record for the wait, not one per question.
            QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE details LIKE "
                                 "'%pending_review%'")
                         .toInt(),
                     1);
        }
        const int batchesBefore =
            countLines(registry.log(), " batch -> ") + countLines(registry.log(), " submit -> ");

        // The officer looks and decides: the same person as the first application.
        QByteArray out;
        QVERIFY(runRegistryd(QStringList{"review", "list"} + backend.args, &out));
        QVERIFY(out.contains(QByteArray("\"review_id\":" + reviewId.toUtf8())));
        QString firstIin;
        {
            auto db = openOrFail(journalPath);
            firstIin =
                scalar(*db, QString("SELECT iin FROM applications WHERE id = %1").arg(firstId))
                    .toString();
        }
        QCOMPARE(firstIin.size(), 12);
        QVERIFY(runRegistryd(
            QStringList{"review", "decide", reviewId, "--same-as", firstIin} + backend.args, &out));

        // A desk started anew (the wait is in its database) asks by key and gets the answer.
        {
            SyncWorker worker(o);
            worker.start();
            QVERIFY(waitFor([&] { return worker.state().existing == 1; }, 30000));
            QVERIFY(waitFor([&] { return worker.state().pending == 0; }, 30000));
            worker.stop();
        }
        auto db = openOrFail(journalPath);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QString("SELECT status FROM applications WHERE id = %1").arg(secondId))
                     .toString(),
                 QString("iin_assigned"));
        QCOMPARE(scalar(*db, QString("SELECT iin FROM applications WHERE id = %1").arg(secondId))
                     .toString(),
                 firstIin);
        const QJsonObject answer =
            QJsonDocument::fromJson(
                scalar(*db, QString("SELECT registry_result_json FROM applications WHERE id = %1")
                                .arg(secondId))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(answer.value("state").toString(), QString("existing"));
        // Never sent again: only asked about.
        QCOMPARE(countLines(registry.log(), " batch -> ") +
                     countLines(registry.log(), " submit -> "),
                 batchesBefore);
        Journal journal(*db);
        JournalQuery waiting;
        waiting.status = ApplicationStatus::Sent;
        waiting.awaitingDecision = true;
        QCOMPARE(journal.search(waiting)->size(), 0);
        registry.stop();
        QVERIFY2(auditVerifies(journalPath, &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestRegistryReview)
#include "TestRegistryReview.moc"

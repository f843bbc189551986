#include "core/journal/Journal.h"
#include "core/services/StoreThread.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace iin;

// StoreThread, the one way the desk works off its UI thread: jobs run on the store's thread over
// one connection, answers reach the object that asked and nobody else, a failed open is that
// caller's answer, and a caller that is gone gets nothing.
class TestStoreThread : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void answerReachesTheCallerOnItsThread();
    void jobsShareOneConnection();
    void openFailureIsTheCallersAnswer();
    void noAnswerForADestroyedCaller();
    void destructorDropsQueuedJobs();
    void postedJobsRunOnlyWithTheConnectionOpen();

private:
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }
    QTemporaryDir m_dir;
};

void TestStoreThread::answerReachesTheCallerOnItsThread()
{
    StoreThread store(journalPath(), Database::OpenCheck::Full, QStringLiteral("store"));
    QObject caller;
    std::optional<Result<qint64>> answer;
    QThread* jobThread = nullptr;
    QThread* answerThread = nullptr;
    store.run(
        &caller,
        [&jobThread](StoreContext& c) -> Result<qint64> {
            jobThread = QThread::currentThread();
            QSqlQuery q(c.database().sql());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM applications")) || !q.next())
                return Error{QStringLiteral("test.sql"), QStringLiteral("count failed")};
            return q.value(0).toLongLong();
        },
        [&](Result<qint64> r) {
            answerThread = QThread::currentThread();
            answer = std::move(r);
        });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->ok(), qPrintable(answer->errorMessage()));
    QCOMPARE(answer->value(), 0);
    QCOMPARE(jobThread, store.thread());
    QCOMPARE(answerThread, QThread::currentThread());
}

void TestStoreThread::jobsShareOneConnection()
{
    StoreThread store(journalPath(), Database::OpenCheck::Deferred, QStringLiteral("store"));
    QObject caller;
    QList<const void*> seen;
    int answers = 0;
    for (int i = 0; i < 3; ++i) {
        store.run(
            &caller,
            [](StoreContext& c) -> Result<const void*> {
                return static_cast<const void*>(&c.keep<Journal>());
            },
            [&](Result<const void*> r) {
                QVERIFY(r.ok());
                seen.append(r.value());
                ++answers;
            });
    }
    QTRY_COMPARE(answers, 3);
    QCOMPARE(seen.count(seen.first()), 3); // one Journal over one Database, made once
}

void TestStoreThread::openFailureIsTheCallersAnswer()
{
    // A folder where the file should be: nothing can open it.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("blocked.sqlite")));
    StoreThread store(m_dir.filePath(QStringLiteral("blocked.sqlite")), Database::OpenCheck::Full,
                      QStringLiteral("store"));
    QObject caller;
    bool ran = false;
    std::optional<Status> answer;
    store.run(
        &caller,
        [&ran](StoreContext&) -> Status {
            ran = true;
            return {};
        },
        [&](Status s) { answer = s; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QVERIFY(!answer->errorMessage().isEmpty());
    QVERIFY(!ran);
}

void TestStoreThread::noAnswerForADestroyedCaller()
{
    StoreThread store(journalPath(), Database::OpenCheck::Full, QStringLiteral("store"));
    auto caller = std::make_unique<QObject>();
    std::atomic_bool release = false;
    std::atomic_bool ran = false;
    bool answered = false;
    store.run(
        caller.get(),
        [&](StoreContext&) -> Status {
            while (!release.load())
                QThread::msleep(1);
            ran = true;
            return {};
        },
        [&](Status) { answered = true; });
    caller.reset(); // the window closes while its job runs
    release = true;
    QTRY_VERIFY(ran.load());
    // A second caller's answer comes after the first job's would have: by then it is dropped.
    QObject later;
    bool laterAnswered = false;
    store.run(
        &later, [](StoreContext&) -> Status { return {}; }, [&](Status) { laterAnswered = true; });
    QTRY_VERIFY(laterAnswered);
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

void TestStoreThread::destructorDropsQueuedJobs()
{
    std::atomic_int ran = 0;
    std::atomic_bool release = false;
    {
        StoreThread store(journalPath(), Database::OpenCheck::Full, QStringLiteral("store"));
        QObject caller;
        store.run(
            &caller,
            [&](StoreContext&) -> Status {
                while (!release.load())
                    QThread::msleep(1);
                ++ran;
                return {};
            },
            [](Status) {});
        for (int i = 0; i < 5; ++i)
            store.run(
                &caller,
                [&](StoreContext&) -> Status {
                    ++ran;
                    return {};
                },
                [](Status) {});
        QTest::qWait(20);
        release = true; // the job in hand finishes; the five behind it never start
    }
    QCOMPARE(ran.load(), 1);
}

void TestStoreThread::postedJobsRunOnlyWithTheConnectionOpen()
{
    std::atomic_bool sawOpen = false;
    {
        StoreThread store(journalPath(), Database::OpenCheck::Full, QStringLiteral("store"));
        store.post([&](StoreContext& c) { sawOpen = c.isOpen(); });
        QObject caller;
        bool answered = false;
        store.run(
            &caller, [](StoreContext&) -> Status { return {}; }, [&](Status) { answered = true; });
        QTRY_VERIFY(answered);
    }
    QVERIFY(sawOpen.load());

    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("held.sqlite")));
    std::atomic_bool ran = false;
    {
        StoreThread store(m_dir.filePath(QStringLiteral("held.sqlite")), Database::OpenCheck::Full,
                          QStringLiteral("store"));
        store.open();
        store.post([&](StoreContext&) { ran = true; });
        // A job that answers comes after both: when it is answered, both have had their turn.
        QObject caller;
        std::optional<Status> answer;
        store.run(
            &caller, [](StoreContext&) -> Status { return {}; }, [&](Status s) { answer = s; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
    }
    QVERIFY(!ran.load());
}

QTEST_GUILESS_MAIN(TestStoreThread)
#include "TestStoreThread.moc"

#include "core/services/BackgroundJob.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace iin;

// BackgroundJob, one-shot work on Qt's thread pool with StoreThread's delivery: the job runs
// off the caller's thread, the answer reaches the caller on its own thread, and a caller that is
// gone gets nothing.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

private slots:
    void answerReachesTheCallerOnItsThread();
    void noAnswerForADestroyedCaller();
};

void TestBackgroundJob::answerReachesTheCallerOnItsThread()
{
    QObject caller;
    std::optional<int> answer;
    QThread* jobThread = nullptr;
    QThread* answerThread = nullptr;
    BackgroundJob::run(
        &caller,
        [&jobThread] {
            jobThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            answerThread = QThread::currentThread();
            answer = value;
        });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(*answer, 42);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(answerThread, QThread::currentThread());
}

void TestBackgroundJob::noAnswerForADestroyedCaller()
{
    auto caller = std::make_unique<QObject>();
    auto release = std::make_shared<QSemaphore>();
    auto ran = std::make_shared<QSemaphore>();
    bool answered = false;
    BackgroundJob::run(
        caller.get(),
        [release, ran] {
            release->acquire(); // holds the job until the caller is gone
            ran->release();
            return 1;
        },
        [&answered](int) { answered = true; });
    caller.reset();
    release->release();
    QVERIFY(ran->tryAcquire(1, 5000));
    QTest::qWait(100); // time for an answer that must not come
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "TestBackgroundJob.moc"

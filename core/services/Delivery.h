#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>
#include <utility>

namespace iin {

// How an answer made on a worker thread reaches the one who asked: deliveryTo<Answer>(context,
// done) gives a function to call once, from any thread, with the answer; `done(answer)` then
// runs on `context`'s thread (the thread deliveryTo() is called from), and not at all once
// `context` is destroyed. If the function is never called (the job was dropped), `done` never
// runs either. StoreThread::run and BackgroundJob::run share it.
template <class Answer, class Done>
auto deliveryTo(QObject* context, Done done)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    auto promise = std::make_shared<QPromise<void>>();
    // The watcher belongs to `context`: destroying the context destroys it, and a finished
    // future then reaches nobody. QFutureWatcher makes that hand-over thread-safe; a promise
    // dropped unfinished finishes its future cancelled, with no answer to deliver.
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, answer, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (answer->has_value())
                             done(std::move(**answer));
                     });
    watcher->setFuture(promise->future());
    promise->start();
    return [answer, promise](Answer value) {
        answer->emplace(std::move(value));
        promise->finish();
    };
}

} // namespace iin

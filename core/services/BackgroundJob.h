#pragma once

#include "core/services/Delivery.h"

#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace iin {

// One-shot work that needs no database off the UI thread (reading and hashing a scan, decoding
// an image), on Qt's global thread pool:
//
//     BackgroundJob::run(this,
//         [path] { return ScanFile::read(path); },
//         [this](Result<ScanFile> scan) { attach(scan); });
//
// `job()` runs on a pool thread; `done(answer)` runs on `context`'s thread, and not at all once
// `context` is destroyed: the contract of StoreThread::run, whose delivery it shares. Jobs may
// run side by side and finish in any order. Work on a SQLite file goes to its StoreThread.
class BackgroundJob
{
public:
    template <class Job, class Done>
    static void run(QObject* context, Job job, Done done)
    {
        using Answer = std::invoke_result_t<Job&>;
        auto deliver = deliveryTo<Answer>(context, std::move(done));
        QThreadPool::globalInstance()->start(
            [deliver = std::move(deliver), job = std::move(job)]() mutable { deliver(job()); });
    }
};

} // namespace iin

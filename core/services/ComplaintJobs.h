#pragma once

#include "core/base/Result.h"
#include "core/complaints/ComplaintRegister.h"
#include "core/services/StoreContext.h"
#include "core/usecases/ComplaintsInForce.h"

#include <type_traits>
#include <utility>

namespace iin {

// A StoreThread job over the complaints register in force for the store's journal (one
// ComplaintsInForce per connection):
//
//     store->run(this,
//         complaintsJob([id, op, today](ComplaintRegister& r, StoreContext&) {
//             return r.open(id, op, today); }),
//         [this](Result<std::optional<ComplaintRecord>> record) { ... });
//
// When the register cannot be had (the calendar in force is unreadable, say), the job answers
// with that error.
template <class Job>
auto complaintsJob(Job job)
{
    using Answer = std::invoke_result_t<Job&, ComplaintRegister&, StoreContext&>;
    return [job = std::move(job)](StoreContext& c) mutable -> Answer {
        Result<ComplaintRegister*> complaints = c.keep<ComplaintsInForce>().get();
        if (!complaints)
            return complaints.error();
        return job(**complaints, c);
    };
}

} // namespace iin

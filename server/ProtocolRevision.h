#pragma once

#include "server/RegistryService.h"

#include <QByteArray>

namespace iin::server {

// Answers for desks of an older revision of protocol version 1 (docs/registry-protocol.md,
// "Revisions"). A desk names its revision in the Iin-Protocol-Revision header; one that names
// none is revision 1 and does not know the state pending_review: it gets a retryable protocol
// error instead (202 pending_review), so that it keeps sending the same key with its backoff
// until the officer's answer is there.
class ProtocolRevision
{
public:
    // The revision a request's header names (1 when absent or not a number).
    static int fromHeader(const QByteArray& value);
    // `reply` (to a submit, a batch or a query) as a desk of `revision` may be given it.
    static ServiceReply adapt(ServiceReply reply, int revision);
};

} // namespace iin::server

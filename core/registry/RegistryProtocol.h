#pragma once

#include <QString>
#include <QStringView>

#include <chrono>

// The registry protocol, version 1: what the desk and the registry agree on. Normative text:
// docs/registry-protocol.md. Both sides take their limits and codes from here.
namespace iin::registry {

inline constexpr int ProtocolVersion = 1;

// Paths. The version is part of the path so that a v2 can run next to v1.
inline constexpr char16_t PathRequests[] = u"/v1/iin-requests";       // POST: submit one
inline constexpr char16_t PathBatch[] = u"/v1/iin-requests/batch";    // POST: submit many
inline constexpr char16_t PathRequestPrefix[] = u"/v1/iin-requests/"; // GET + key: ask
inline constexpr char16_t PathHealth[] = u"/v1/health";               // GET, no credentials
inline constexpr char16_t PathReady[] = u"/v1/ready"; // GET, no credentials: the database answers
inline constexpr char16_t PathDeskKeys[] = u"/v1/desk-keys"; // POST: certify the desk's key
// GET: the registry's counters in the Prometheus text format, for its operators (loopback or
// the metrics token), never for desks.
inline constexpr char16_t PathMetrics[] = u"/v1/metrics";

// Limits. Bodies over the limit are refused with 413 before they are parsed.
inline constexpr qsizetype MaxRequestBytes = 64 * 1024;
inline constexpr qsizetype MaxBatchBytes = 2 * 1024 * 1024;
inline constexpr int MaxBatchItems = 100;
inline constexpr qsizetype MaxAnswerBytes = 4 * 1024 * 1024; // the client's ceiling
inline constexpr int MaxNameLength = 100;
inline constexpr int MaxDocumentNumberLength = 30;
inline constexpr int MaxRegistrationNumberLength = 64;
inline constexpr int MaxDeskIdLength = 64;
// The request line and headers. Qt HttpServer 6.4 silently drops every header of a request with
// more fields or a longer field than it takes; the registry answers 431 before it sees them.
inline constexpr int MaxHeaderFields = 100;
inline constexpr qsizetype MaxHeaderFieldBytes = 8 * 1024; // "Name: value", without the line end
inline constexpr qsizetype MaxHeadBytes = 64 * 1024;       // request line and all headers

// Answer states ("state" field).
inline constexpr char16_t StateFormed[] = u"formed";
inline constexpr char16_t StateExisting[] = u"existing";
inline constexpr char16_t StateRejected[] = u"rejected";
// Revision 2: a possible match waits for a registry officer; ask by key later.
inline constexpr char16_t StatePendingReview[] = u"pending_review";

// Revisions within version 1. A desk names the highest it understands in HeaderRevision; a desk
// that names none is taken as revision 1 and never sees a revision-2 answer state (see
// docs/registry-protocol.md, "Revisions").
inline constexpr int ProtocolRevision = 2;
inline constexpr char HeaderRevision[] = "Iin-Protocol-Revision";

// Refusal grounds of the service standard (row 9), as reason codes of a "rejected" answer.
inline constexpr char16_t ReasonDataUnreliable[] = u"data_unreliable";              // ground 1
inline constexpr char16_t ReasonRequirementsNotMet[] = u"requirements_not_met";     // ground 2
inline constexpr char16_t ReasonIinAlreadyRegistered[] = u"iin_already_registered"; // ground 3

// Protocol error codes ("error.code"): the request got no answer; nothing was recorded.
inline constexpr char16_t ErrorInvalidRequest[] = u"invalid_request";
inline constexpr char16_t ErrorUnsupportedMediaType[] = u"unsupported_media_type";
inline constexpr char16_t ErrorBodyTooLarge[] = u"body_too_large";
inline constexpr char16_t ErrorHeadersTooLarge[] = u"headers_too_large"; // 431
// 408: the request did not arrive within the registry's time; retryable (nothing was recorded).
inline constexpr char16_t ErrorRequestTimeout[] = u"request_timeout";
inline constexpr char16_t ErrorForbidden[] = u"forbidden"; // 403: an operators' path
inline constexpr char16_t ErrorUnauthenticated[] = u"unauthenticated";
inline constexpr char16_t ErrorDeskDisabled[] = u"desk_disabled";
inline constexpr char16_t ErrorNotFound[] = u"not_found";
inline constexpr char16_t ErrorUnknownKey[] = u"unknown_key";
inline constexpr char16_t ErrorMethodNotAllowed[] = u"method_not_allowed";
inline constexpr char16_t ErrorKeyReused[] = u"idempotency_key_reused";
inline constexpr char16_t ErrorSerialsExhausted[] = u"serials_exhausted";
inline constexpr char16_t ErrorUnavailable[] = u"registry_unavailable";
inline constexpr char16_t ErrorInternal[] = u"internal_error";
// Revision 1 desks only: the request waits for an officer (what revision 2 answers as
// pending_review). Retryable: the same key gets the officer's answer once it is given.
inline constexpr char16_t ErrorPendingReview[] = u"pending_review";
// Desk keys (POST /v1/desk-keys).
inline constexpr char16_t ErrorNotSigning[] = u"not_signing"; // the registry has no signing key
inline constexpr char16_t ErrorDeskKeyRevoked[] = u"desk_key_revoked";

// Whether the desk may send the same request (same key, same body) again on its own.
bool isRetryableError(QStringView code);

// Request headers.
inline constexpr char HeaderAuthorization[] = "Authorization"; // "Bearer <desk-id>:<secret>"
inline constexpr char HeaderRequestId[] = "X-Request-Id";      // set by the registry
inline constexpr char HeaderReplayed[] = "Idempotent-Replay";  // "true" on a repeated key
inline constexpr char HeaderRetryAfter[] = "Retry-After";      // on a 503: seconds to wait

} // namespace iin::registry

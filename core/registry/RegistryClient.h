#pragma once

#include "core/base/Result.h"
#include "core/registry/RegistryAnswer.h"
#include "core/registry/RegistryProtocol.h"
#include "core/registry/RegistryRequest.h"
#include "core/signing/DeskKeyCertificate.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace iin {

// Where the registry is and how this desk proves who it is.
struct RegistryEndpoint
{
    QUrl baseUrl;      // "https://registry.example:8443" (no path, or a path prefix)
    QString deskToken; // "<desk-id>:<secret>", as printed by iin-registryd add-desk
    QList<QSslCertificate> caCertificates;    // extra trusted roots (a private CA); empty: system
    std::chrono::milliseconds timeout{30000}; // whole exchange, connect to last byte
    qsizetype maxAnswerBytes = registry::MaxAnswerBytes;
};

// What came of one request. Exactly one of: an answer, "the registry does not know this key"
// (queries only), or a failure that says whether sending again is safe and useful.
struct RegistryResult
{
    enum class Outcome
    {
        Answered,   // `answer` holds the registry's answer, checked against the request
        UnknownKey, // query: the registry never recorded this key (safe to submit)
        Failed,     // `error` says why
    };

    Outcome outcome = Outcome::Failed;
    RegistryAnswer answer;
    bool replayed = false; // the registry had answered this key before

    // Failed only. Codes: the registry's protocol codes (registry::Error*), or the client's own:
    // "network", "timeout", "tls", "redirect", "answer_too_large", "malformed_answer",
    // "answer_mismatch", "http_status".
    Error error;
    int httpStatus = 0;     // 0 when no HTTP answer arrived
    bool retryable = false; // sending the same request (same key) again may succeed by itself
    bool ambiguous = false; // the registry may have acted on it: reconcile by key before
                            // treating the request as not sent
    // The registry's Retry-After (seconds) on a 503: when to try again. Unset when it gave none
    // (and on the items of a batch answer, which have no headers of their own).
    std::optional<std::chrono::seconds> retryAfter;

    bool ok() const { return outcome != Outcome::Failed; }
};

// The registry's answer to a desk key: its certification and the registry key that signed it.
struct DeskKeyCertification
{
    DeskKeyCertificate certificate;
    QString registryKeyId;
    QByteArray registryPublicKey;
    QString registryIssuer;
};

// The desk's side of the registry protocol (docs/registry-protocol.md) on
// QNetworkAccessManager. Asynchronous: callbacks run in the thread the client lives in (create
// it in the sync worker's thread, or move it there). Every answer is parsed strictly and checked:
// the IIN's check digit, and that its birth date and sex digits are the applicant's. Malformed,
// oversized, slow or wrongly typed answers end as a Failed result, never a crash.
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RegistryResult&)>;
    using BatchCallback = std::function<void(const QList<RegistryResult>&)>;

    explicit RegistryClient(RegistryEndpoint endpoint, QObject* parent = nullptr);
    ~RegistryClient() override;

    void submit(const RegistryRequest& request, Callback done);
    // At most registry::MaxBatchItems requests, distinct keys; one result per request, in order.
    void submitBatch(const QList<RegistryRequest>& requests, BatchCallback done);
    // "Do you have this key?": the answer recorded for it, or UnknownKey.
    void query(const RegistryRequest& request, Callback done);
    // Asks the registry to certify this desk's public key (POST /v1/desk-keys). The answer is
    // checked: a certification of exactly this key, signed by the registry key it names.
    using DeskKeyCallback = std::function<void(const Result<DeskKeyCertification>&)>;
    void certifyDeskKey(const QByteArray& publicKey, DeskKeyCallback done);

    // Whether an answer fits the request: the key, a well-formed IIN where one is due, and the
    // IIN's birth date and sex digits equal to the applicant's.
    static Status checkAnswer(const RegistryRequest& request, const RegistryAnswer& answer);
    // A protocol error in the operator's language: the registry's own message is English (it has
    // no translator), so the desk words known codes itself and quotes the registry otherwise.
    static QString protocolErrorText(const QString& code, const QString& registryMessage);
    // An HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT"), in UTC; invalid when it is not one.
    static QDateTime parseHttpDate(const QByteArray& value);
    // A Retry-After header in its delta-seconds form ("120"); nullopt otherwise (an HTTP date
    // there is not used by the registry and is ignored).
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& value);

signals:
    // Every HTTP answer that carries a Date header: the registry's time and the desk's
    // (Clock::currentDateTimeUtc()) when it arrived, for the sync worker's clock check.
    void clocksRead(const QDateTime& registryTime, const QDateTime& deskTime);

private:
    struct Exchange; // one HTTP exchange in flight
    void send(const QString& path, const QByteArray* body,
              std::function<void(const Exchange&)> done);
    static RegistryResult interpretSingle(const RegistryRequest& request, const Exchange& x,
                                          bool isQuery);

    RegistryEndpoint m_endpoint;
    QNetworkAccessManager* m_network;
};

} // namespace iin

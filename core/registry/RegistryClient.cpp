#include "core/registry/RegistryClient.h"

#include "core/base/Clock.h"
#include "core/person/Iin.h"
#include "core/signing/RegistryAttestation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace iin {

using namespace Qt::StringLiterals;

namespace {

RegistryResult failure(const QString& code, const QString& message, bool retryable, bool ambiguous,
                       int httpStatus = 0)
{
    RegistryResult r;
    r.outcome = RegistryResult::Outcome::Failed;
    r.error = Error{code, message};
    r.retryable = retryable;
    r.ambiguous = ambiguous;
    r.httpStatus = httpStatus;
    return r;
}

// The JSON object in an answer body, or nullopt when it is not one.
std::optional<QJsonObject> jsonObject(const QByteArray& body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

struct RegistryClient::Exchange
{
    int httpStatus = 0;
    QByteArray body;
    bool replayed = false;
    std::optional<std::chrono::seconds> retryAfter;
    std::optional<RegistryResult> transportFailure; // set when no usable HTTP answer came
};

RegistryClient::RegistryClient(RegistryEndpoint endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_network(new QNetworkAccessManager(this))
{
}

RegistryClient::~RegistryClient() = default;

void RegistryClient::send(const QString& path, const QByteArray* body,
                          std::function<void(const Exchange&)> done)
{
    QUrl url = m_endpoint.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);

    QNetworkRequest request(url);
    request.setRawHeader(registry::HeaderAuthorization, "Bearer " + m_endpoint.deskToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // This desk understands pending_review (an officer decides a possible match).
    request.setRawHeader(registry::HeaderRevision, QByteArray::number(registry::ProtocolRevision));
    // A redirect is not part of the protocol: following one could hand the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == u"https" && !m_endpoint.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_endpoint.caCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply* reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = m_network->post(request, *body);
    } else {
        reply = m_network->get(request);
    }

    // Bounded buffering: QNAM stops reading from the socket when this much is unread.
    reply->setReadBufferSize(m_endpoint.maxAnswerBytes + 1);

    // What went wrong on the way, decided before `finished` (abort() emits it).
    auto verdict = std::make_shared<std::optional<RegistryResult>>();
    const qsizetype maxBytes = m_endpoint.maxAnswerBytes;
    auto abortWith = [reply, verdict](RegistryResult r) {
        if (!verdict->has_value())
            *verdict = std::move(r);
        reply->abort();
    };

    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [abortWith] {
        abortWith(failure(u"timeout"_s,
                          tr("The registry did not answer in time; the request may or may not "
                             "have been processed. Ask by key before sending again."),
                          true, true));
    });
    deadline->start(m_endpoint.timeout);

    auto tooLarge = [abortWith] {
        abortWith(failure(u"answer_too_large"_s,
                          tr("The registry's answer is larger than the limit."), true, true));
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            tooLarge();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [maxBytes, tooLarge](qint64 received, qint64) {
                if (received > maxBytes)
                    tooLarge();
            });

    connect(reply, &QNetworkReply::finished, this, [this, reply, verdict, maxBytes, done] {
        reply->deleteLater();
        Exchange x;
        x.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (x.httpStatus != 0) {
            if (const QDateTime registryTime = parseHttpDate(reply->rawHeader("Date"));
                registryTime.isValid())
                emit clocksRead(registryTime, Clock::currentDateTimeUtc());
        }
        if (verdict->has_value()) {
            x.transportFailure = **verdict;
        } else if (x.httpStatus == 0) {
            const auto e = reply->error();
            const bool tls = e == QNetworkReply::SslHandshakeFailedError;
            // Even "connection refused" may follow an attempt that reached the registry:
            // QNetworkAccessManager silently resends a request whose kept-alive connection
            // closed. So every network failure is ambiguous (the key makes resending safe).
            x.transportFailure =
                tls ? failure(u"tls"_s,
                              tr("The registry's TLS certificate was not accepted: %1")
                                  .arg(reply->errorString()),
                              false, false)
                    : failure(u"network"_s,
                              tr("No answer from the registry: %1").arg(reply->errorString()), true,
                              true);
        } else if (x.httpStatus >= 300 && x.httpStatus < 400) {
            x.transportFailure = failure(u"redirect"_s,
                                         tr("The registry answered with a redirect, which the "
                                            "protocol does not allow."),
                                         false, false, x.httpStatus);
        } else {
            x.body = reply->read(maxBytes + 1);
            if (x.body.size() > maxBytes)
                x.transportFailure =
                    failure(u"answer_too_large"_s,
                            tr("The registry's answer is larger than the limit."), true, true);
            x.replayed = reply->rawHeader(registry::HeaderReplayed) == "true";
            x.retryAfter = parseRetryAfter(reply->rawHeader(registry::HeaderRetryAfter));
        }
        done(x);
    });
}

RegistryResult RegistryClient::interpretSingle(const RegistryRequest& request, const Exchange& x,
                                               bool isQuery)
{
    if (x.transportFailure)
        return *x.transportFailure;
    const std::optional<QJsonObject> object = jsonObject(x.body);
    if (x.httpStatus != 200) {
        if (object) {
            if (const Result<RegistryError> e = RegistryError::fromJson(*object); e.ok()) {
                if (isQuery && x.httpStatus == 404 && e->code == registry::ErrorUnknownKey) {
                    RegistryResult r;
                    r.outcome = RegistryResult::Outcome::UnknownKey;
                    r.httpStatus = 404;
                    return r;
                }
                // The registry said no: it recorded nothing, so this is never ambiguous.
                RegistryResult r = failure(e->code, protocolErrorText(e->code, e->message),
                                           e->retryable, false, x.httpStatus);
                r.retryAfter = x.retryAfter;
                return r;
            }
        }
        // No protocol error body: a proxy or a broken registry. 5xx and 429 pass with time.
        const bool transient = x.httpStatus >= 500 || x.httpStatus == 429;
        RegistryResult r =
            failure(u"http_status"_s,
                    tr("The registry answered HTTP %1 without a protocol error.").arg(x.httpStatus),
                    transient, transient, x.httpStatus);
        r.retryAfter = x.retryAfter;
        return r;
    }
    if (!object)
        return failure(u"malformed_answer"_s, tr("The registry's answer is not a JSON object."),
                       true, true, 200);
    Result<RegistryAnswer> answer = RegistryAnswer::fromJson(*object);
    if (!answer)
        return failure(answer.error().code, answer.error().message, true, true, 200);
    if (Status st = checkAnswer(request, *answer); !st)
        return failure(st.error().code, st.error().message, false, false, 200);
    RegistryResult r;
    r.outcome = RegistryResult::Outcome::Answered;
    r.answer = *answer;
    r.replayed = x.replayed;
    r.httpStatus = 200;
    return r;
}

QDateTime RegistryClient::parseHttpDate(const QByteArray& value)
{
    // RFC 9110's IMF-fixdate, the only form a server may send today; the day name is not
    // checked (it carries nothing the date does not).
    const QString text = QString::fromLatin1(value).trimmed();
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0 || !text.endsWith(u" GMT"))
        return {};
    // "06 Nov 1994 08:49:37": the date and the time apart, so that no local time zone (and no
    // hour that a local clock change skips) takes part.
    const QStringList parts = text.mid(comma + 1).chopped(4).simplified().split(u' ');
    if (parts.size() != 4)
        return {};
    const QDate date = QLocale::c().toDate(parts.mid(0, 3).join(u' '), u"dd MMM yyyy"_s);
    const QTime time = QTime::fromString(parts[3], u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

std::optional<std::chrono::seconds> RegistryClient::parseRetryAfter(const QByteArray& value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return std::chrono::seconds(text.toLongLong());
}

QString RegistryClient::protocolErrorText(const QString& code, const QString& registryMessage)
{
    namespace r = registry;
    if (code == r::ErrorUnauthenticated)
        return tr("The registry did not accept this desk's credential. Check the desk credential "
                  "in Settings.");
    if (code == r::ErrorDeskDisabled)
        return tr("This desk is disabled at the registry. Ask the registry's administrator to "
                  "enable it.");
    if (code == r::ErrorNotFound || code == r::ErrorMethodNotAllowed ||
        code == r::ErrorUnsupportedMediaType)
        return tr("The registry does not understand this desk's requests (%1). Check the "
                  "registry address in Settings.")
            .arg(code);
    if (code == r::ErrorBodyTooLarge || code == r::ErrorHeadersTooLarge)
        return tr("The request is larger than the registry accepts.");
    if (code == r::ErrorRequestTimeout)
        return tr("The request reached the registry too slowly; the desk will try again.");
    if (code == r::ErrorKeyReused)
        return tr("The registry holds another application under this request's key. Tell the "
                  "supervisor.");
    if (code == r::ErrorSerialsExhausted)
        return tr("The registry has no free IIN left for this birth date. Tell the supervisor.");
    if (code == r::ErrorUnavailable)
        return tr("The registry is temporarily unavailable; the desk will try again.");
    if (code == r::ErrorInternal)
        return tr("The registry failed with an internal error; the desk will try again.");
    // invalid_request and codes of a later protocol: the registry's own words say what is wrong.
    return tr("The registry refused the request (%1): %2").arg(code, registryMessage);
}

Status RegistryClient::checkAnswer(const RegistryRequest& request, const RegistryAnswer& answer)
{
    auto mismatch = [](const QString& what) {
        return Status(Error{u"answer_mismatch"_s,
                            tr("The registry's answer does not fit the application: %1. Tell "
                               "the supervisor; do not hand out this IIN.")
                                .arg(what)});
    };
    if (answer.idempotencyKey != request.idempotencyKey)
        return mismatch(tr("it answers another request"));
    if (answer.iin.isEmpty()) {
        if (answer.state != RegistryAnswer::State::Rejected &&
            answer.state != RegistryAnswer::State::PendingReview)
            return mismatch(tr("no IIN"));
        return {};
    }
    const std::optional<Iin> iin = Iin::parse(answer.iin);
    if (!iin)
        return mismatch(tr("the IIN is not valid"));
    if (iin->birthDate() != request.birthDate)
        return mismatch(tr("the IIN's birth date is not the applicant's"));
    if (iin->sex() != request.sex)
        return mismatch(tr("the IIN's sex digit is not the applicant's"));
    if (!answer.attestation.isEmpty()) {
        // What the registry signed must be this applicant, or the certificate would not verify.
        const Result<RegistryAttestation> a =
            RegistryAttestation::parse(answer.attestation.toUtf8());
        if (!a ||
            !a->matches(answer.iin, request.nameCyrillic, request.nameLatin, request.birthDate))
            return mismatch(tr("the registry's attestation names another person"));
    }
    return {};
}

void RegistryClient::submit(const RegistryRequest& request, Callback done)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    send(QString::fromUtf16(registry::PathRequests), &body,
         [request, done](const Exchange& x) { done(interpretSingle(request, x, false)); });
}

void RegistryClient::query(const RegistryRequest& request, Callback done)
{
    send(QString::fromUtf16(registry::PathRequestPrefix) +
             RegistryRequest::keyToString(request.idempotencyKey),
         nullptr, [request, done](const Exchange& x) { done(interpretSingle(request, x, true)); });
}

void RegistryClient::certifyDeskKey(const QByteArray& publicKey, DeskKeyCallback done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"public_key"_s, QString::fromLatin1(publicKey.toBase64())}})
            .toJson(QJsonDocument::Compact);
    send(QString::fromUtf16(registry::PathDeskKeys), &body, [publicKey, done](const Exchange& x) {
        if (x.transportFailure) {
            done(x.transportFailure->error);
            return;
        }
        const std::optional<QJsonObject> object = jsonObject(x.body);
        if (x.httpStatus != 200) {
            const Result<RegistryError> e =
                object ? RegistryError::fromJson(*object) : Result<RegistryError>(Error{});
            if (e)
                done(Error{e->code, protocolErrorText(e->code, e->message)});
            else
                done(Error{u"http_status"_s,
                           tr("The registry answered HTTP %1 without a protocol error.")
                               .arg(x.httpStatus)});
            return;
        }
        const Error malformed{u"malformed_answer"_s,
                              tr("The registry's certification of the desk key is malformed.")};
        if (!object) {
            done(malformed);
            return;
        }
        const Result<DeskKeyCertificate> certificate =
            DeskKeyCertificate::fromJson(object->value(u"certificate"_s).toObject());
        const QJsonObject registryKey = object->value(u"registry_key"_s).toObject();
        DeskKeyCertification c;
        c.registryKeyId = registryKey.value(u"key_id"_s).toString();
        c.registryPublicKey =
            QByteArray::fromBase64(registryKey.value(u"public_key"_s).toString().toLatin1());
        c.registryIssuer = registryKey.value(u"issuer"_s).toString();
        if (!certificate || certificate->publicKey != publicKey ||
            certificate->certifiedBy != c.registryKeyId ||
            !certificate->verify(c.registryPublicKey)) {
            done(malformed);
            return;
        }
        c.certificate = *certificate;
        done(c);
    });
}

void RegistryClient::submitBatch(const QList<RegistryRequest>& requests, BatchCallback done)
{
    QJsonArray items;
    for (const RegistryRequest& r : requests)
        items.append(r.toJson());
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"requests"_s, items}}).toJson(QJsonDocument::Compact);

    send(QString::fromUtf16(registry::PathBatch), &body, [requests, done](const Exchange& x) {
        auto all = [&](const RegistryResult& r) {
            return QList<RegistryResult>(requests.size(), r);
        };
        if (x.transportFailure || x.httpStatus != 200) {
            done(all(interpretSingle(requests.value(0), x, false)));
            return;
        }
        const auto malformed =
            failure(u"malformed_answer"_s, tr("The registry's batch answer is malformed."), true,
                    true, 200);
        const std::optional<QJsonObject> object = jsonObject(x.body);
        const QJsonValue resultsValue = object ? object->value(u"results"_s) : QJsonValue();
        if (!resultsValue.isArray() || resultsValue.toArray().size() != requests.size()) {
            done(all(malformed));
            return;
        }
        QList<RegistryResult> results(requests.size(), malformed);
        QSet<int> seen;
        const QJsonArray array = resultsValue.toArray();
        for (const QJsonValue& v : array) {
            const QJsonObject item = v.toObject();
            const QJsonValue index = item.value(u"index"_s);
            const QJsonValue status = item.value(u"status"_s);
            const int i = index.isDouble() ? index.toInt(-1) : -1;
            if (!v.isObject() || i < 0 || i >= requests.size() || seen.contains(i) ||
                !status.isDouble() || index.toDouble() != i) {
                done(all(malformed));
                return;
            }
            seen.insert(i);
            // Each item is judged like a single answer with its own status.
            Exchange one;
            one.httpStatus = status.toInt();
            one.replayed = item.value(u"replayed"_s).toBool(false);
            const QJsonValue payload =
                one.httpStatus == 200
                    ? item.value(u"answer"_s)
                    : QJsonValue(QJsonObject{{u"error"_s, item.value(u"error"_s)}});
            one.body = payload.isObject()
                           ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
                           : QByteArray();
            results[i] = interpretSingle(requests[i], one, false);
        }
        done(results);
    });
}

} // namespace iin

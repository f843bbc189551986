#include "server/RegistryMetrics.h"

#include "core/registry/RegistryProtocol.h"
#include "server/RegistryService.h"
#include "server/RegistryStore.h"

#include <QJsonArray>
#include <QMutexLocker>

namespace iin::server {

using namespace Qt::StringLiterals;
namespace reg = iin::registry;

namespace {

constexpr std::array<const char*, 4> CutNames{"idle_timeout", "request_timeout",
                                              "headers_too_large", "body_too_large"};

void header(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray& out, const char* name, const QByteArray& labels, quint64 value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + QByteArray::number(value) + '\n';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

void RegistryMetrics::recordRequest(QStringView route, const ServiceReply& reply,
                                    std::chrono::nanoseconds duration)
{
    const double seconds = std::chrono::duration<double>(duration).count();
    {
        QMutexLocker lock(&m_mutex);
        ++m_requests[{route.toString(), reply.httpStatus}];
        Latency& l = m_latency[route.toString()];
        for (size_t i = 0; i < Buckets.size(); ++i) {
            if (seconds <= Buckets[i]) {
                ++l.counts[i];
                break;
            }
        }
        ++l.count;
        l.sum += seconds;
    }
    if (route == u"submit") {
        if (!reply.replayed)
            countOutcome(QStringView(reply.logCode).left(reply.logCode.indexOf(u':')));
    } else if (route == u"batch" && reply.httpStatus == 200) {
        const QJsonArray results = reply.body.value(u"results"_s).toArray();
        for (const QJsonValue& v : results) {
            const QJsonObject item = v.toObject();
            if (item.contains(u"answer"_s) && !item.value(u"replayed"_s).toBool())
                countOutcome(item.value(u"answer"_s).toObject().value(u"state"_s).toString());
        }
    }
}

void RegistryMetrics::countOutcome(QStringView state)
{
    if (state == QStringView(reg::StateFormed))
        ++m_formed;
    else if (state == QStringView(reg::StateExisting))
        ++m_existing;
    else if (state == QStringView(reg::StateRejected))
        ++m_rejected;
    else if (state == QStringView(reg::StatePendingReview))
        ++m_pendingReview;
}

void RegistryMetrics::connectionOpened()
{
    ++m_open;
    ++m_accepted;
}

void RegistryMetrics::connectionClosed()
{
    --m_open;
}

void RegistryMetrics::connectionRefused(Refusal why)
{
    ++(why == Refusal::Capacity ? m_refusedCapacity : m_refusedPerAddress);
}

void RegistryMetrics::connectionEvicted()
{
    ++m_evicted;
}

void RegistryMetrics::connectionCut(Cut why)
{
    ++m_cuts[size_t(why)];
}

void RegistryMetrics::acceptFailed()
{
    ++m_acceptErrors;
}

QByteArray RegistryMetrics::render() const
{
    QByteArray out;
    out.reserve(8192);
    {
        QMutexLocker lock(&m_mutex);
        header(out, "iin_registry_requests_total", "counter",
               "Requests answered by the router, by route and HTTP status.");
        for (const auto& [key, count] : m_requests)
            sample(out, "iin_registry_requests_total",
                   "route=\"" + key.first.toLatin1() + "\",status=\"" +
                       QByteArray::number(key.second) + '"',
                   count);
        header(out, "iin_registry_request_duration_seconds", "histogram",
               "Time from a request's arrival at the router to its answer, by route.");
        for (const auto& [route, l] : m_latency) {
            const QByteArray r = "route=\"" + route.toLatin1() + '"';
            quint64 cumulative = 0;
            for (size_t i = 0; i < Buckets.size(); ++i) {
                cumulative += l.counts[i];
                sample(out, "iin_registry_request_duration_seconds_bucket",
                       r + ",le=\"" + number(Buckets[i]) + '"', cumulative);
            }
            sample(out, "iin_registry_request_duration_seconds_bucket", r + ",le=\"+Inf\"",
                   l.count);
            out += "iin_registry_request_duration_seconds_sum{" + r + "} " + number(l.sum) + '\n';
            sample(out, "iin_registry_request_duration_seconds_count", r, l.count);
        }
    }
    header(out, "iin_registry_answers_total", "counter",
           "Answers recorded for submits and batch items, by outcome (replays not counted).");
    sample(out, "iin_registry_answers_total", "outcome=\"formed\"", m_formed);
    sample(out, "iin_registry_answers_total", "outcome=\"existing\"", m_existing);
    sample(out, "iin_registry_answers_total", "outcome=\"rejected\"", m_rejected);
    sample(out, "iin_registry_answers_total", "outcome=\"pending_review\"", m_pendingReview);

    header(out, "iin_registry_connections_open", "gauge", "Client connections open now.");
    sample(out, "iin_registry_connections_open", {}, m_open);
    header(out, "iin_registry_connections_accepted_total", "counter",
           "Client connections accepted.");
    sample(out, "iin_registry_connections_accepted_total", {}, m_accepted);
    header(out, "iin_registry_connections_refused_total", "counter",
           "New connections answered 503 and closed: every slot busy, by limit.");
    sample(out, "iin_registry_connections_refused_total", "reason=\"capacity\"", m_refusedCapacity);
    sample(out, "iin_registry_connections_refused_total", "reason=\"per_address\"",
           m_refusedPerAddress);
    header(out, "iin_registry_connections_evicted_total", "counter",
           "Idle connections closed to make room for a new one.");
    sample(out, "iin_registry_connections_evicted_total", {}, m_evicted);
    header(out, "iin_registry_connections_cut_total", "counter",
           "Connections the registry closed on its own, by reason.");
    for (size_t i = 0; i < CutNames.size(); ++i)
        sample(out, "iin_registry_connections_cut_total",
               QByteArray("reason=\"") + CutNames[i] + '"', m_cuts[i]);
    header(out, "iin_registry_accept_errors_total", "counter",
           "Failed accepts (out of descriptors): accepting pauses and resumes after a backoff.");
    sample(out, "iin_registry_accept_errors_total", {}, m_acceptErrors);
    header(out, "iin_registry_database_reconnects_total", "counter",
           "Database connections opened again after they were lost.");
    sample(out, "iin_registry_database_reconnects_total", {}, RegistryStore::reconnects());
    if (const qint64 waiting = m_reviewsWaiting.load(std::memory_order_relaxed); waiting >= 0) {
        header(out, "iin_registry_reviews_waiting", "gauge",
               "Requests waiting for an officer's decision (counted at most every 15 s).");
        sample(out, "iin_registry_reviews_waiting", {}, quint64(waiting));
    }
    return out;
}

} // namespace iin::server

#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringView>

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <optional>
#include <utility>

namespace iin::server {

struct ServiceReply;

// The registry's counters for its operators, rendered for GET /v1/metrics in the Prometheus text
// exposition format 0.0.4 (docs/registry.md, "Metrics"). Labels are routes, statuses, outcomes
// and reasons from fixed lists: never a desk, a person or anything a client sent. Safe to use
// from any thread: the counters are atomics, the per-route tables are behind a mutex.
class RegistryMetrics
{
public:
    // Why the server closed a connection on its own.
    enum class Cut
    {
        IdleTimeout,
        RequestTimeout,
        HeadersTooLarge,
        BodyTooLarge,
    };
    // Why a new connection was refused with 503.
    enum class Refusal
    {
        Capacity,   // --max-connections reached and nothing idle to close
        PerAddress, // --max-connections-per-address reached and nothing of that address idle
    };

    // One answered request: `route` is the router's name for it ("submit", "health"...).
    // Answers of submits and batches that were not replays are counted by outcome (formed,
    // existing, rejected, pending_review).
    void recordRequest(QStringView route, const ServiceReply& reply,
                       std::chrono::nanoseconds duration);

    void connectionOpened();
    void connectionClosed();
    void connectionRefused(Refusal why);
    void connectionEvicted();
    void connectionCut(Cut why);
    void acceptFailed();

    // Requests waiting for an officer now, as last counted in the database; none: unknown (not
    // rendered).
    void setReviewsWaiting(std::optional<qint64> count)
    {
        m_reviewsWaiting.store(count.value_or(-1), std::memory_order_relaxed);
    }

    quint64 connectionsOpen() const { return m_open.load(std::memory_order_relaxed); }

    static constexpr char ContentType[] = "text/plain; version=0.0.4; charset=utf-8";
    QByteArray render() const;

private:
    // Upper bounds of the latency buckets, in seconds.
    static constexpr std::array<double, 14> Buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                    0.25,  0.5,    1.0,   2.5,  5.0,   10.0, 30.0};
    struct Latency
    {
        std::array<quint64, Buckets.size()> counts{}; // per bucket, not cumulative
        quint64 count = 0;
        double sum = 0;
    };
    void countOutcome(QStringView state);

    mutable QMutex m_mutex;
    std::map<std::pair<QString, int>, quint64> m_requests; // (route, status)
    std::map<QString, Latency> m_latency;                  // by route

    std::atomic<quint64> m_formed{0};
    std::atomic<quint64> m_existing{0};
    std::atomic<quint64> m_rejected{0};
    std::atomic<quint64> m_pendingReview{0};
    std::atomic<qint64> m_reviewsWaiting{-1};

    std::atomic<quint64> m_open{0};
    std::atomic<quint64> m_accepted{0};
    std::atomic<quint64> m_refusedCapacity{0};
    std::atomic<quint64> m_refusedPerAddress{0};
    std::atomic<quint64> m_evicted{0};
    std::array<std::atomic<quint64>, 4> m_cuts{};
    std::atomic<quint64> m_acceptErrors{0};
};

} // namespace iin::server

#pragma once

#include <QObject>
#include <QPointer>

namespace iin {

// For a request of which only the newest answer counts (a list refreshed again before the last
// refresh came back, a view switched to another item): next() gives the context to pass to
// StoreThread::run and drops the answer still on its way for the context it gave before.
//
//     m_store->run(m_listing.next(), job, [this](Result<...> list) { show(list); });
class NewestAnswer
{
public:
    explicit NewestAnswer(QObject* owner) : m_owner(owner) {}
    ~NewestAnswer() = default;
    NewestAnswer(const NewestAnswer&) = delete;
    NewestAnswer& operator=(const NewestAnswer&) = delete;

    QObject* next();
    // Drops the answer on its way, if any.
    void drop();

private:
    QObject* m_owner;
    QPointer<QObject> m_context;
};

} // namespace iin

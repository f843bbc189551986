#pragma once

#include "core/base/Result.h"
#include "core/store/Database.h"

#include <QString>

#include <memory>
#include <typeindex>
#include <unordered_map>

namespace iin {

// What a job on a StoreThread works with: the thread's one Database connection and the objects
// built over it (a Journal, an OperatorDirectory, a ComplaintRegister...), each made once per
// connection at its first use. Lives on the store's thread and is only touched there.
class StoreContext
{
public:
    StoreContext(QString path, Database::OpenCheck check);
    ~StoreContext();
    StoreContext(const StoreContext&) = delete;
    StoreContext& operator=(const StoreContext&) = delete;

    const QString& path() const { return m_path; }

    // Opens the connection unless it is open. A journal that could not be opened (held by a
    // backup, say) is tried again by the next job rather than leaving the desk without a store.
    Status open();
    bool isOpen() const { return m_database != nullptr; }
    // Drops every kept object, then the connection.
    void close();

    // Only while open (StoreThread runs jobs only then).
    Database& database() { return *m_database; }

    // The one T over this connection, made as T(database(), args...) at first use.
    template <class T, class... Args>
    T& keep(Args&&... args)
    {
        auto& slot = m_kept[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_shared<T>(database(), std::forward<Args>(args)...);
        return *static_cast<T*>(slot.get());
    }
    // Drops the kept T (made again at next use), e.g. a cache whose inputs changed.
    template <class T>
    void forget()
    {
        m_kept.erase(std::type_index(typeid(T)));
    }

private:
    QString m_path;
    Database::OpenCheck m_check;
    std::unique_ptr<Database> m_database;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_kept;
};

} // namespace iin

#include "core/services/StoreContext.h"

namespace iin {

StoreContext::StoreContext(QString path, Database::OpenCheck check)
    : m_path(std::move(path)), m_check(check)
{
}

StoreContext::~StoreContext()
{
    close();
}

Status StoreContext::open()
{
    if (m_database)
        return {};
    Database::Options options;
    options.check = m_check;
    Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
    if (!db)
        return db.error();
    m_database = std::move(db).value();
    return {};
}

void StoreContext::close()
{
    // Kept objects hold prepared statements on the connection: they go first.
    m_kept.clear();
    m_database.reset();
}

} // namespace iin

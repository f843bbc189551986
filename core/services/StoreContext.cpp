#include "core/services/StoreContext.h"

#include "core/atrest/ScanFolder.h"

#include <QDebug>

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
    // Scans an older release kept in clear are encrypted the first time this release opens the
    // journal, here on the journal's thread (docs/at-rest.md). A failure does not keep the desk
    // from working: every scan stays readable, and `iin-desk-cli scans encrypt` tries again.
    if (Result<ScanFolder::Run> run =
            ScanFolder::encryptPlain(*m_database, QStringLiteral("system"));
        !run)
        qWarning("Scans not encrypted: %s", qPrintable(run.errorMessage()));
    else if (!run->failed.isEmpty())
        qWarning("%d scans not encrypted", int(run->failed.size()));
    return {};
}

void StoreContext::close()
{
    // Kept objects hold prepared statements on the connection: they go first.
    m_kept.clear();
    m_database.reset();
}

} // namespace iin

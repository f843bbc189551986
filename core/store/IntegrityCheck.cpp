#include "core/store/IntegrityCheck.h"

#include "core/store/Database.h"

#include <QThread>

namespace iin {

IntegrityCheck::IntegrityCheck(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, path = m_path] {
        // The connection is made, used and closed on this thread.
        Status status;
        {
            Database::Options options;
            options.check = Database::OpenCheck::Deferred;
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            status = db ? (*db)->checkIntegrity() : Status(db.error());
        }
        QMetaObject::invokeMethod(
            this, [this, status] { emit finished(status.ok(), status.errorMessage()); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("journal check"));
    m_thread->start(QThread::LowPriority);
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace iin

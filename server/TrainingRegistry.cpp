#include "server/TrainingRegistry.h"

#include "core/base/FileSync.h"
#include "server/DeskCredentials.h"
#include "server/RegistryHttpServer.h"
#include "server/RegistryService.h"
#include "server/RegistryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace iin::server {

using namespace Qt::StringLiterals;

// Everything that lives on the training registry's thread: a store is one database connection,
// used from the thread that opened it.
class TrainingServer : public QObject
{
public:
    Status open(const QString& file, QString* token, quint16* port)
    {
        Result<std::unique_ptr<RegistryStore>> store = RegistryStore::openSqlite(file);
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        m_credentials = std::make_unique<DeskCredentials>(*m_store);
        const Result<QString> t = deskToken(file);
        if (!t)
            return t.error();
        m_service = std::make_unique<RegistryService>(*m_store);
        // Attestations of training IINs are signed by the training key, whose secret is public:
        // they verify only as training, never as genuine.
        m_service->setSigningKey(SigningKey::training());
        m_server = std::make_unique<RegistryHttpServer>(*m_service, *m_credentials);
        if (Status s = m_server->listen(ListenOptions{}); !s)
            return s;
        *token = *t;
        *port = m_server->port();
        return {};
    }

    ~TrainingServer() override
    {
        m_server.reset();
        m_service.reset();
        m_credentials.reset();
        m_store.reset();
    }

private:
    // The desk's credential for this training registry, kept beside its database (owner-only)
    // so that the desk and `iin-desk-cli sync` on the same journal share it: making a new one
    // at every start would lock out the other program, whose token would stop working.
    Result<QString> deskToken(const QString& file)
    {
        const QString tokenFile = file + u".token"_s;
        QFile existing(tokenFile);
        if (existing.open(QIODevice::ReadOnly)) {
            const QString token = QString::fromUtf8(existing.readAll()).trimmed();
            if (m_credentials->check("Bearer " + token.toUtf8()).verdict ==
                DeskCredentials::Verdict::Accepted)
                return token;
        }
        const Result<QString> token = m_credentials->addDesk(u"TRAINING"_s);
        if (!token)
            return token;
        QSaveFile out(tokenFile);
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            out.write(token->toUtf8()) < 0 || !out.commit())
            return Error{u"training.token"_s,
                         QCoreApplication::translate("TrainingRegistry",
                                                     "Cannot write the training registry's "
                                                     "credential file %1.")
                             .arg(tokenFile)};
        // The name too must survive a power cut, or the next start would lock the other
        // program out with a fresh secret.
        if (Status st = syncDirectoryOf(tokenFile); !st)
            return st.error();
        return token;
    }

    std::unique_ptr<RegistryStore> m_store;
    std::unique_ptr<DeskCredentials> m_credentials;
    std::unique_ptr<RegistryService> m_service;
    std::unique_ptr<RegistryHttpServer> m_server;
};

Result<std::unique_ptr<TrainingHost>> TrainingRegistry::start(const QString& databaseFile)
{
    std::unique_ptr<TrainingRegistry> r(new TrainingRegistry);
    r->m_file = databaseFile;
    r->m_thread.setObjectName(u"iin-training-registry"_s);
    r->m_thread.start();
    r->m_host = new TrainingServer;
    r->m_host->moveToThread(&r->m_thread);
    Status opened;
    QString token;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        r->m_host, [&] { opened = r->m_host->open(databaseFile, &token, &port); },
        Qt::BlockingQueuedConnection);
    if (!opened)
        return opened.error(); // the destructor stops the thread
    r->m_endpoint.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    r->m_endpoint.deskToken = token;
    return std::unique_ptr<TrainingHost>(std::move(r));
}

TrainingRegistry::~TrainingRegistry()
{
    if (!m_thread.isRunning())
        return;
    // Deleted on its own thread, as the thread finishes: the store's connection belongs there.
    QMetaObject::invokeMethod(m_host, [host = m_host] {
        host->deleteLater();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

} // namespace iin::server

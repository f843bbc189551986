#include "TrainingRegistry.h"

#include "DeskCredentials.h"
#include "RegistryHttpServer.h"
#include "RegistryService.h"
#include "RegistryStore.h"

#include <QUrl>

namespace iin::server {

using namespace Qt::StringLiterals;

// Everything that lives on the training registry's thread: a store is one database connection,
// used from the thread that opened it.
class TrainingHost : public QObject
{
public:
    Status open(const QString& file, QString* token, quint16* port)
    {
        Result<std::unique_ptr<RegistryStore>> store = RegistryStore::openSqlite(file);
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        m_credentials = std::make_unique<DeskCredentials>(*m_store);
        // A new secret at every start: the old one stops working, and this one is never
        // written anywhere but the registry's hash of it.
        const Result<QString> t = m_credentials->addDesk(u"TRAINING"_s);
        if (!t)
            return t.error();
        m_service = std::make_unique<RegistryService>(*m_store);
        m_server = std::make_unique<RegistryHttpServer>(*m_service, *m_credentials);
        if (Status s = m_server->listen(ListenOptions{}); !s)
            return s;
        *token = *t;
        *port = m_server->port();
        return {};
    }

    ~TrainingHost() override
    {
        m_server.reset();
        m_service.reset();
        m_credentials.reset();
        m_store.reset();
    }

private:
    std::unique_ptr<RegistryStore> m_store;
    std::unique_ptr<DeskCredentials> m_credentials;
    std::unique_ptr<RegistryService> m_service;
    std::unique_ptr<RegistryHttpServer> m_server;
};

Result<std::unique_ptr<TrainingRegistry>> TrainingRegistry::start(const QString& databaseFile)
{
    std::unique_ptr<TrainingRegistry> r(new TrainingRegistry);
    r->m_file = databaseFile;
    r->m_thread.setObjectName(u"iin-training-registry"_s);
    r->m_thread.start();
    r->m_host = new TrainingHost;
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
    return r;
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

Result<RegistryLink> RegistryLink::open(const RegistrySettings& settings,
                                        const QString& journalPath)
{
    Result<RegistryConnection> configured = RegistryConnection::fromSettings(settings);
    if (!configured)
        return configured.error();
    RegistryLink link;
    if (!configured->isTraining()) {
        link.connection = *configured;
        return link;
    }
    Result<std::unique_ptr<TrainingRegistry>> training =
        TrainingRegistry::start(RegistryConnection::trainingDatabasePath(journalPath));
    if (!training)
        return training.error();
    link.training = std::move(training).value();
    link.connection = RegistryConnection::training(link.training->endpoint());
    return link;
}

} // namespace iin::server

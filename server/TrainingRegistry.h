#pragma once

#include "core/registry/RegistryConnection.h"
#include "core/base/Result.h"

#include <QString>
#include <QThread>

#include <memory>

namespace iin::server {

class TrainingHost;

// The desk's embedded training registry: the reference registry's own code (RegistryService,
// RegistryHttpServer) over a local SQLite file, listening on 127.0.0.1 on a free port, on a
// thread of its own. The desk id is TRAINING; its credential is made on first use and kept in
// "<database>.token" (owner-only), so that the desk and the CLI on one journal share it.
// Why over loopback HTTP rather than direct calls: docs/sync.md, "The training registry".
class TrainingRegistry
{
public:
    static Result<std::unique_ptr<TrainingRegistry>> start(const QString& databaseFile);
    ~TrainingRegistry();
    TrainingRegistry(const TrainingRegistry&) = delete;
    TrainingRegistry& operator=(const TrainingRegistry&) = delete;

    RegistryEndpoint endpoint() const { return m_endpoint; }
    QString databaseFile() const { return m_file; }

private:
    TrainingRegistry() = default;

    QThread m_thread;
    TrainingHost* m_host = nullptr;
    RegistryEndpoint m_endpoint;
    QString m_file;
};

// What the desk and the CLI need to start syncing: the connection (configured or training) and,
// in training, the embedded registry that serves it, alive as long as this object.
struct RegistryLink
{
    RegistryConnection connection;
    std::unique_ptr<TrainingRegistry> training;

    // From the settings: the configured registry, or with no registry URL the training registry
    // over RegistryConnection::trainingDatabasePath(journalPath).
    static Result<RegistryLink> open(const RegistrySettings& settings, const QString& journalPath);
};

} // namespace iin::server

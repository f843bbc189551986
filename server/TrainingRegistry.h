#pragma once

#include "core/base/Result.h"
#include "core/registry/RegistryConnection.h"
#include "core/registry/RegistryLink.h"

#include <QString>
#include <QThread>

#include <memory>

namespace iin::server {

class TrainingServer;

// The desk's embedded training registry: the reference registry's own code (RegistryService,
// RegistryHttpServer) over a local SQLite file, listening on 127.0.0.1 on a free port, on a
// thread of its own. The desk id is TRAINING; its credential is made on first use and kept in
// "<database>.token" (owner-only), so that the desk and the CLI on one journal share it.
// Why over loopback HTTP rather than direct calls: docs/sync.md, "The training registry".
// `&TrainingRegistry::start` is the TrainingStarter the desk's and the CLI's main() hand to
// core's RegistryLink::open.
class TrainingRegistry final : public TrainingHost
{
public:
    static Result<std::unique_ptr<TrainingHost>> start(const QString& databaseFile);
    ~TrainingRegistry() override;
    TrainingRegistry(const TrainingRegistry&) = delete;
    TrainingRegistry& operator=(const TrainingRegistry&) = delete;

    RegistryEndpoint endpoint() const override { return m_endpoint; }
    QString databaseFile() const override { return m_file; }

private:
    TrainingRegistry() = default;

    QThread m_thread;
    TrainingServer* m_host = nullptr;
    RegistryEndpoint m_endpoint;
    QString m_file;
};

} // namespace iin::server

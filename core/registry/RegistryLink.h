#pragma once

#include "core/base/Result.h"
#include "core/registry/RegistryConnection.h"

#include <QString>

#include <functional>
#include <memory>

namespace iin {

// The embedded training registry while it runs: the reference registry's own code serving a
// local file on loopback (server::TrainingRegistry). Core only knows this face of it, so that
// core (and the ui library over it) never links the HTTP server: the programs that embed it
// (iin-desk, iin-desk-cli) hand a TrainingStarter down (docs/architecture.md, "Layers").
class TrainingHost
{
public:
    virtual ~TrainingHost() = default; // stops serving
    virtual RegistryEndpoint endpoint() const = 0;
    virtual QString databaseFile() const = 0; // the training registry's own database
};

// Starts a training registry over `databaseFile`.
using TrainingStarter =
    std::function<Result<std::unique_ptr<TrainingHost>>(const QString& databaseFile)>;

// What the desk and the CLI need to start syncing: the connection (configured or training) and,
// in training, the embedded registry that serves it, alive as long as this object.
struct RegistryLink
{
    RegistryConnection connection;
    std::unique_ptr<TrainingHost> training;

    // From the settings: the configured registry, or with no registry URL a training registry
    // started by `startTraining` over RegistryConnection::trainingDatabasePath(journalPath).
    static Result<RegistryLink> open(const RegistrySettings& settings, const QString& journalPath,
                                     const TrainingStarter& startTraining);
};

} // namespace iin

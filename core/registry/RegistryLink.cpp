#include "core/registry/RegistryLink.h"

namespace iin {

Result<RegistryLink> RegistryLink::open(const RegistrySettings& settings,
                                        const QString& journalPath,
                                        const TrainingStarter& startTraining)
{
    Result<RegistryConnection> configured = RegistryConnection::fromSettings(settings);
    if (!configured)
        return configured.error();
    RegistryLink link;
    if (!configured->isTraining()) {
        link.connection = *configured;
        return link;
    }
    Result<std::unique_ptr<TrainingHost>> training =
        startTraining(RegistryConnection::trainingDatabasePath(journalPath));
    if (!training)
        return training.error();
    link.training = std::move(training).value();
    link.connection = RegistryConnection::training(link.training->endpoint());
    return link;
}

} // namespace iin

#pragma once

#include "core/base/Result.h"
#include "core/registry/RegistryClient.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace iin {

// The registry settings of a workstation (docs/sync.md, "Settings"). Keys in QSettings:
// registry/url, registry/deskId, registry/deskToken, registry/caFile.
struct RegistrySettings
{
    QString url;       // empty: the embedded training registry
    QString deskToken; // "<desk-id>:<secret>", as `iin-registryd add-desk` prints it
    QString caFile;    // PEM file with the registry's certificate or its private CA; optional

    static RegistrySettings load(const QSettings& settings);
};

// Where the sync worker sends its requests, and whether that is the training registry. Made
// once from the settings: a configured registry needs a desk credential; no registry at all
// means training, and the embedded training registry (TrainingRegistry, a separate library so
// that core never links the server) supplies the endpoint.
class RegistryConnection
{
    Q_DECLARE_TR_FUNCTIONS(RegistryConnection)

public:
    // The configured registry, or a training connection still without an endpoint.
    static Result<RegistryConnection> fromSettings(const RegistrySettings& settings);
    static RegistryConnection training(RegistryEndpoint embedded);

    bool isTraining() const { return m_training; }
    const RegistryEndpoint& endpoint() const { return m_endpoint; }

    // Whether `url` may be used at all: https:// anywhere, http:// only to this computer
    // (localhost, 127.0.0.0/8, ::1). Over plain http to another host the desk credential and the
    // applicants' data would cross the network readable by anyone on the way.
    static bool isAllowedScheme(const QUrl& url);
    static bool isLoopbackHost(const QString& host);

    // The training registry's database: "training-registry.sqlite" beside the journal.
    static QString trainingDatabasePath(const QString& journalPath);

private:
    RegistryEndpoint m_endpoint;
    bool m_training = false;
};

} // namespace iin

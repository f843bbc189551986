#pragma once

#include "tests/RegistryTestSupport.h"
#include "tests/StoreTestData.h" // fillJournal()

#include <QString>
#include <QStringList>

namespace iin::test {

// What the journal and the registry's database say after a sync, checked against each other:
// every application of the journal has exactly one IIN, no IIN belongs to two applications, the
// registry recorded exactly the journal's keys with the same IINs, and no person got two IINs.
struct SyncInvariants
{
    bool ok = false;
    QString why;
};
// `registryFile`: the registry's SQLite file; `deskId` the desk's id there.
SyncInvariants checkSyncInvariants(const QString& journalPath, const QString& registryFile,
                                   const QString& deskId, int expectedApplications);
// The same against any registry database (SQLite or PostgreSQL).
SyncInvariants checkSyncInvariants(const QString& journalPath, const RegistryBackend& registry,
                                   const QString& deskId, int expectedApplications);

// `iin-desk-cli audit verify --db path` says the chain holds.
bool auditVerifies(const QString& journalPath, QString* why);

} // namespace iin::test

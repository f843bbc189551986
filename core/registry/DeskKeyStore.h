#pragma once

#include "core/base/Result.h"
#include "core/registry/RegistryClient.h"
#include "core/signing/DeskKeyCertificate.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace iin {

class SigningKey;

// The desk's own signing keys as the registry certified them, kept in the journal (table
// desk_keys, docs/store.md): the sync worker asks the registry once per key, the printer reads
// the certification to know that a real certificate may be signed with the key.
class DeskKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(DeskKeyStore)

public:
    static Status save(QSqlDatabase db, const DeskKeyCertification& certification);
    static Result<std::optional<DeskKeyCertification>> find(QSqlDatabase db, const QString& keyId);

    // The desk's key file: beside the journal unless the settings name another.
    static QString defaultKeyFile(const QString& journalPath);
    // Loads the desk's key, or makes a new one when the file does not exist yet (0600, never
    // over an existing file).
    static Result<SigningKey> loadOrCreate(const QString& path, const QString& deskId);
};

} // namespace iin

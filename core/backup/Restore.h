#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace iin {

class Database;

// Puts a backup back in the journal's place. Registration numbers issued after the backup was
// taken are unknown to it, so the restore moves every desk's sequence forward by `skip`: a
// number is never issued twice, even to an application re-entered after the restore.
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    static constexpr int DefaultSkip = 1000;

    // Refuses when something already lies at `target` (move the old journal aside first).
    // Copies, opens and checks the copy, moves the sequences and records the restore in the
    // audit trail, in one transaction.
    //
    // A backup with operator accounts is restored only by an operator whose role may
    // (Permission::ExportData) in that backup's accounts: `signIn`, when given, runs first on
    // the opened copy (the command-line tool checks the password there, so that the sign-in is
    // recorded in the restored journal) and must succeed.
    static Status fromBackup(const QString& backup, const QString& target, int skip,
                             const QString& operatorId,
                             const std::function<Status(Database&)>& signIn = {},
                             const QJsonObject& origin = {});

    // `restore.target_exists` when the journal or its -wal or -shm file lies at `target`.
    static Status checkTarget(const QString& target);
};

} // namespace iin

#pragma once

#include "core/backup/BackupSettings.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace iin {

class Database;

// What the desk's end-of-day backup needs to know besides the journal.
struct DailyBackupPlan
{
    BackupSettings settings;
    QString officeCode; // in the file's name
    QString deskCode;
    QStringList mediaRoots; // where USB sticks are mounted (BackupFolder::defaultMediaRoots)
};

struct DailyBackupOutcome
{
    bool made = false;   // false: not due, or not configured
    QString file;        // the backup written (absolute path)
    QString keyId;       // the recovery key it was encrypted to
    QStringList removed; // this desk's older backups removed (keep the last N)
    QDateTime lastGood;  // UTC: the newest good backup now recorded; invalid: none ever
};

// The desk's own encrypted backup at the end of the day (docs/backup.md): decided by
// BackupSchedule from the clock and the last good backup in the audit trail, written by
// EncryptedBackup to the USB stick or the configured folder (BackupFolder), then the folder
// pruned to the newest `keep` of this desk's backups. Runs on the store's thread.
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackup)

public:
    // The time of the newest `database.backup` record in the audit trail (a plain or encrypted
    // backup, by the desk or the command line): recorded only once the file was written and
    // checked, and tamper-evident with the chain. Invalid when there is none.
    static Result<QDateTime> lastGoodBackup(Database& database);

    // Makes the backup when it is due at `now` (UTC) and backups are configured; otherwise
    // answers with `made` false and the last good backup's time.
    static Result<DailyBackupOutcome> runIfDue(Database& database, const QString& operatorId,
                                               const DailyBackupPlan& plan, const QDateTime& now);
    // Makes it now, due or not.
    static Result<DailyBackupOutcome> run(Database& database, const QString& operatorId,
                                          const DailyBackupPlan& plan, const QDateTime& now);
};

} // namespace iin

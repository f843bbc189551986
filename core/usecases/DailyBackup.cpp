#include "core/usecases/DailyBackup.h"

#include "core/backup/BackupFolder.h"
#include "core/backup/BackupSchedule.h"
#include "core/backup/EncryptedBackup.h"
#include "core/backup/RecoveryKey.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace iin {

Result<QDateTime> DailyBackup::lastGoodBackup(Database& database)
{
    QSqlQuery q(database.sql());
    q.prepare(
        QStringLiteral("SELECT at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(AuditTrail::Backup);
    if (!q.exec())
        return StoreError::from(q.lastError(), tr("Reading the time of the last backup"));
    if (!q.next())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC();
}

Result<DailyBackupOutcome> DailyBackup::runIfDue(Database& database, const QString& operatorId,
                                                 const DailyBackupPlan& plan, const QDateTime& now)
{
    Result<QDateTime> last = lastGoodBackup(database);
    if (!last)
        return last.error();
    DailyBackupOutcome outcome;
    outcome.lastGood = *last;
    if (!plan.settings.enabled() || !BackupSchedule(plan.settings.at).isDue(now, *last))
        return outcome;
    return run(database, operatorId, plan, now);
}

Result<DailyBackupOutcome> DailyBackup::run(Database& database, const QString& operatorId,
                                            const DailyBackupPlan& plan, const QDateTime& now)
{
    Result<RecoveryPublicKey> key = RecoveryPublicKey::load(plan.settings.publicKeyFile.trimmed());
    if (!key)
        return key.error();
    Result<QString> folder = BackupFolder::resolve(plan.settings.folder, plan.mediaRoots);
    if (!folder)
        return folder.error();
    DailyBackupOutcome outcome;
    outcome.file =
        QDir(*folder).filePath(BackupFolder::fileName(plan.officeCode, plan.deskCode, now));
    outcome.keyId = key->id();
    if (Status s = EncryptedBackup::write(database, outcome.file, operatorId, *key); !s)
        return s.error();
    // Older ones go only once the new one is written, checked and recorded.
    Result<QStringList> removed =
        BackupFolder::prune(*folder, plan.officeCode, plan.deskCode, plan.settings.keep);
    if (!removed)
        return removed.error();
    outcome.removed = *removed;
    outcome.made = true;
    Result<QDateTime> last = lastGoodBackup(database);
    if (!last)
        return last.error();
    outcome.lastGood = *last;
    return outcome;
}

} // namespace iin

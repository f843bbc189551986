#include "core/backup/Backup.h"

#include "core/base/FileSync.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace iin {

Status Backup::write(Database& database, const QString& target, const QString& operatorId)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error{QStringLiteral("backup.exists"),
                     tr("\"%1\" already exists: choose a new file for the backup.").arg(target)};
    if (info.absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error{QStringLiteral("backup.same_file"),
                     tr("The backup cannot be written over the database itself.")};

    // Only an operator whose role may export the journal takes a copy of it.
    if (Status s = Authorization::require(database.sql(), operatorId, Permission::ExportData); !s)
        return s;

    if (Status s = copyChecked(database, info.absoluteFilePath()); !s)
        return s;

    // Recorded once the copy exists and reads back: a failed backup leaves no record of a file
    // that is not there. (So the copy itself does not hold its own record.)
    if (Status s = AuditTrail::record(database,
                                      {operatorId, AuditTrail::Backup, QStringLiteral("database"),
                                       QJsonObject{{QStringLiteral("file"), info.fileName()}}});
        !s) {
        QFile::remove(info.absoluteFilePath()); // an unrecorded copy of personal data is not kept
        return s;
    }
    return {};
}

Status Backup::copyChecked(Database& database, const QString& file)
{
    // The copy is as private as the journal (VACUUM INTO writes into an empty file).
    if (!Database::createPrivateFile(file))
        return Error{QStringLiteral("backup.io"),
                     tr("The backup file \"%1\" cannot be created.").arg(file)};
    QSqlQuery q(database.sql());
    // VACUUM INTO takes an expression: the file name is bound, never spliced into the SQL.
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    if (!q.exec()) {
        const Error e = StoreError::from(q.lastError(), tr("Writing the backup"));
        QFile::remove(file); // a half-written copy is no backup
        return e;
    }
    q.finish();

    // Check the copy as a restore would: it must open and pass the integrity check.
    Result<std::unique_ptr<Database>> copy = Database::open(file);
    if (!copy) {
        QFile::remove(file);
        return Error{
            QStringLiteral("backup.unreadable"),
            tr("The backup was written but cannot be read back: %1").arg(copy.errorMessage())};
    }
    const bool intact = [&] {
        QSqlQuery check((*copy)->sql());
        return check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next() &&
               check.value(0).toString() == u"ok";
    }();
    copy->reset();
    if (!intact) {
        QFile::remove(file);
        return Error{QStringLiteral("backup.unreadable"),
                     tr("The backup was written but fails the integrity check.")};
    }
    // A backup whose name is lost in a power cut is no backup.
    if (Status s = syncDirectoryOf(file); !s) {
        QFile::remove(file);
        return s;
    }

    return {};
}

} // namespace iin

#include "core/backup/Restore.h"

#include "core/base/FileSync.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace iin {

namespace {

// A copy created owner-only (before its first byte) and synced to the disk.
bool copyPrivately(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly) || !Database::createPrivateFile(to))
        return false;
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return false;
        if (out.write(chunk) != chunk.size())
            return false;
    }
    if (!out.flush())
        return false;
    out.close();
    return syncFile(to).ok();
}

} // namespace

Status Restore::checkTarget(const QString& target)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(target + suffix))
            return Error{QStringLiteral("restore.target_exists"),
                         tr("%1 already exists: move the old journal (and its -wal and -shm "
                            "files) aside first; the restore never overwrites it.")
                             .arg(target + suffix)};
    }
    return {};
}

Status Restore::fromBackup(const QString& backup, const QString& target, int skip,
                           const QString& operatorId,
                           const std::function<Status(Database&)>& signIn,
                           const QJsonObject& origin)
{
    const auto fail = [](const char* code, const QString& message) {
        return Status(Error{QString::fromLatin1(code), message});
    };
    if (skip < 1)
        return fail("restore.skip", tr("The number of registration numbers to skip must be at "
                                       "least 1."));
    if (!QFileInfo::exists(backup))
        return fail("restore.no_backup", tr("The backup file %1 does not exist.").arg(backup));
    if (Status s = checkTarget(target); !s)
        return s;
    const QString partial = target + QStringLiteral(".restoring");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    // The journal is private from its first byte, whatever the backup's own permissions.
    if (!copyPrivately(backup, partial)) {
        QFile::remove(partial);
        return fail("restore.copy", tr("Cannot copy %1 to %2.").arg(backup, partial));
    }
    // Checked under its temporary name: a copy that does not open never takes the journal's place.
    const Status prepared = [&]() -> Status {
        auto db = Database::open(partial);
        if (!db)
            return db.error();
        if (signIn) {
            if (Status s = signIn(**db); !s)
                return s;
        }
        Transaction t((*db)->sql());
        if (Status s = t.begin(); !s)
            return s;
        if (Status s = Authorization::require((*db)->sql(), operatorId, Permission::ExportData); !s)
            return s;
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral("UPDATE desk_sequence SET last_value = last_value + ?"));
        q.addBindValue(skip);
        if (!q.exec())
            return fail(
                "restore.sequence",
                tr("Cannot move the registration numbers forward: %1").arg(q.lastError().text()));
        // Certificate numbers likewise. Their sequences run per year: this year's and last
        // year's are created where the backup has none (certificates may have been printed
        // after it in a year it never saw), then all move forward.
        const int year = QDate::currentDate().year();
        for (int y : {year - 1, year}) {
            QSqlQuery c((*db)->sql());
            c.prepare(QStringLiteral(
                "INSERT INTO certificate_sequence (office, desk, year, last_value)"
                " SELECT office, desk, ?, 0 FROM desk_sequence WHERE true ON CONFLICT DO NOTHING"));
            c.addBindValue(y);
            if (!c.exec())
                return fail("restore.sequence",
                            tr("Cannot move the certificate numbers forward: %1")
                                .arg(c.lastError().text()));
        }
        QSqlQuery c((*db)->sql());
        c.prepare(QStringLiteral("UPDATE certificate_sequence SET last_value = last_value + ?"));
        c.addBindValue(skip);
        if (!c.exec())
            return fail(
                "restore.sequence",
                tr("Cannot move the certificate numbers forward: %1").arg(c.lastError().text()));
        QJsonObject details{{QStringLiteral("from"), QFileInfo(backup).fileName()},
                            {QStringLiteral("skipped_numbers"), skip}};
        for (auto i = origin.begin(); i != origin.end(); ++i)
            details.insert(i.key(), i.value());
        const AuditEvent event{operatorId, AuditTrail::Restored, QStringLiteral("database"),
                               details};
        if (Status s = AuditTrail::append((*db)->sql(), event); !s)
            return s;
        if (Status s = t.commit(); !s)
            return s;
        const AuditVerification v = AuditTrail::verify((*db)->sql());
        if (!v.ok)
            return fail("restore.audit", tr("The backup's audit trail does not verify at record "
                                            "%1: %2")
                                             .arg(v.firstBad)
                                             .arg(v.reason));
        return {};
    }();
    if (!prepared) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return prepared;
    }
    // Closing the last connection checkpoints the write-ahead log into the file and removes it.
    // A log still holding pages (the checkpoint failed, e.g. on a full disk) holds the moved
    // sequences and the restore record: the copy without it is not the journal prepared here.
    if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0)
        return fail("restore.checkpoint",
                    tr("The prepared copy %1 could not be written completely (is the disk "
                       "full?); it is left in place with its -wal file.")
                        .arg(partial));
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (Status s = syncFile(partial); !s)
        return s;
    if (!QFile::rename(partial, target))
        return fail("restore.rename", tr("Cannot move %1 to %2.").arg(partial, target));
    // The new name must survive a power cut as well as the contents.
    return syncDirectoryOf(target);
}

} // namespace iin

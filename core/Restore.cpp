#include "Restore.h"

#include "AuditTrail.h"
#include "Authorization.h"
#include "Database.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace iin {

Status Restore::fromBackup(const QString& backup, const QString& target, int skip,
                           const QString& operatorId,
                           const std::function<Status(Database&)>& signIn)
{
    const auto fail = [](const char* code, const QString& message) {
        return Status(Error{QString::fromLatin1(code), message});
    };
    if (skip < 1)
        return fail("restore.skip", tr("The number of registration numbers to skip must be at "
                                       "least 1."));
    if (!QFileInfo::exists(backup))
        return fail("restore.no_backup", tr("The backup file %1 does not exist.").arg(backup));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(target + suffix))
            return fail("restore.target_exists",
                        tr("%1 already exists: move the old journal (and its -wal and -shm "
                           "files) aside first; the restore never overwrites it.")
                            .arg(target + suffix));
    }
    const QString partial = target + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backup, partial))
        return fail("restore.copy", tr("Cannot copy %1 to %2.").arg(backup, partial));
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
        const AuditEvent event{operatorId, AuditTrail::Restored, QStringLiteral("database"),
                               QJsonObject{{QStringLiteral("from"), QFileInfo(backup).fileName()},
                                           {QStringLiteral("skipped_numbers"), skip}}};
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
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!prepared) {
        QFile::remove(partial);
        return prepared;
    }
    if (!QFile::rename(partial, target))
        return fail("restore.rename", tr("Cannot move %1 to %2.").arg(partial, target));
    return {};
}

} // namespace iin

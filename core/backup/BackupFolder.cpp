#include "core/backup/BackupFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace iin {

QStringList BackupFolder::defaultMediaRoots()
{
    const QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        return {};
    return {QStringLiteral("/media/") + user, QStringLiteral("/run/media/") + user};
}

Result<QString> BackupFolder::resolve(const QString& configured, const QStringList& mediaRoots)
{
    for (const QString& root : mediaRoots) {
        const QDir media(root);
        // Sorted by name: the same stick is chosen every time when two are mounted.
        for (const QString& volume :
             media.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QFileInfo folder(media.filePath(volume) + u'/' + stickFolderName());
            if (folder.isDir() && folder.isWritable())
                return folder.absoluteFilePath();
        }
    }
    const QString dir = configured.trimmed();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return QFileInfo(dir).absoluteFilePath();
    return Error{QStringLiteral("backup.no_folder"),
                 dir.isEmpty() ? tr("No USB stick with an iin-desk-backups folder is mounted, and "
                                    "no backup folder is set in the desk settings.")
                               : tr("No USB stick with an iin-desk-backups folder is mounted, and "
                                    "the backup folder %1 is not there.")
                                     .arg(dir)};
}

QString BackupFolder::fileName(const QString& office, const QString& desk, const QDateTime& at)
{
    return QStringLiteral("iin-desk-%1-%2-%3.iinbak")
        .arg(office, desk, at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

QStringList BackupFolder::backupsOf(const QString& folder, const QString& office,
                                    const QString& desk)
{
    const QRegularExpression pattern(
        QStringLiteral("^iin-desk-%1-%2-\\d{8}T\\d{6}Z\\.iinbak$")
            .arg(QRegularExpression::escape(office), QRegularExpression::escape(desk)));
    QStringList mine;
    for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        if (pattern.match(name).hasMatch())
            mine << name;
    }
    return mine;
}

Result<QStringList> BackupFolder::prune(const QString& folder, const QString& office,
                                        const QString& desk, int keep)
{
    const QStringList mine = backupsOf(folder, office, desk);
    QStringList removed;
    for (qsizetype i = 0; i + keep < mine.size(); ++i) {
        if (!QFile::remove(QDir(folder).filePath(mine[i])))
            return Error{QStringLiteral("backup.prune"),
                         tr("The old backup %1 cannot be removed.").arg(mine[i])};
        removed << mine[i];
    }
    return removed;
}

} // namespace iin

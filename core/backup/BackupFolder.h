#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace iin {

// Where the desk's own backups go and which of them are kept. A USB stick wins when one is
// mounted with an `iin-desk-backups` folder on it (the office takes the stick home); otherwise
// the configured folder. Files are named for the desk and the time, so that pruning touches
// only what this desk wrote.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    static QString stickFolderName() { return QStringLiteral("iin-desk-backups"); }
    // /media/$USER and /run/media/$USER: where desktop systems mount removable volumes.
    static QStringList defaultMediaRoots();

    // The `iin-desk-backups` folder on the first mounted volume under `mediaRoots` that has one,
    // else `configured` when it is a folder; `backup.no_folder` otherwise.
    static Result<QString> resolve(const QString& configured, const QStringList& mediaRoots);

    // "iin-desk-OFFICE-DESK-20261206T130000Z.iinbak" (UTC).
    static QString fileName(const QString& office, const QString& desk, const QDateTime& at);
    // This desk's backups in `folder`, oldest first (the names sort by time).
    static QStringList backupsOf(const QString& folder, const QString& office, const QString& desk);
    // Removes all but the newest `keep` of this desk's backups; the names removed.
    static Result<QStringList> prune(const QString& folder, const QString& office,
                                     const QString& desk, int keep);
};

} // namespace iin

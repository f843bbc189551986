#include "core/store/UpgradeBackup.h"

#include "core/base/FileSync.h"
#include "core/store/Database.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace iin {

namespace {

Error failed(const QString& folder, const QString& why)
{
    return Error{QStringLiteral("store.upgrade_backup"),
                 UpgradeBackup::tr("The backup before the upgrade cannot be written in the "
                                   "folder \"%1\": %2")
                     .arg(QDir::toNativeSeparators(folder), why)};
}

// Opens the copy read-only through a connection of its own (never Database::open, which would
// upgrade it) and reads it whole.
Status checkCopy(const QString& file, int schema, const QString& versionQuery)
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("iin-upgrade-check-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    QString problem;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(file);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
            problem = copy.lastError().text();
        } else {
            QSqlQuery q(copy);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                q.value(0).toString() != u"ok")
                problem = UpgradeBackup::tr("the copy fails its integrity check");
            else if (!q.exec(versionQuery) || !q.next() || q.value(0).toInt() != schema)
                problem = UpgradeBackup::tr("the copy does not hold schema %1").arg(schema);
            q.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return Error{QStringLiteral("store.upgrade_backup"), problem};
    return {};
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString UpgradeBackup::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("upgrade-backups"));
}

Result<std::unique_ptr<QLockFile>> UpgradeBackup::lock(const QString& databasePath)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("store.upgrade_backup"), tr("The folder cannot be created.")};
    auto lock = std::make_unique<QLockFile>(
        QDir(folder).filePath(QFileInfo(databasePath).fileName() + QStringLiteral(".lock")));
    // A migration of a large database may take minutes: the lock is only taken over from a
    // program that is no longer running, never for its age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(10 * 60 * 1000))
        return Error{QStringLiteral("store.upgrade_backup"),
                     lock->error() == QLockFile::LockFailedError
                         ? tr("Another program is upgrading it.")
                         : tr("The folder is not writable.")};
    return lock;
}

QString UpgradeBackup::fileName(const QString& databasePath, int schema, const QDateTime& at)
{
    return QStringLiteral("%1-schema%2-%3.sqlite")
        .arg(QFileInfo(databasePath).completeBaseName())
        .arg(schema)
        .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHHmmss'Z'")));
}

Result<UpgradeBackup::Made> UpgradeBackup::write(QSqlDatabase db, const QString& databasePath,
                                                 int schema, const QString& versionQuery)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return failed(folder, tr("the folder cannot be created"));
    // The folder holds copies of personal data: its owner only.
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A name that is taken (two upgrades within a second) gets a counter: nothing is ever
    // written over an existing file.
    const QString base = fileName(databasePath, schema, QDateTime::currentDateTimeUtc());
    QString file = QDir(folder).filePath(base);
    for (int n = 2; !Database::createPrivateFile(file); ++n) {
        if (QFileInfo::exists(file) && n < 100) {
            file = QDir(folder).filePath(QString(base).replace(
                QStringLiteral(".sqlite"), QStringLiteral("-%1.sqlite").arg(n)));
            continue;
        }
        return failed(folder,
                      tr("the file \"%1\" cannot be created").arg(QFileInfo(file).fileName()));
    }

    {
        QSqlQuery q(db);
        // The file name is bound, never spliced into the SQL.
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(file);
        if (!q.exec()) {
            const QString why = q.lastError().databaseText();
            QFile::remove(file); // a half-written copy is no backup
            return failed(folder, why);
        }
    }
    if (Status s = checkCopy(file, schema, versionQuery); !s) {
        QFile::remove(file);
        return failed(folder, s.errorMessage());
    }
    // A backup whose content or name is lost in a power cut is no backup.
    if (Status s = syncFile(file); !s) {
        QFile::remove(file);
        return failed(folder, s.errorMessage());
    }
    if (Status s = syncDirectoryOf(file); !s) {
        QFile::remove(file);
        return failed(folder, s.errorMessage());
    }
    Made made{QFileInfo(file).absoluteFilePath(), sha256Of(file)};
    if (made.sha256.isEmpty()) {
        QFile::remove(file);
        return failed(folder, tr("the copy cannot be read back"));
    }
    return made;
}

} // namespace iin

#include "core/store/AttachmentStore.h"

#include "core/base/FileSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace iin {

QString AttachmentStore::sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::pathOf(const QString& sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) % u'/' % sha256);
}

Result<QString> AttachmentStore::put(const QByteArray& content) const
{
    const QString digest = sha256Of(content);
    const QString path = pathOf(digest);
    if (QFileInfo(path).size() == content.size() && QFileInfo::exists(path))
        return digest;
    const QString folder = QFileInfo(path).absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("store.io"),
                     tr("The attachments folder \"%1\" cannot be created.").arg(m_root)};
    // Scans are personal data: the folder and each file are the owner's only.
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(path); // writes a temporary file and renames it on commit()
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(content) != content.size() || !file.commit())
        return Error{QStringLiteral("store.io"),
                     tr("The attachment cannot be saved: %1").arg(file.errorString())};
    // commit() synced the file and renamed it into place; the folder's entry for the new name
    // must reach the disk too before the attachment row that points to it is committed.
    if (Status s = syncDirectoryOf(path); !s)
        return s.error();
    if (Status s = newFolder ? syncDirectoryOf(folder) : Status(); !s)
        return s.error();
    return digest;
}

Result<QByteArray> AttachmentStore::get(const QString& sha256) const
{
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("store.io"),
                     tr("The attachment %1 cannot be read: %2").arg(sha256, file.errorString())};
    const QByteArray content = file.readAll();
    if (sha256Of(content) != sha256)
        return Error{
            QStringLiteral("store.corrupt"),
            tr("The attachment %1 does not match its digest: the file was changed.").arg(sha256)};
    return content;
}

} // namespace iin

#include "core/atrest/DraftScans.h"

#include "core/atrest/ScanKeys.h"
#include "core/base/FileSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace iin {

Status DraftScans::write(const QString& path, const QByteArray& content)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("scans.io"),
                     tr("The folder %1 cannot be created.").arg(folder)};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Result<ScanKeys::Access> key = ScanKeys::open(folder);
    if (!key)
        return key.error();
    Result<QByteArray> encrypted = key->cipher->encrypt(content);
    if (!encrypted)
        return encrypted.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(*encrypted) != encrypted->size() || !file.commit())
        return Error{QStringLiteral("scans.io"),
                     tr("The scan cannot be saved at %1: %2").arg(path, file.errorString())};
    return syncDirectoryOf(path);
}

Result<QByteArray> DraftScans::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("scans.io"),
                     tr("The scan at %1 cannot be read: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("scans.io"),
                     tr("The scan at %1 cannot be read: %2").arg(path, file.errorString())};
    if (!AttachmentCipher::isEncrypted(bytes))
        return bytes;
    Result<ScanKeys::Access> key = ScanKeys::open(QFileInfo(path).absolutePath(), false);
    if (!key)
        return key.error();
    return key->cipher->decrypt(bytes, QFileInfo(path).fileName());
}

} // namespace iin

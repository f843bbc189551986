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
    if (QFileInfo::exists(path)) {
        // The same content is there already. A plain copy left by an older release is
        // replaced by an encrypted one when the store has a cipher.
        if (m_cipher ? isEncrypted(digest) : QFileInfo(path).size() == content.size())
            return digest;
    }
    QByteArray bytes = content;
    if (m_cipher) {
        Result<QByteArray> encrypted = m_cipher->encrypt(content);
        if (!encrypted)
            return encrypted.error();
        bytes = std::move(encrypted).value();
    }
    if (Status s = write(path, bytes); !s)
        return s.error();
    return digest;
}

Status AttachmentStore::write(const QString& path, const QByteArray& bytes) const
{
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
        file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("store.io"),
                     tr("The attachment cannot be saved: %1").arg(file.errorString())};
    // commit() synced the file and renamed it into place; the folder's entry for the new name
    // must reach the disk too before the attachment row that points to it is committed.
    if (Status s = syncDirectoryOf(path); !s)
        return s;
    if (Status s = newFolder ? syncDirectoryOf(folder) : Status(); !s)
        return s;
    return {};
}

bool AttachmentStore::isEncrypted(const QString& sha256) const
{
    QFile file(pathOf(sha256));
    return file.open(QIODevice::ReadOnly) &&
           AttachmentCipher::isEncrypted(file.read(AttachmentCipher::MagicBytes));
}

Result<QByteArray> AttachmentStore::get(const QString& sha256) const
{
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("store.io"),
                     tr("The attachment %1 cannot be read: %2").arg(sha256, file.errorString())};
    QByteArray content = file.readAll();
    if (AttachmentCipher::isEncrypted(content)) {
        if (!m_cipher)
            return Error{QStringLiteral("store.scan_key_missing"),
                         tr("The attachment %1 is encrypted and the journal's scan key is not "
                            "available.")
                             .arg(sha256)};
        Result<QByteArray> plain = m_cipher->decrypt(content, sha256);
        if (!plain)
            return plain.error();
        content = std::move(plain).value();
    }
    if (sha256Of(content) != sha256)
        return Error{
            QStringLiteral("store.corrupt"),
            tr("The attachment %1 does not match its digest: the file was changed.").arg(sha256)};
    return content;
}

Status AttachmentStore::encryptInPlace(const QString& sha256) const
{
    if (!m_cipher)
        return Error{QStringLiteral("store.scan_key_missing"),
                     tr("The attachment %1 cannot be encrypted without the journal's scan key.")
                         .arg(sha256)};
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("store.io"),
                     tr("The attachment %1 cannot be read: %2").arg(sha256, file.errorString())};
    const QByteArray plain = file.readAll();
    file.close();
    if (AttachmentCipher::isEncrypted(plain))
        return {}; // done before: a second run changes nothing
    if (sha256Of(plain) != sha256)
        return Error{
            QStringLiteral("store.corrupt"),
            tr("The attachment %1 does not match its digest: the file was changed.").arg(sha256)};
    Result<QByteArray> encrypted = m_cipher->encrypt(plain);
    if (!encrypted)
        return encrypted.error();
    // The plain file is replaced only by bytes proven to give it back.
    Result<QByteArray> back = m_cipher->decrypt(*encrypted, sha256);
    if (!back || sha256Of(*back) != sha256)
        return Error{QStringLiteral("store.crypto"),
                     tr("The attachment %1 does not read back after encryption: it was left as "
                        "it was.")
                         .arg(sha256)};
    return write(pathOf(sha256), *encrypted);
}

} // namespace iin

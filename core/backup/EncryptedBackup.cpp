#include "core/backup/EncryptedBackup.h"

#include "core/backup/Backup.h"
#include "core/backup/BackupContainer.h"
#include "core/backup/RecoveryKey.h"
#include "core/backup/Restore.h"
#include "core/backup/SecretStream.h"
#include "core/base/FileSync.h"
#include "core/operators/Authorization.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sodium.h>

namespace iin {

static_assert(EncryptedBackup::SealedKeyBytes == crypto_box_SEALBYTES + StreamKey::Bytes);

namespace {

QByteArray readExactly(QIODevice& in, qint64 n)
{
    QByteArray bytes;
    while (bytes.size() < n) {
        const QByteArray part = in.read(n - bytes.size());
        if (part.isEmpty())
            break;
        bytes += part;
    }
    return bytes;
}

const unsigned char* bytesOf(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

} // namespace

QByteArray EncryptedBackup::magic()
{
    return QByteArrayLiteral("IINDBENC");
}

bool EncryptedBackup::isEncrypted(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(MagicBytes) == magic();
}

Status EncryptedBackup::encrypt(QIODevice& in, QIODevice& out, const RecoveryPublicKey& to,
                                int version)
{
    if (sodium_init() < 0)
        return Error{QStringLiteral("backup.crypto"), tr("The encryption library cannot start.")};
    const StreamKey dataKey;
    QByteArray sealed(SealedKeyBytes, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), dataKey.data(),
                        StreamKey::Bytes, bytesOf(to.bytes())) != 0)
        return Error{QStringLiteral("backup.crypto"),
                     tr("The data key cannot be sealed to the recovery key.")};
    QByteArray envelope = magic();
    envelope.append(char(version));
    envelope.append(char(Algorithm));
    envelope += to.bytes();
    envelope += sealed;
    Q_ASSERT(envelope.size() == EnvelopeBytes);
    if (out.write(envelope) != envelope.size())
        return Error{QStringLiteral("stream.io"),
                     tr("Cannot write the encrypted data: %1").arg(out.errorString())};
    return SecretStream::encrypt(in, out, dataKey, envelope);
}

Status EncryptedBackup::decrypt(QIODevice& in, QIODevice& out, const RecoveryKey& key, int* version)
{
    if (sodium_init() < 0)
        return Error{QStringLiteral("backup.crypto"), tr("The encryption library cannot start.")};
    const QByteArray start = readExactly(in, MagicBytes + 2);
    if (!start.startsWith(magic()))
        return Error{QStringLiteral("backup.not_encrypted"),
                     tr("This is not an encrypted backup of the desk.")};
    if (start.size() < MagicBytes + 2)
        return Error{QStringLiteral("stream.truncated"),
                     tr("The file ends inside its header: it was cut short.")};
    const int fileVersion = quint8(start[MagicBytes]);
    if (fileVersion != Version && fileVersion != DatabaseOnlyVersion)
        return Error{QStringLiteral("backup.version"),
                     tr("The backup is in format version %1; this desk reads version %2. Restore "
                        "it with a newer version of the desk.")
                         .arg(fileVersion)
                         .arg(Version)};
    if (version)
        *version = fileVersion;
    const int algorithm = quint8(start[MagicBytes + 1]);
    if (algorithm != Algorithm)
        return Error{QStringLiteral("backup.algorithm"),
                     tr("The backup uses encryption algorithm %1, which this desk does not know.")
                         .arg(algorithm)};
    const QByteArray rest = readExactly(in, EnvelopeBytes - start.size());
    if (rest.size() != EnvelopeBytes - start.size())
        return Error{QStringLiteral("stream.truncated"),
                     tr("The file ends inside its header: it was cut short.")};
    const QByteArray envelope = start + rest;
    const QByteArray recipient = envelope.mid(MagicBytes + 2, RecoveryPublicKey::Bytes);
    if (recipient != key.publicKey().bytes())
        return Error{QStringLiteral("backup.wrong_key"),
                     tr("The backup was made for another recovery key: %1 (the key given is %2).")
                         .arg(RecoveryPublicKey::idOf(recipient), key.publicKey().id())};
    unsigned char dataKey[StreamKey::Bytes];
    if (crypto_box_seal_open(dataKey, bytesOf(envelope) + MagicBytes + 2 + RecoveryPublicKey::Bytes,
                             SealedKeyBytes, bytesOf(recipient), key.secret()) != 0) {
        sodium_memzero(dataKey, sizeof dataKey);
        return Error{QStringLiteral("backup.damaged"),
                     tr("The file was changed or damaged: its sealed key does not open.")};
    }
    const StreamKey streamKey = StreamKey::fromBytes(dataKey);
    sodium_memzero(dataKey, sizeof dataKey);
    return SecretStream::decrypt(in, out, streamKey, envelope);
}

Status EncryptedBackup::write(Database& database, const QString& target, const QString& operatorId,
                              const RecoveryPublicKey& to)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error{QStringLiteral("backup.exists"),
                     tr("\"%1\" already exists: choose a new file for the backup.").arg(target)};
    if (info.absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error{QStringLiteral("backup.same_file"),
                     tr("The backup cannot be written over the database itself.")};
    // The file reveals nothing to whoever makes it, so every operator who works with the journal
    // may make one (the desk's end-of-day backup runs under the clerk's sign-in); reading it
    // back takes the recovery key and, on restore, ExportData in the backup's own accounts.
    if (Status s = Authorization::requireAny(
            database.sql(), operatorId, {Permission::ExportData, Permission::ViewApplications});
        !s)
        return s;

    // The plaintext copy stays on the journal's own disk, in a folder only the owner may enter
    // (QTemporaryDir makes it 0700), and goes with the folder in every path.
    QTemporaryDir scratch(QFileInfo(database.path()).absolutePath() +
                          QStringLiteral("/.backup-XXXXXX"));
    if (!scratch.isValid())
        return Error{QStringLiteral("backup.io"),
                     tr("Cannot make a private folder for the backup's copy: %1")
                         .arg(scratch.errorString())};
    const QString plain = scratch.filePath(QStringLiteral("journal.sqlite"));
    if (Status s = Backup::copyChecked(database, plain); !s)
        return s;

    // The database, then the scan key's file (its only key material is the copy sealed to the
    // recovery key; the machine's credential and a file keeper's key are never carried), then
    // every scan file as it lies on disk: already encrypted under the scan key, or plain when an
    // older release left it so. Read one file at a time as the stream asks for bytes.
    QList<BackupContainerSource::Entry> entries{
        {BackupContainer::Database, BackupContainer::DatabaseName, plain}};
    const QString scanKey = BackupContainer::scanKeyPathOf(database.path());
    if (QFileInfo::exists(scanKey))
        entries.append({BackupContainer::ScanKey, BackupContainer::ScanKeyName, scanKey});
    const QStringList scans = BackupContainer::scanNames(database.attachmentsPath());
    for (const QString& name : scans)
        entries.append(
            {BackupContainer::Scan, name, QDir(database.attachmentsPath()).filePath(name)});
    BackupContainerSource in(entries);
    in.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // QSaveFile writes beside the target under another name and renames only on commit: a
    // failed backup leaves nothing at the target (and only ciphertext ever reaches its disk).
    QSaveFile out(info.absoluteFilePath());
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return Error{
            QStringLiteral("backup.io"),
            tr("The backup file \"%1\" cannot be created: %2").arg(target, out.errorString())};
    Status encrypted = encrypt(in, out, to);
    if (encrypted && in.failed())
        encrypted = in.failure();
    if (!encrypted) {
        out.cancelWriting();
        return encrypted;
    }
    if (!out.commit())
        return Error{
            QStringLiteral("backup.io"),
            tr("The backup file \"%1\" cannot be written: %2").arg(target, out.errorString())};
    in.close();
    scratch.remove();
    if (Status s = syncDirectoryOf(info.absoluteFilePath()); !s) {
        QFile::remove(info.absoluteFilePath());
        return s;
    }

    const QJsonObject details{{QStringLiteral("file"), info.fileName()},
                              {QStringLiteral("encrypted"), true},
                              {QStringLiteral("key_id"), to.id()},
                              {QStringLiteral("scans"), int(scans.size())}};
    if (Status s = AuditTrail::record(
            database, {operatorId, AuditTrail::Backup, QStringLiteral("database"), details});
        !s) {
        QFile::remove(info.absoluteFilePath()); // an unrecorded backup is not kept
        return s;
    }
    return {};
}

Result<EncryptedBackup::Restored>
EncryptedBackup::restore(const QString& backup, const QString& target, const RecoveryKey& key,
                         int skip, const QString& operatorId,
                         const std::function<Status(Database&)>& signIn)
{
    if (!QFileInfo::exists(backup))
        return Error{QStringLiteral("restore.no_backup"),
                     tr("The backup file %1 does not exist.").arg(backup)};
    if (Status s = Restore::checkTarget(target); !s)
        return s.error();
    const QString attachments = BackupContainer::attachmentsPathOf(target);
    const QString scanKey = BackupContainer::scanKeyPathOf(target);
    for (const QString& path : {attachments, scanKey}) {
        if (QFileInfo::exists(path))
            return Error{QStringLiteral("restore.target_exists"),
                         tr("%1 already exists: move the old journal's scans and scan key aside "
                            "first; the restore never overwrites them.")
                             .arg(path)};
    }
    QFile in(backup);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("restore.copy"),
                     tr("Cannot read %1: %2").arg(backup, in.errorString())};
    // The version byte decides what the plaintext is; decrypt checks it again with the rest.
    const QByteArray start = in.peek(MagicBytes + 1);
    const int version = start.size() == MagicBytes + 1 ? quint8(start[MagicBytes]) : Version;

    // Decrypted beside the journal-to-be (its own disk, a private folder), checked whole before
    // the restore sees a byte of it.
    QTemporaryDir scratch(QFileInfo(target).absolutePath() + QStringLiteral("/.restore-XXXXXX"));
    if (!scratch.isValid())
        return Error{QStringLiteral("restore.copy"),
                     tr("Cannot make a private folder to decrypt the backup in: %1")
                         .arg(scratch.errorString())};
    const QString plain = scratch.filePath(BackupContainer::DatabaseName);
    Restored restored;
    if (version == DatabaseOnlyVersion) {
        if (!Database::createPrivateFile(plain))
            return Error{QStringLiteral("restore.copy"), tr("Cannot create %1.").arg(plain)};
        QFile out(plain);
        if (!out.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("restore.copy"),
                         tr("Cannot write %1: %2").arg(plain, out.errorString())};
        if (Status s = decrypt(in, out, key, &restored.version); !s)
            return s.error();
        if (!out.flush())
            return Error{QStringLiteral("restore.copy"),
                         tr("Cannot write %1: %2").arg(plain, out.errorString())};
    } else {
        BackupContainerSink out(scratch.path());
        out.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        Status s = decrypt(in, out, key, &restored.version);
        // A refused record explains itself better than the failed write it caused.
        if (out.failed())
            return out.failure();
        if (!s)
            return s.error();
        if (Status f = out.finish(); !f)
            return f.error();
        restored.scans = out.scans();
        restored.scanKey = out.hasScanKey();
    }
    if (Status s =
            Restore::fromBackup(plain, target, skip, operatorId, signIn,
                                QJsonObject{{QStringLiteral("from"), QFileInfo(backup).fileName()},
                                            {QStringLiteral("encrypted"), true},
                                            {QStringLiteral("key_id"), key.publicKey().id()},
                                            {QStringLiteral("scans"), restored.scans}});
        !s)
        return s.error();
    // The journal is in place; its scans and scan key follow by rename on the same disk. Should
    // that fail, the journal goes again: a restored journal without its scans is no restore.
    const auto undo = [&](const QString& why) {
        QDir(attachments).removeRecursively();
        QFile::remove(scanKey);
        QFile::remove(target);
        return Error{QStringLiteral("restore.rename"), why};
    };
    const QString scans = scratch.filePath(BackupContainer::AttachmentsFolder);
    if (QFileInfo::exists(scans) && !QDir().rename(scans, attachments))
        return undo(tr("Cannot move the scans to %1.").arg(attachments));
    if (restored.scanKey && !QFile::rename(scratch.filePath(BackupContainer::ScanKeyName), scanKey))
        return undo(tr("Cannot move the scan key's file to %1.").arg(scanKey));
    if (Status s = syncDirectoryOf(target); !s)
        return s.error();
    return restored;
}

} // namespace iin

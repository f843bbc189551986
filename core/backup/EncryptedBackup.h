#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace iin {

class Database;
class RecoveryKey;
class RecoveryPublicKey;

// A backup that reveals nothing without the office's recovery key, safe to carry home on a USB
// stick. A fresh random data key encrypts the journal's consistent copy (Backup) as a
// SecretStream; the data key travels in the file sealed to the recovery public key
// (crypto_box_seal), so a desk that writes backups holds nothing that could read them. The
// header (magic, version, algorithm, recipient, sealed key, stream header) is bound to every
// chunk: a changed byte anywhere is refused. Version 2 carries, inside the same stream, the
// journal's scans as they lie on disk and the scan key's recovery copy (BackupContainer);
// version 1 carried the database alone and is still restored. Byte format: docs/backup.md.
class EncryptedBackup
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedBackup)

public:
    static constexpr int Version = 2;
    static constexpr int DatabaseOnlyVersion = 1; // the plaintext is the database itself
    static constexpr int Algorithm = 1; // X25519 sealed box + secretstream XChaCha20-Poly1305
    static constexpr int MagicBytes = 8;
    static constexpr int SealedKeyBytes = 80; // crypto_box_SEALBYTES + the 32-byte data key
    static constexpr int EnvelopeBytes = 8 + 2 + 32 + SealedKeyBytes; // before the stream header
    static QByteArray magic();                                        // "IINDBENC"

    // The file starts with the magic (whatever its version): restore asks for the key.
    static bool isEncrypted(const QString& path);

    // `version` is only the header's byte: the caller gives the plaintext of that version.
    static Status encrypt(QIODevice& in, QIODevice& out, const RecoveryPublicKey& to,
                          int version = Version);
    // `backup.not_encrypted`, `backup.version` (a newer format), `backup.algorithm`,
    // `backup.wrong_key` (made for another recovery key: the message names its id),
    // `backup.damaged` and SecretStream's `stream.damaged`, `stream.truncated`,
    // `stream.trailing`. On failure `out` holds an unchecked part: the caller discards it.
    // Versions 1 and 2; `version`, when given, receives the file's.
    static Status decrypt(QIODevice& in, QIODevice& out, const RecoveryKey& key,
                          int* version = nullptr);

    // As Backup::write (no existing target, audited as
    // `database.backup` with `encrypted` and `key_id`), but the consistent copy is made in a
    // private temporary folder beside the journal, never beside the target (often a USB stick
    // that must never see plaintext), and only the encrypted stream reaches the target, through
    // QSaveFile: nothing lies at the target after a failure. The copy is removed in every path.
    // The journal's scan files and its scan key's file are carried too, streamed one at a time.
    // Permission::ExportData or ViewApplications: the file reveals nothing to its maker (the
    // desk's end-of-day backup runs under whoever signs out, a clerk too).
    static Status write(Database& database, const QString& target, const QString& operatorId,
                        const RecoveryPublicKey& to);

    struct Restored
    {
        int version = Version;
        int scans = 0;        // scan files written to "<target>.attachments/"
        bool scanKey = false; // "<target>.scankey" written from the backup (RestoredScanKey
                              // seals the key for this machine from its recovery copy)
    };

    // Checks and decrypts into a private temporary folder beside `target` (the database, the
    // scans, the scan key's file: every record checked, the file treated as hostile), then
    // Restore::fromBackup from it, then moves the scans and the scan key's file in place.
    // Nothing is written at `target` nor at "<target>.attachments" when any check fails; both
    // and "<target>.scankey" must be free (`restore.target_exists`).
    static Result<Restored> restore(const QString& backup, const QString& target,
                                    const RecoveryKey& key, int skip, const QString& operatorId,
                                    const std::function<Status(Database&)>& signIn = {});
};

} // namespace iin

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
// chunk: a changed byte anywhere is refused. Byte format: docs/backup.md.
class EncryptedBackup
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedBackup)

public:
    static constexpr int Version = 1;
    static constexpr int Algorithm = 1; // X25519 sealed box + secretstream XChaCha20-Poly1305
    static constexpr int MagicBytes = 8;
    static constexpr int SealedKeyBytes = 80; // crypto_box_SEALBYTES + the 32-byte data key
    static constexpr int EnvelopeBytes = 8 + 2 + 32 + SealedKeyBytes; // before the stream header
    static QByteArray magic();                                        // "IINDBENC"

    // The file starts with the magic (whatever its version): restore asks for the key.
    static bool isEncrypted(const QString& path);

    static Status encrypt(QIODevice& in, QIODevice& out, const RecoveryPublicKey& to);
    // `backup.not_encrypted`, `backup.version` (a newer format), `backup.algorithm`,
    // `backup.wrong_key` (made for another recovery key: the message names its id),
    // `backup.damaged` and SecretStream's `stream.damaged`, `stream.truncated`,
    // `stream.trailing`. On failure `out` holds an unchecked part: the caller discards it.
    static Status decrypt(QIODevice& in, QIODevice& out, const RecoveryKey& key);

    // As Backup::write (no existing target, audited as
    // `database.backup` with `encrypted` and `key_id`), but the consistent copy is made in a
    // private temporary folder beside the journal, never beside the target (often a USB stick
    // that must never see plaintext), and only the encrypted stream reaches the target, through
    // QSaveFile: nothing lies at the target after a failure. The copy is removed in every path.
    // Permission::ExportData or ViewApplications: the file reveals nothing to its maker (the
    // desk's end-of-day backup runs under whoever signs out, a clerk too).
    static Status write(Database& database, const QString& target, const QString& operatorId,
                        const RecoveryPublicKey& to);

    // Checks and decrypts into a private temporary file beside `target`, then Restore::fromBackup
    // from it. Nothing is written at `target` when any check fails.
    static Status restore(const QString& backup, const QString& target, const RecoveryKey& key,
                          int skip, const QString& operatorId,
                          const std::function<Status(Database&)>& signIn = {});
};

} // namespace iin

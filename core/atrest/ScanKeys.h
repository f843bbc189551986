#pragma once

#include "core/atrest/ScanCipher.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace iin {

class RecoveryKey;
class RecoveryPublicKey;

// How a journal's scan key K is kept (docs/at-rest.md). Beside the journal, "<journal>.scankey"
// (JSON, no secret in clear) names the key's id, its keeper and holds a copy of K sealed to the
// office's recovery public key when one is configured. The keeper holds K for this machine:
//  - "systemd-creds": K sealed by `systemd-creds encrypt` (host secret and TPM2 when present)
//    in "<journal>.scankey.cred";
//  - "file": K in a file of the user's own (mode 0600) in the configuration folder, outside
//    the data folder and its backups, protected by the disk's encryption (LUKS2).
// IIN_DESK_SCAN_KEEPER (auto, systemd-creds, file) chooses; auto tries systemd-creds first.
// K is made on first need and cached per journal for the life of the process.
class ScanKeys
{
    Q_DECLARE_TR_FUNCTIONS(ScanKeys)

public:
    static inline const QString SystemdCredsKeeper = QStringLiteral("systemd-creds");
    static inline const QString FileKeeper = QStringLiteral("file");
    static inline const QString CredentialName = QStringLiteral("iin-desk-scans");

    struct Access
    {
        std::shared_ptr<const ScanCipher> cipher;
        bool created = false; // K was made by this call: the caller records scans.key_created
        QString keeper;
    };

    struct State
    {
        bool exists = false; // "<journal>.scankey" is there
        QString keyId;
        QString keeper;
        bool available = false; // K opens on this machine
        QString problem;        // why not
        bool recoveryCopy = false;
        QString recoveryKeyId;
    };

    static QString metaPathOf(const QString& journal);
    static QString credentialPathOf(const QString& journal);
    // Where the "file" keeper keeps keys: IIN_DESK_SCAN_KEY_FOLDER, or "IIN Desk/scan-keys" in
    // the user's configuration folder.
    static QString keyFolder();
    // The recovery public key file configured in the desk's settings (backup/publicKeyFile).
    static QString configuredRecoveryPublicKeyFile();

    // The journal's key, made when there is none and `create`.
    static Result<Access> open(const QString& journal, bool create = true);
    static State state(const QString& journal);
    // Seals K to `publicKey` and keeps the copy in "<journal>.scankey" (replacing another one).
    static Status addRecoveryCopy(const QString& journal, const RecoveryPublicKey& publicKey);
    // Opens the recovery copy with the office's private key and keeps K for this machine again.
    // Returns the keeper now holding it.
    static Result<Access> recover(const QString& journal, const RecoveryKey& recoveryKey);
    // Drops what this process cached (the files are not touched).
    static void forget(const QString& journal);
};

} // namespace iin

#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iin {

class RecoveryKey;

// After an encrypted backup is restored (EncryptedBackup::restore), the scan key's file came
// with it but not the machine's keeper of K. The recovery private key that opened the backup
// opens the key's recovery copy too: K is kept for this machine again (ScanKeys::recover, as
// `scans recover --key` does) and recorded in the restored journal as scans.key_recovered.
class RestoredScanKey
{
    Q_DECLARE_TR_FUNCTIONS(RestoredScanKey)

public:
    struct Outcome
    {
        bool recovered = false; // sealed for this machine from the recovery copy
        bool opens = false;     // the scans read back here
        QString problem;        // why not: the scans need the original machine's key
    };

    // Never fails the restore: a key that does not open here is said in `problem` (and
    // `scans status` shows it); the database and the scans are restored all the same.
    static Outcome reseal(const QString& journal, const RecoveryKey& key,
                          const QString& operatorId);
};

} // namespace iin

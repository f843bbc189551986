#include "core/atrest/RestoredScanKey.h"

#include "core/atrest/ScanFolder.h"
#include "core/atrest/ScanKeys.h"
#include "core/backup/RecoveryKey.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QJsonObject>

namespace iin {

RestoredScanKey::Outcome RestoredScanKey::reseal(const QString& journal, const RecoveryKey& key,
                                                 const QString& operatorId)
{
    Outcome outcome;
    ScanKeys::forget(journal);
    const ScanKeys::State state = ScanKeys::state(journal);
    if (!state.exists) {
        outcome.problem = tr("The backup carries no scan key.");
        return outcome;
    }
    if (!state.recoveryCopy || state.recoveryKeyId != key.publicKey().id()) {
        // The keeper named in the file may still hold K on this very machine (a restore where
        // the backup was made); otherwise only the original machine's key opens the scans.
        outcome.opens = state.available;
        if (!outcome.opens)
            outcome.problem =
                state.recoveryCopy
                    ? tr("The scans were restored, but their key %1 is sealed to another "
                         "recovery key (%2): run \"iin-desk-cli scans recover --key\" with that "
                         "key.")
                          .arg(state.keyId, state.recoveryKeyId)
                    : tr("The scans were restored, but their key %1 has no copy sealed to the "
                         "office's recovery key: they open only with the original machine's "
                         "key.")
                          .arg(state.keyId);
        return outcome;
    }
    Result<ScanKeys::Access> access = ScanKeys::recover(journal, key);
    if (!access) {
        outcome.problem = access.errorMessage();
        return outcome;
    }
    outcome.recovered = outcome.opens = true;
    auto db = Database::open(journal);
    if (!db) {
        outcome.problem = db.errorMessage();
        return outcome;
    }
    if (Status s = AuditTrail::record(
            **db, {operatorId, ScanFolder::KeyRecovered, QStringLiteral("scans"),
                   QJsonObject{{QStringLiteral("key_id"), access->cipher->keyId()},
                               {QStringLiteral("keeper"), access->keeper},
                               {QStringLiteral("recovery_key_id"), key.publicKey().id()},
                               {QStringLiteral("restored"), true}}});
        !s)
        outcome.problem = s.errorMessage();
    return outcome;
}

} // namespace iin

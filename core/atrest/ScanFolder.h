#pragma once

#include "core/atrest/ScanKeys.h"
#include "core/base/Result.h"
#include "core/store/AuditTrail.h"

#include <QCoreApplication>
#include <QStringList>

namespace iin {

class Database;

// The journal's scan files as a whole (docs/at-rest.md): how many are encrypted, and the
// encryption in place of the plain ones an older release left.
class ScanFolder
{
    Q_DECLARE_TR_FUNCTIONS(ScanFolder)

public:
    static inline const QString Encrypted = QStringLiteral("scans.encrypted");
    static inline const QString KeyCreated = QStringLiteral("scans.key_created");
    static inline const QString KeyRecovered = QStringLiteral("scans.key_recovered");

    struct Count
    {
        int encrypted = 0;
        int plain = 0;
    };
    struct Run
    {
        int encrypted = 0;  // by this run
        int already = 0;    // found encrypted
        QStringList failed; // "<digest>: why", left as they were
    };

    // The scans.key_created record of a key just made (`access.created`), for the audit trail.
    static AuditEvent keyCreated(const QString& operatorId, const ScanKeys::Access& access);

    // The digests of the files under "<journal>.attachments/".
    static QStringList digests(const QString& attachmentsRoot);
    static Count count(const QString& attachmentsRoot);
    // Encrypts every plain scan file in place, each replaced only by bytes proven to decrypt to
    // it; a second run finds nothing to do. Records scans.encrypted when it encrypted any (and
    // scans.key_created when it made the key). Files, crypto: never on the UI thread.
    static Result<Run> encryptPlain(Database& database, const QString& operatorId);
};

} // namespace iin

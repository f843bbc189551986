#include "core/atrest/ScanFolder.h"

#include "core/atrest/ScanKeys.h"
#include "core/store/AttachmentStore.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QDir>
#include <QRegularExpression>

namespace iin {

AuditEvent ScanFolder::keyCreated(const QString& operatorId, const ScanKeys::Access& access)
{
    return {operatorId, KeyCreated, QStringLiteral("scans"),
            QJsonObject{{QStringLiteral("key_id"), access.cipher->keyId()},
                        {QStringLiteral("keeper"), access.keeper}}};
}

QStringList ScanFolder::digests(const QString& attachmentsRoot)
{
    static const QRegularExpression name(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList found;
    const QDir root(attachmentsRoot);
    for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString& file : QDir(root.filePath(folder)).entryList(QDir::Files, QDir::Name)) {
            // QSaveFile's temporary files and anything else are not scans.
            if (name.match(file).hasMatch() && file.startsWith(folder))
                found += file;
        }
    }
    return found;
}

ScanFolder::Count ScanFolder::count(const QString& attachmentsRoot)
{
    const AttachmentStore files(attachmentsRoot);
    Count count;
    for (const QString& digest : digests(attachmentsRoot))
        ++(files.isEncrypted(digest) ? count.encrypted : count.plain);
    return count;
}

Result<ScanFolder::Run> ScanFolder::encryptPlain(Database& database, const QString& operatorId)
{
    const QString root = database.attachmentsPath();
    const QStringList all = digests(root);
    Run run;
    QStringList plain;
    {
        const AttachmentStore probe(root);
        for (const QString& digest : all) {
            if (probe.isEncrypted(digest))
                ++run.already;
            else
                plain += digest;
        }
    }
    if (plain.isEmpty())
        return run;
    Result<ScanKeys::Access> access = ScanKeys::open(database.path());
    if (!access)
        return access.error();
    if (access->created) {
        if (Status s = AuditTrail::record(database, keyCreated(operatorId, *access)); !s)
            return s.error();
    }
    const AttachmentStore files(root, access->cipher);
    for (const QString& digest : plain) {
        if (Status s = files.encryptInPlace(digest); s)
            ++run.encrypted;
        else
            run.failed += s.errorMessage();
    }
    if (run.encrypted > 0 || !run.failed.isEmpty()) {
        if (Status s = AuditTrail::record(
                database, {operatorId, Encrypted, QStringLiteral("scans"),
                           QJsonObject{{QStringLiteral("encrypted"), run.encrypted},
                                       {QStringLiteral("already"), run.already},
                                       {QStringLiteral("failed"), int(run.failed.size())},
                                       {QStringLiteral("key_id"), access->cipher->keyId()}}});
            !s)
            return s.error();
    }
    return run;
}

} // namespace iin

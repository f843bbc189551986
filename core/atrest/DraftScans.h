#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iin {

// The pages the desk's scan dialog writes for an application not yet registered (docs/at-rest.md):
// kept encrypted like the journal's scans, under a key of their folder's own ("<folder>.scankey",
// kept by ScanKeys like a journal's), and read back through here by the intake form, its preview
// and the registration. A file the clerk chose on disk is read as it is.
class DraftScans
{
    Q_DECLARE_TR_FUNCTIONS(DraftScans)

public:
    // Writes `content` encrypted to `path` (a new file, mode 0600, replaced by rename), under the
    // key of the folder it is in, made on first need. Never on the UI thread.
    static Status write(const QString& path, const QByteArray& content);
    // The file's content: decrypted when it is an encrypted scan, as it is otherwise.
    static Result<QByteArray> read(const QString& path);
};

} // namespace iin

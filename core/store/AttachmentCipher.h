#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace iin {

// How AttachmentStore keeps scans encrypted at rest without knowing the cryptography: the
// implementation (core/atrest/ScanCipher) holds the journal's scan key. The store only needs to
// tell an encrypted file from a plain one, which the file's first bytes say (docs/at-rest.md).
class AttachmentCipher
{
public:
    // Every encrypted scan file starts with these 8 bytes; a plain scan (a PDF, a JPEG) never
    // does.
    static constexpr char Magic[] = "IINSCAN1";
    static constexpr int MagicBytes = 8;

    static bool isEncrypted(const QByteArray& fileStart)
    {
        return fileStart.startsWith(QByteArrayView(Magic, MagicBytes));
    }

    virtual ~AttachmentCipher() = default;
    virtual Result<QByteArray> encrypt(const QByteArray& plain) const = 0;
    // `name` names the file in messages (the attachment's digest).
    virtual Result<QByteArray> decrypt(const QByteArray& file, const QString& name) const = 0;
};

} // namespace iin

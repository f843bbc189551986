#pragma once

#include "core/base/Result.h"
#include "core/store/AttachmentCipher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace iin {

// Scanned documents kept beside the database, content-addressed: a file's name is its SHA-256,
// under a two-character folder ("ab/abcdef..."). Writing the same content twice is harmless,
// and a file left behind by a transaction that rolled back is never referenced.
// With a cipher the files are kept encrypted (docs/at-rest.md) but keep the name of the plain
// content's digest, so that the journal's references and deduplication do not change; a plain
// file left by an older release is still read (and checked) until it is encrypted in place.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(QString root, std::shared_ptr<const AttachmentCipher> cipher = {})
        : m_root(std::move(root)), m_cipher(std::move(cipher))
    {
    }

    static QString sha256Of(const QByteArray& content); // lower-case hex
    QString pathOf(const QString& sha256) const;
    // Writes the content durably (temporary file, flush, rename) and returns its digest.
    Result<QString> put(const QByteArray& content) const;
    Result<QByteArray> get(const QString& sha256) const; // checks the digest on the way out
    // Writes `content` encrypted over a plain file of the same digest: replaced by rename only
    // once the encrypted bytes decrypt to the same digest. Needs a cipher.
    Status encryptInPlace(const QString& sha256) const;
    // Whether the file of that digest is kept encrypted (reads its first bytes only).
    bool isEncrypted(const QString& sha256) const;

private:
    Status write(const QString& path, const QByteArray& bytes) const;

    QString m_root;
    std::shared_ptr<const AttachmentCipher> m_cipher;
};

} // namespace iin
